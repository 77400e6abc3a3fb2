import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class SubmitCodeDto {
  @ApiProperty({ example: 'def fibonacci(n):\n    return n if n <= 1 else fibonacci(n-1) + fibonacci(n-2)' })
  @IsString()
  @MinLength(1)
  @MaxLength(200_000)
  code!: string;

  @ApiProperty({ example: 'python', description: 'python, javascript, typescript, c, cpp, java (or an alias such as py, js)' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  language!: string;
}

export class SubmitCodeResultDto {
  @ApiProperty() stdout!: string;
  @ApiProperty({ description: 'stderr, and why a limit stopped the run' }) stderr!: string;
  @ApiProperty() exit_code!: number;
  @ApiPropertyOptional({ description: "Cases of the interview's coding problem passed (examples, hidden cases, a large input)" }) tests_passed?: number;
  @ApiPropertyOptional({ description: 'Cases the submission was graded on' }) tests_total?: number;
}

export class CodingProblemExampleDto {
  @ApiProperty() input!: string;
  @ApiProperty() output!: string;
}

export class CodingProblemResponseDto {
  @ApiProperty({ example: 'code-e-1' }) id!: string;
  @ApiProperty({ example: 'Two Sum' }) title!: string;
  @ApiProperty({ enum: ['easy', 'medium', 'hard'] }) difficulty!: string;
  @ApiProperty() statement!: string;
  @ApiProperty() input_format!: string;
  @ApiProperty() output_format!: string;
  @ApiProperty({ type: [CodingProblemExampleDto], description: 'Visible cases; hidden ones are graded but never shown' }) examples!: CodingProblemExampleDto[];
  @ApiProperty({ description: 'How many hidden cases (edge cases and one large input with a time limit) grade every run' }) hidden_tests!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'A starting program per language (python, javascript, typescript, c, cpp, java)' })
  starter_code!: Record<string, string>;
  @ApiProperty({ example: 'coding-bank-2026.1' }) bank_version!: string;
}

export class SubmitCodeResponseDto {
  @ApiProperty({ example: 'Code submitted successfully' }) message!: string;
  @ApiProperty({ type: SubmitCodeResultDto }) execution_result!: SubmitCodeResultDto;
}
