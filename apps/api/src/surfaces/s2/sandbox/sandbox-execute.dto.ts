import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export class SandboxExecuteDto {
  @ApiProperty({ example: "print('Hello, World!')" })
  @IsString()
  @MinLength(1)
  code!: string;

  @ApiProperty({ example: 'python', description: 'python, javascript, typescript, c, cpp, java (or an alias such as py, js)' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  language!: string;

  @ApiPropertyOptional({ example: 30, description: 'Wall time of the run in seconds; clamped to the server maximum (SANDBOX_TIMEOUT_MS)' })
  @IsOptional()
  @IsNumber()
  @Min(0.1)
  @Max(3600)
  timeout_seconds?: number;

  @ApiPropertyOptional({ description: 'Standard input of the program', default: '' })
  @IsOptional()
  @IsString()
  stdin?: string;
}

export class SandboxExecuteResponseDto {
  @ApiProperty({ example: 'Hello, World!\n' }) stdout!: string;
  @ApiProperty({ description: 'stderr, and why a limit stopped the run', example: '' }) stderr!: string;
  @ApiProperty({ example: 0 }) exit_code!: number;
  @ApiProperty({ example: 150 }) execution_time_ms!: number;
}

export class SandboxLanguageDto {
  @ApiProperty({ example: 'python' }) id!: string;
  @ApiProperty({ example: 'Python' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: '3.11.2' }) version!: string | null;
  @ApiProperty() available!: boolean;
  @ApiProperty() compiled!: boolean;
  @ApiProperty({ type: [String], example: ['py', 'python3'] }) aliases!: string[];
}
