import { createHash } from 'node:crypto';

/**
 * Turns a seed's example into one that matches the operation's schema, changing no value the seed gives except
 * its ids: the seeds write ids as numbers or placeholders (`123`, `"uuid"`, `"b1a2..."`) where CONTRACTS.md
 * makes every id a UUID, so an id becomes a UUID derived from what the seed wrote (the same seed id gives the
 * same UUID in every example). Fields the schema requires and the seed's example leaves out are filled in from
 * their schemas (their own `example`, else a value of their type), so the example is a whole answer.
 */
type Json = Record<string, any>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID_KEY = /^(id|_id)$|_id$/;
const SAMPLE_TIME = '2024-01-15T10:00:00Z';

export function exampleFromSeed(value: unknown, schema: Json | undefined, schemas: Json, key = ''): unknown {
  const resolved = resolve(schema, schemas);
  if (value === null || value === undefined) return value;
  if (!resolved) return value;
  const alternatives = (resolved.anyOf ?? resolved.oneOf) as Json[] | undefined;
  if (alternatives) {
    const fitting = alternatives.map((s) => resolve(s, schemas)).find((s) => s && fits(value, s, schemas));
    return exampleFromSeed(value, fitting, schemas, key);
  }
  const object = objectShape(resolved, schemas);
  if (isPlainObject(value) && object) {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) out[k] = exampleFromSeed(v, object.properties[k] ?? additional(object), schemas, k);
    for (const name of object.required) if (!(name in out)) out[name] = sampleOf(object.properties[name], schemas, name);
    return out;
  }
  if (Array.isArray(value)) return value.map((item) => exampleFromSeed(item, resolved.items, schemas, key));
  const wantsUuid = resolved.format === 'uuid' || (ID_KEY.test(key) && typesOf(resolved).includes('string'));
  if (wantsUuid && !(typeof value === 'string' && UUID.test(value))) return uuidFor(value);
  return value;
}

/** A value of the schema's own type: its example, default or first choice, else the simplest of its type (a UUID for an id). */
export function sampleOf(schema: Json | undefined, schemas: Json, key = '', depth = 0): unknown {
  const resolved = resolve(schema, schemas);
  if (!resolved || depth > 8) return null;
  for (const given of [resolved.example, resolved.examples?.[0], resolved.const, resolved.default]) if (given !== undefined) return given;
  if (Array.isArray(resolved.enum)) return resolved.enum.find((v: unknown) => v !== null) ?? null;
  const alternatives = (resolved.anyOf ?? resolved.oneOf) as Json[] | undefined;
  if (alternatives) {
    if (alternatives.some((s) => resolve(s, schemas)?.type === 'null')) return null;
    return sampleOf(alternatives[0], schemas, key, depth + 1);
  }
  const types = typesOf(resolved);
  if (types.includes('null')) return null;
  const object = objectShape(resolved, schemas);
  if (object) return Object.fromEntries(object.required.map((name) => [name, sampleOf(object.properties[name], schemas, name, depth + 1)]));
  switch (types[0]) {
    case 'string':
      return ID_KEY.test(key) ? uuidFor(key) : sampleString(resolved);
    case 'integer':
    case 'number':
      return typeof resolved.minimum === 'number' ? resolved.minimum : 0;
    case 'boolean':
      return false;
    case 'array':
      return resolved.minItems ? [sampleOf(resolved.items, schemas, key, depth + 1)] : [];
    default:
      return null;
  }
}

function sampleString(schema: Json): string {
  switch (schema.format) {
    case 'uuid':
      return uuidFor('sample');
    case 'date-time':
      return SAMPLE_TIME;
    case 'date':
      return SAMPLE_TIME.slice(0, 10);
    case 'email':
      return 'user@example.com';
    case 'uri':
    case 'url':
      return 'https://example.com';
    default:
      return 'string'.padEnd(schema.minLength ?? 0, '.');
  }
}

/** A stable UUID for what a seed wrote as an id: numbers stay readable (123 → …-000000000123). */
export function uuidFor(seedId: unknown): string {
  if (typeof seedId === 'number' && Number.isInteger(seedId) && seedId >= 0) return `00000000-0000-4000-8000-${String(seedId).padStart(12, '0')}`;
  const hex = createHash('sha256').update(String(seedId)).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function resolve(schema: Json | undefined, schemas: Json): Json | undefined {
  let current = schema;
  for (let hops = 0; current?.$ref && hops < 10; hops++) current = schemas[String(current.$ref).replace('#/components/schemas/', '')];
  return current;
}

/** The properties and required names of an object schema, its allOf parts merged. */
function objectShape(schema: Json, schemas: Json): { properties: Json; required: string[]; additionalProperties?: unknown } | undefined {
  const parts = [schema, ...((schema.allOf as Json[] | undefined) ?? []).map((s) => resolve(s, schemas) ?? {})];
  const isObject = parts.some((p) => p.properties || p.additionalProperties || typesOf(p).includes('object'));
  if (!isObject) return undefined;
  return {
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
    required: [...new Set(parts.flatMap((p) => (p.required as string[] | undefined) ?? []))],
    additionalProperties: parts.find((p) => p.additionalProperties)?.additionalProperties,
  };
}

function additional(object: { additionalProperties?: unknown }): Json | undefined {
  return typeof object.additionalProperties === 'object' ? (object.additionalProperties as Json) : undefined;
}

function fits(value: unknown, schema: Json, schemas: Json): boolean {
  if (schema.anyOf || schema.oneOf || schema.allOf || schema.$ref) return !Array.isArray(value) || typesOf(schema).includes('array');
  const types = typesOf(schema);
  if (objectShape(schema, schemas)) return isPlainObject(value);
  if (Array.isArray(value)) return types.includes('array');
  if (typeof value === 'number') return types.includes('number') || types.includes('integer') || types.includes('string');
  return types.length === 0 || types.includes(typeof value);
}

function typesOf(schema: Json): string[] {
  return ([] as string[]).concat(schema.type ?? []);
}

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
