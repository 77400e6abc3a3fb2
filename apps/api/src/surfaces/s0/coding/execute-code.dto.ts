import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SubmittedCode, SubmittedCodeLanguage } from './submitted-code.decorators';

/** S0 `POST /api/coding/execute`: runs code in the sandbox and records the run on the session. */
export class ExecuteCodeDto {
  @ApiProperty({ format: 'uuid', description: 'The session (interview) the run belongs to' })
  @IsUUID('all')
  session_id!: string;

  @SubmittedCode("print('Hello, World!')")
  code!: string;

  @SubmittedCodeLanguage()
  language!: string;

  @ApiPropertyOptional({ example: '', description: 'stdin of the run' })
  @IsOptional()
  @IsString()
  @MaxLength(1_000_000)
  input?: string;
}

export class TestResultDto {
  @ApiProperty() passed!: boolean;
  @ApiProperty() status!: string;
  @ApiProperty() input!: string;
  @ApiProperty() expected_output!: string;
  @ApiProperty() actual_output!: string;
}

export class ExecuteCodeResponseDto {
  @ApiProperty({ example: 'Hello, World!\n', description: 'stdout' }) output!: string;
  @ApiProperty({ nullable: true, type: String, description: 'stderr (and why a limit stopped the run), null when empty' }) error!: string | null;
  @ApiProperty({ example: 0.123, description: 'seconds' }) execution_time!: number;
  @ApiProperty({ example: 0 }) exit_code!: number;
  @ApiProperty({ example: 1024, description: 'peak memory in KiB' }) memory_usage!: number;
  @ApiPropertyOptional({ type: [TestResultDto] }) test_results?: TestResultDto[];
}
