/** One field-level problem, in the FastAPI shape S0/S1/S2 document: {loc, msg, type}. */
export interface FieldProblem {
  readonly loc: (string | number)[];
  readonly msg: string;
  readonly type: string;
}

/** Thrown by the validation pipe (and by hand for bad query strings); the error filter formats it per surface. */
export class RequestValidationError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.loc.join('.')}: ${p.msg}`).join('; ') || 'Invalid request');
    this.name = 'RequestValidationError';
  }
}
