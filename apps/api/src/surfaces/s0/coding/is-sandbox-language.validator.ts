import { ValidateBy, ValidationOptions } from 'class-validator';
import { SANDBOX_LANGUAGES } from '@candor/application/ports/sandbox.port';
import { resolveLanguage } from '@candor/application/code-execution/languages';

/** A language the sandbox knows (case-insensitive; aliases such as `py` or `js` allowed). */
export function IsSandboxLanguage(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isSandboxLanguage',
      validator: {
        validate: (value: unknown) => {
          try {
            resolveLanguage(value);
            return true;
          } catch {
            return false;
          }
        },
        defaultMessage: () => `language must be one of ${SANDBOX_LANGUAGES.join(', ')}`,
      },
    },
    options,
  );
}
