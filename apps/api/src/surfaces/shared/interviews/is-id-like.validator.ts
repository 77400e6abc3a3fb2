import { ValidateBy, ValidationOptions } from 'class-validator';

/** S2 shows `resume_id: 123` while our ids are UUID strings: accept a non-empty string or an integer. */
export function IsIdLike(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIdLike',
      validator: {
        validate: (value: unknown) =>
          (typeof value === 'string' && value.length > 0 && value.length <= 100) || Number.isSafeInteger(value),
        defaultMessage: () => '$property must be an id (a string or an integer)',
      },
    },
    options,
  );
}
