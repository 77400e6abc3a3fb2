import { registerDecorator, ValidationOptions } from 'class-validator';
import { PASSWORD_RULE, passwordProblem } from '@candor/domain';

/** The domain's password policy as a field rule, so a weak password is reported like any other bad field. */
export function IsStrongPassword(options: ValidationOptions = {}): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isStrongPassword',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: PASSWORD_RULE, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && passwordProblem(value) === null },
    });
}
