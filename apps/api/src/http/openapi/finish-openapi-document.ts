import { surfaceOf } from '../surface';
import { validationStatus } from '../error-body';
import { ERROR_SCHEMAS, errorSchemaName } from './surface-error-schemas';
import { applySeedDocumentation } from './apply-seed-documentation';

/**
 * Turns the document @nestjs/swagger builds from the decorators into what consumers' validators and generators
 * accept: OpenAPI 3.1 schemas (`nullable` becomes a `null` type), and on every operation the error answers its
 * surface gives, each with that surface's error body; and what the seeds say about each operation (its prose,
 * its examples). What the decorators say is never overwritten.
 */
type Json = Record<string, any>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];
const WRITES = new Set(['post', 'put', 'patch', 'delete']);

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request (bad JSON, wrong content type, invalid parameter or, on S3 and S4, failed validation)',
  401: 'Missing, invalid, expired or revoked credentials',
  403: 'Authenticated, but not allowed to do this',
  404: 'No such resource (or not visible to the caller)',
  409: 'Conflicts with the current state (an illegal transition, a duplicate)',
  413: 'The body (or an uploaded file) is larger than allowed',
  414: 'A path parameter is longer than any id',
  415: 'The body has a content type this operation does not read',
  422: 'Validation failed: `detail` lists each field problem',
  429: 'Rate limit exceeded: see `Retry-After`',
  503: 'Maintenance mode, or a dependency this operation needs is unavailable',
};

export function finishOpenApiDocument(document: Json): Json {
  const doc = toOpenApi31(structuredClone(document)) as Json;
  doc.openapi = '3.1.0';
  doc.components = { ...(doc.components ?? {}), schemas: { ...(doc.components?.schemas ?? {}), ...ERROR_SCHEMAS } };
  const tags = new Set<string>();
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      (operation.tags ?? []).forEach((tag: string) => tags.add(tag));
      addErrorResponses(path, method, operation);
    }
  }
  const declared = new Set((doc.tags ?? []).map((t: Json) => t.name));
  const added = [...tags].filter((t) => !declared.has(t)).sort().map((name) => ({ name, description: tagDescription(name) }));
  doc.tags = [...(doc.tags ?? []), ...added];
  applySeedDocumentation(doc);
  return doc;
}

/** The error statuses an operation can answer, from what it is: its surface, its security, its parameters. */
export function errorStatusesOf(path: string, method: string, operation: Json): number[] {
  const surface = surfaceOf(path.replace(/\{[^}]+\}/g, 'x'));
  const secured = operation.security === undefined || operation.security.length > 0;
  const takesInput = Boolean(operation.requestBody) || (operation.parameters ?? []).length > 0;
  const statuses = [400, 429];
  if (secured) statuses.push(401, 403);
  if (/\{[^}]+\}/.test(path)) statuses.push(404, 414);
  // Any write may carry a body: too large, or of a type it does not read, is refused before the route runs.
  if (WRITES.has(method)) statuses.push(409, 413, 415, 503);
  if (takesInput) statuses.push(validationStatus(surface));
  return [...new Set(statuses)].sort((a, b) => a - b);
}

function addErrorResponses(path: string, method: string, operation: Json): void {
  const ref = { $ref: `#/components/schemas/${errorSchemaName(surfaceOf(path.replace(/\{[^}]+\}/g, 'x')))}` };
  const responses: Json = (operation.responses ??= {});
  for (const status of errorStatusesOf(path, method, operation)) {
    const given = responses[String(status)] as Json | undefined;
    if (given?.content) continue;
    responses[String(status)] = {
      description: given?.description || ERROR_DESCRIPTIONS[status],
      content: { 'application/json': { schema: ref } },
    };
  }
}

/** Tags are named after their surface ("S1/S2 interviews"): say which seed and prefix that is. */
const SURFACES: [RegExp, string][] = [
  [/^S0\/S3\b/, 'Surfaces S0 and S3 (`/api`, seeds 000 and 003)'],
  [/^S1\/S2\b/, 'Surfaces S1 and S2 (`/api/v1`, seeds 001 and 002)'],
  [/^S0\b/, 'Surface S0 (`/api`, seed 000)'],
  [/^S1\b/, 'Surface S1 (`/api/v1`, seed 001)'],
  [/^S2\b/, 'Surface S2 (`/api/v1`, seed 002)'],
  [/^S3\b/, 'Surface S3 (`/api`, seed 003)'],
  [/^S4\b/, 'Surface S4 (`/`, seed 004; success bodies wrapped as `{success, data}`)'],
];

function tagDescription(tag: string): string {
  const surface = SURFACES.find(([pattern]) => pattern.test(tag));
  const topic = tag.replace(/^S[0-4](\/S[0-4])?\s*/, '');
  return surface ? `${surface[1]}: ${topic}` : `Operations (not part of a seed): ${tag}`;
}

/** OpenAPI 3.0's `nullable: true` is `type: [T, 'null']` in 3.1 (JSON Schema 2020-12). */
function toOpenApi31(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toOpenApi31);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) out[key] = toOpenApi31(value);
  if (out.nullable === true) {
    delete out.nullable;
    if (['$ref', 'allOf', 'oneOf', 'anyOf'].some((key) => key in out)) {
      // A null type beside a composition would still demand the composed shape: offer null as an alternative.
      const { description, ...schema } = out;
      return { ...(description ? { description } : {}), anyOf: [schema, { type: 'null' }] };
    }
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else if (Array.isArray(out.type) && !out.type.includes('null')) {
      out.type = [...out.type, 'null'];
    }
  } else if (out.nullable === false) {
    delete out.nullable;
  }
  return out;
}
