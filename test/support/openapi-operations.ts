/** The operations of an OpenAPI document, one row per path and method, for tests that sweep all of them. */
export interface DocumentedOperation {
  path: string;
  method: string;
  op: Record<string, any>;
  /** 'POST /api/auth/login' */
  name: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

export function operationsOf(document: Record<string, any>): DocumentedOperation[] {
  return Object.entries<Record<string, any>>(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method, op: item[method], name: `${method.toUpperCase()} ${path}` })),
  );
}
