import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, RequestValidationError } from './request-validation.error';
import { rememberValidationMetadata } from './validation-metadata.cache';

/** class-validator for every DTO; failures become RequestValidationError (formatted per surface by the filter). */
export function createValidationPipe(): ValidationPipe {
  rememberValidationMetadata();
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: true },
    exceptionFactory: (errors: ValidationError[]) => new RequestValidationError(toProblems(errors, [])),
  });
}

/** A missing field is one "field required" problem (as the seeds show), not one per failed rule. */
export function toProblems(errors: ValidationError[], parent: (string | number)[]): FieldProblem[] {
  return errors.flatMap((error) => {
    const loc = [...parent, /^\d+$/.test(error.property) ? Number(error.property) : error.property];
    const constraints = Object.entries(error.constraints ?? {});
    const own: FieldProblem[] =
      error.value === undefined && constraints.length > 0
        ? [{ loc, msg: 'field required', type: 'value_error.missing' }]
        : constraints.map(([rule, msg]) => ({ loc, msg, type: `value_error.${rule.toLowerCase()}` }));
    return [...own, ...toProblems(error.children ?? [], loc)];
  });
}
