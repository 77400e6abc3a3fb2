import { ApiProperty } from '@nestjs/swagger';
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
}

export class SubmitCodeResponseDto {
  @ApiProperty({ example: 'Code submitted successfully' }) message!: string;
  @ApiProperty({ type: SubmitCodeResultDto }) execution_result!: SubmitCodeResultDto;
}
