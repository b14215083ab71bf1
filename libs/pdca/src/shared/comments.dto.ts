import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CreateCommentDto {
  @ApiProperty({ minLength: 1, maxLength: 10_000, example: '事業者へのヒアリング日程を調整中。' })
  @IsString()
  @Length(1, 10_000)
  body: string;
}
