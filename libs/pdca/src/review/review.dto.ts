import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, Length } from 'class-validator';

const COMMENT = { minLength: 1, maxLength: 4000 };

export class ApproveReviewTaskDto {
  @ApiPropertyOptional(COMMENT)
  @IsOptional()
  @IsString()
  @Length(COMMENT.minLength, COMMENT.maxLength)
  comment?: string;

  @ApiPropertyOptional({
    type: Object,
    description:
      'What the approval carries to its subject. A plan version: `{"cabinetDecisionDate": "2025-12-23", "cabinetDecisionNumber": "令和7年12月23日閣議決定"}`.',
    example: {
      cabinetDecisionDate: '2025-12-23',
      cabinetDecisionNumber: '令和7年12月23日閣議決定',
    },
  })
  @IsOptional()
  @IsObject()
  data?: Record<string, unknown>;
}

export class RequestChangesDto {
  @ApiProperty({ ...COMMENT, example: 'KPI I-1-K1 needs a baseline date; please revise.' })
  @IsString()
  @Length(COMMENT.minLength, COMMENT.maxLength)
  comment: string;
}
