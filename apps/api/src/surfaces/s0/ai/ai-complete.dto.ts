import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

/** S0 `POST /api/ai/complete` (seed 000, "Complete Code"). */
export class AiCompleteDto {
  @ApiProperty({ example: 'Review this Python code and suggest improvements' })
  @IsString()
  @MinLength(1)
  @MaxLength(20_000)
  prompt!: string;

  @ApiPropertyOptional({ example: 'def add(a, b): return a + b', description: 'Code to review: analysed statically when an analyzer knows the language' })
  @IsOptional()
  @IsString()
  @MaxLength(200_000)
  code?: string;

  @ApiPropertyOptional({ example: 'python' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  language?: string;

  @ApiPropertyOptional({ example: 500, default: 500, minimum: 1, maximum: 8192 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(8192)
  max_tokens?: number;

  @ApiPropertyOptional({ example: 0.1, default: 0.1, minimum: 0, maximum: 2 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(2)
  temperature?: number;
}

export class AiCompleteResponseDto {
  @ApiProperty({ example: 'The code looks good. Consider adding type hints...' }) completion!: string;
  @ApiProperty({ example: 'builtin', description: '`builtin` for the built-in engine, else the remote model\'s name' }) model_used!: string;
  @ApiProperty({ example: 150 }) tokens_used!: number;
  @ApiProperty({ example: 0.95, minimum: 0, maximum: 1 }) confidence!: number;
}
