import { Surface } from './surface';
import { FieldProblem } from './request-validation.error';

/** What went wrong, independent of how a surface spells it. */
export interface ErrorDescription {
  readonly status: number;
  readonly message: string;
  readonly code: string;
  readonly problems?: FieldProblem[];
  readonly errorId?: string;
  readonly retryAfter?: number;
}

/** The error body of each surface (CONTRACTS.md, "Surfaces"). */
export function errorBody(surface: Surface, error: ErrorDescription): Record<string, unknown> {
  const problemsAsStrings = error.problems?.map((p) => `${p.loc.join('.')}: ${p.msg}`);
  switch (surface) {
    case 'V1':
      return {
        detail: error.problems ?? error.message,
        status_code: error.status,
        ...(error.errorId ? { error_id: error.errorId } : {}),
        ...(error.retryAfter !== undefined ? { retry_after: error.retryAfter } : {}),
      };
    case 'S4':
      return {
        success: false,
        message: error.message,
        errors: problemsAsStrings ?? [error.message],
        error_code: error.code,
        timestamp: new Date().toISOString(),
        ...(error.errorId ? { error_id: error.errorId } : {}),
        ...(error.retryAfter !== undefined ? { retry_after: error.retryAfter } : {}),
      };
    case 'S0':
    case 'S3':
    case 'OPS':
      return {
        detail: error.problems ?? error.message,
        error: error.message,
        details: problemsAsStrings
          ? Object.fromEntries(groupByField(error.problems ?? []))
          : error.message,
        code: error.code,
        ...(error.errorId ? { error_id: error.errorId } : {}),
        ...(error.retryAfter !== undefined ? { retry_after: error.retryAfter } : {}),
      };
  }
}

/** S0 and the FastAPI-style surfaces answer a bad body with 422; S3 and S4 with 400. */
export function validationStatus(surface: Surface): number {
  return surface === 'S3' || surface === 'S4' ? 400 : 422;
}

function groupByField(problems: readonly FieldProblem[]): [string, string[]][] {
  const byField = new Map<string, string[]>();
  for (const p of problems) {
    const field = p.loc.filter((l) => l !== 'body').join('.') || 'non_field_errors';
    byField.set(field, [...(byField.get(field) ?? []), p.msg]);
  }
  return [...byField.entries()];
}
