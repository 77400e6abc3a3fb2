/**
 * Limits on a JSON body that the framework's parser does not enforce. Without them a deeply nested body
 * overflows the stack of the validation pipe's recursive walk, and a lone UTF-16 surrogate (valid JSON as an
 * escape, not valid Unicode text) makes validators such as isEmail throw: both were answered 500.
 */
export const MAX_JSON_DEPTH = 64;

/** JSON bodies: 2 MiB (code plus its stdin fit), except the routes that take a recording in base64. */
export const MAX_JSON_BODY_CHARS = 2 * 1024 * 1024;
const BASE64_UPLOAD_ROUTES = /^\/api\/v1\/voice\/stt\/?(?:\?|$)/;
const MAX_BASE64_JSON_BODY_CHARS = 10 * 1024 * 1024;

export function jsonBodyLimitFor(url: string): number {
  return BASE64_UPLOAD_ROUTES.test(url) ? MAX_BASE64_JSON_BODY_CHARS : MAX_JSON_BODY_CHARS;
}

/** A 413 that sendError answers in the surface's error body. */
export function jsonBodyTooLarge(limit: number): Error {
  return Object.assign(new Error(`JSON body larger than ${limit} characters`), { statusCode: 413 });
}

/** Object keys a JSON body may hold in all: validation and transformation walk every one of them. */
export const MAX_JSON_KEYS = 5_000;

/** Too deep or too many keys, found in one linear scan before any parsing; null when neither. */
export function jsonShapeProblem(text: string, maxDepth = MAX_JSON_DEPTH, maxKeys = MAX_JSON_KEYS): string | null {
  let depth = 0;
  let keys = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > maxDepth) return `JSON nested deeper than ${maxDepth} levels`;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
    else if (c === 0x3a && (keys += 1) > maxKeys) return `JSON body with more than ${maxKeys} keys`;
  }
  return null;
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

/**
 * A body-parsing error as a plain Error keeping Fastify's status and code: Nest's error handler turns a
 * FastifyError into a bare HttpException (code lost), a plain one reaches the surface filter as it is.
 * `position` is where the text stopped being JSON: the FastAPI-style surfaces report it as `loc: ["body", position]`.
 */
export function asBodyError(error: Error & { statusCode?: number; code?: string }, text: string): JsonBodyError {
  return Object.assign(new Error(error.message), {
    statusCode: error.statusCode ?? 400,
    code: error.code ?? 'FST_ERR_CTP_INVALID_JSON_BODY',
    position: jsonErrorPosition(text, syntaxErrorOf(text)),
    decodeError: true,
  });
}

/** Fastify's parser drops V8's message (which says where the text broke): parse once more to read it. */
function syntaxErrorOf(text: string): string {
  try {
    JSON.parse(text);
    return ''; // valid JSON Fastify refused (a prototype-poisoning key): no syntax error position
  } catch (error) {
    return (error as Error).message;
  }
}

/** A JSON body refused before (or after) decoding; `decodeError` when the text is not JSON at all. */
export type JsonBodyError = Error & { statusCode: number; code: string; position: number; decodeError: boolean };

export function badJsonBody(message: string): JsonBodyError {
  return Object.assign(new Error(message), { statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY', position: 0, decodeError: false });
}

/**
 * The character offset of a JSON syntax error, from V8's message: "at position N", the end of the text for a
 * truncated body, or the first place outside a string where the unexpected token V8 names appears.
 */
export function jsonErrorPosition(text: string, message: string): number {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  if (token === undefined) return 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === token) return i;
    else if (c === '"') inString = true;
  }
  return 0;
}
