import { IsString, MaxLength, MinLength } from 'class-validator';
import { pipeValidation, problemTypesOr } from '../../../http/testing/pipe-validation';
import { IsSandboxLanguage } from './is-sandbox-language.validator';
import { SubmittedCode, SubmittedCodeLanguage } from './submitted-code.decorators';

class Body {
  @SubmittedCode('print(1)')
  code!: string;

  @SubmittedCodeLanguage()
  language!: string;
}

/** The same rules stacked by hand, as the execute and analyze DTOs declared them before. */
class StackedBody {
  @IsString()
  @MinLength(1)
  @MaxLength(200_000)
  code!: string;

  @IsString()
  @IsSandboxLanguage()
  language!: string;
}

describe('SubmittedCode and SubmittedCodeLanguage', () => {
  it.each([
    ['code and a language (an alias) are allowed', { code: 'print(1)', language: 'py' }, { code: 'print(1)', language: 'py' }],
    ['empty code and an unknown language', { code: '', language: 'cobol' }, ['value_error.minlength', 'value_error.issandboxlanguage']],
    ['code past 200,000 characters', { code: 'x'.repeat(200_001), language: 'python' }, ['value_error.maxlength']],
    ['neither is text', { code: 7, language: 7 }, ['value_error.maxlength', 'value_error.minlength', 'value_error.isstring', 'value_error.issandboxlanguage', 'value_error.isstring']],
  ])('%s', async (_name, body, expected) => {
    expect(problemTypesOr(await pipeValidation(Body, body))).toEqual(expected);
  });

  it.each([
    ['an empty body', {}],
    ['numbers for both', { code: 7, language: 7 }],
    ['empty code, an unknown language', { code: '', language: 'cobol' }],
    ['code too long, a null language', { code: 'x'.repeat(200_001), language: null }],
  ])('answers %s as the rules stacked by hand do', async (_name, body) => {
    expect(await pipeValidation(Body, body)).toEqual(await pipeValidation(StackedBody, body));
  });
});
