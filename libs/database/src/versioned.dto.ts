import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

/** Mixed into every update body: the version the client read (optimistic concurrency). */
export class VersionedDto {
  @ApiProperty({ description: 'The version you read; a stale one answers 409 and changes nothing' })
  @IsInt()
  @Min(1)
  version: number;
}
