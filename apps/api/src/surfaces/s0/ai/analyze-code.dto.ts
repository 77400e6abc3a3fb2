import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { AnalysisType } from '@candor/application/ports/code-analyzer.port';
import { SubmittedCode, SubmittedCodeLanguage } from '../coding/submitted-code.decorators';

const ANALYSIS_TYPES: readonly AnalysisType[] = ['quality', 'security', 'performance'];

/** S0 `POST /api/ai/analyze`: static analysis of code (never executed). */
export class AnalyzeCodeDto {
  @SubmittedCode('def add(a, b): return a + b')
  code!: string;

  @SubmittedCodeLanguage()
  language!: string;

  @ApiPropertyOptional({
    enum: ANALYSIS_TYPES,
    default: 'quality',
    description:
      'quality: the full review (pyflakes + pycodestyle for Python, the TypeScript compiler for JavaScript/TypeScript, gcc -Wall -Wextra ' +
      'for C/C++, and every rule); security or performance: only those rule-based checks',
  })
  @IsOptional()
  @IsIn(ANALYSIS_TYPES)
  analysis_type?: AnalysisType;
}

export class AnalysisIssueDto {
  @ApiProperty({ example: 'style', description: 'e.g. style, syntax, undefined-name, unused-import, security, performance, bug-risk, type' })
  type!: string;
  @ApiProperty({ example: 'Missing type hints' }) message!: string;
  @ApiProperty({ example: 1, nullable: true, type: Number, description: '1-based line' }) line!: number | null;
  @ApiProperty({ enum: ['info', 'warning', 'error'] }) severity!: string;
  @ApiProperty({ nullable: true, type: Number, description: '1-based column, when the tool reports one' }) column!: number | null;
  @ApiProperty({ example: 'pyflakes', description: 'The tool or rule that found it (rule:<id> for rule-based checks)' }) source!: string;
  @ApiProperty({ example: 'F401', nullable: true, type: String, description: "The tool's code (F401, E501, TS2304) or the rule id" }) code!: string | null;
}

export class AnalyzeCodeResponseDto {
  @ApiProperty({ example: 8.5, description: '0–10: 10 − Σ weight(severity)/k (error 2.5, warning 1, info 0.25; k-th finding of the same code)' })
  score!: number;
  @ApiProperty({ type: [AnalysisIssueDto] }) issues!: AnalysisIssueDto[];
  @ApiProperty({ type: [String], example: ['Add type hints to add(), e.g. def add(a: int, b: int) -> int: (line 1)'] }) suggestions!: string[];
  @ApiProperty({ description: 'A short account of the findings and of what was checked' }) summary!: string;
  @ApiProperty({ example: 'python' }) language!: string;
  @ApiProperty({ enum: ANALYSIS_TYPES }) analysis_type!: string;
  @ApiProperty({ type: [String], example: ['pyflakes 2.5.0', 'pycodestyle 2.10.0', 'rules (16 quality, security and performance checks)'] }) tools!: string[];
  @ApiProperty({ example: 0.95, nullable: true, type: Number, description: '0–1: lower when a planned tool could not run' }) confidence!: number | null;
}
