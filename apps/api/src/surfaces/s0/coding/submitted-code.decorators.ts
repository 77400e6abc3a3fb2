import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { SANDBOX_LANGUAGES } from '@candor/application/ports/sandbox.port';
import { IsSandboxLanguage } from './is-sandbox-language.validator';

/*
 * The two fields of code sent to be run or analysed (S0 `POST /api/coding/execute`, `POST /api/ai/analyze`). The rules
 * are listed in the order a stacked declaration registers them (bottom up), so a 422 lists them as it always has.
 */

/** `code`: the source, 1 to 200,000 characters. */
export function SubmittedCode(example: string): PropertyDecorator {
  return applyDecorators(MaxLength(200_000), MinLength(1), IsString(), ApiProperty({ example }));
}

/** `language`: one the sandbox knows (aliases such as py, js accepted). */
export function SubmittedCodeLanguage(): PropertyDecorator {
  return applyDecorators(
    IsSandboxLanguage(),
    IsString(),
    ApiProperty({ example: 'python', description: `One of ${SANDBOX_LANGUAGES.join(', ')} (aliases such as py, js accepted)` }),
  );
}
