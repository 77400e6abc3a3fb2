/**
 * Limits on a JSON body that the framework's parser does not enforce. Without them a deeply nested body
 * overflows the stack of the validation pipe's recursive walk, and a lone UTF-16 surrogate (valid JSON as an
 * escape, not valid Unicode text) makes validators such as isEmail throw: both were answered 500.
 */
export const MAX_JSON_DEPTH = 64;

/** The deepest nesting of arrays and objects in the text, or Infinity once it passes `max` (one linear scan). */
export function jsonDepthExceeds(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return false;
}

/** The path of the first string (or key) that is not well-formed Unicode, or null. */
export function illFormedString(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return isWellFormed(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = illFormedString(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (!isWellFormed(key)) return [...path, key];
      const found = illFormedString(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** An error Fastify's error handler (and describeError) treats as the client's: 400 with a clear message. */
/**
 * A body-parsing error as a plain Error keeping Fastify's status and code: Nest's error handler turns a
 * FastifyError into a bare HttpException (code lost), a plain one reaches the surface filter as it is.
 */
export function asBodyError(error: Error & { statusCode?: number; code?: string }): Error & { statusCode: number; code: string } {
  return Object.assign(new Error(error.message), { statusCode: error.statusCode ?? 400, code: error.code ?? 'FST_ERR_CTP_INVALID_JSON_BODY' });
}

export function badJsonBody(message: string): Error & { statusCode: number; code: string } {
  return Object.assign(new Error(message), { statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY' });
}
