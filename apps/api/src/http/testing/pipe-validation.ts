import { FieldProblem, RequestValidationError } from '../request-validation.error';
import { createValidationPipe } from '../validation.pipe';

/**
 * For decorator specs: what the app's validation pipe makes of `input` declared as `metatype` — the fields it passes
 * on (a plain object), or the problems a 422 would list, in their order.
 */
export async function pipeValidation(metatype: new () => object, input: Record<string, unknown>, type: 'body' | 'query' = 'body'): Promise<object | FieldProblem[]> {
  try {
    return { ...(await createValidationPipe().transform(input, { type, metatype })) };
  } catch (error) {
    if (error instanceof RequestValidationError) return error.problems;
    throw error;
  }
}

/** The problems' types (`value_error.maxlength`, …) when the input was refused, else the fields passed on. */
export const problemTypesOr = (validated: object | FieldProblem[]): object | string[] =>
  Array.isArray(validated) ? validated.map((p) => p.type) : validated;
