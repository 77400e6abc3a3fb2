import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { OptionalStringList } from '../../shared/string-list.decorator';

export class KeyFindingDto {
  @ApiProperty({ example: 'technical_skills' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  category!: string;

  @ApiProperty({ example: 'Strong Python knowledge' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  finding!: string;

  @ApiPropertyOptional({ example: 'Successfully solved complex algorithm problems' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  evidence?: string;
}

/** S0 `POST /api/evaluations`: a reviewer's scores on 0..10. */
export class CreateEvaluationDto {
  @ApiProperty({ format: 'uuid', description: 'The session (interview) id' })
  @IsUUID('all')
  session_id!: string;

  @ApiProperty({ example: 8.5, minimum: 0, maximum: 10 })
  @IsNumber()
  @Min(0)
  @Max(10)
  overall_score!: number;

  @ApiPropertyOptional({ example: 9.0, minimum: 0, maximum: 10 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10)
  coding_score?: number;

  @ApiPropertyOptional({ example: 8.0, minimum: 0, maximum: 10 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10)
  communication_score?: number;

  @ApiPropertyOptional({ example: 8.5, minimum: 0, maximum: 10 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10)
  problem_solving_score?: number;

  @ApiPropertyOptional({ example: 8.0, minimum: 0, maximum: 10 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10)
  technical_score?: number;

  @ApiPropertyOptional({ type: [KeyFindingDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => KeyFindingDto)
  key_findings?: KeyFindingDto[];

  @OptionalStringList({ maxItems: 100, maxLength: 2000, example: ['Consider exploring system design topics'] })
  recommendations?: string[];
}
