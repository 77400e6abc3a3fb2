import { exampleFromSeed } from './example-from-seed';
import { S4_COMMON_PARAMETERS, SEED_DOCUMENTATION, SeedDocumentation } from './seed-documentation';
import { surfaceOf } from '../surface';

/**
 * Puts what the seeds say about each operation into the document: the seed's prose and name for it in the
 * description, its sentence per error status in that response's description, its words per parameter in that
 * parameter's description (and 004's common pagination and filter words on every S4 list), its example query
 * as those parameters' examples, and its examples
 * (named after the seed, since two seeds may document one operation) on the request body and on each response.
 * An entry whose operation, body or status the document lacks is skipped here and reported by the docs test.
 */
type Json = Record<string, any>;

export function applySeedDocumentation(document: Json, entries: readonly SeedDocumentation[] = SEED_DOCUMENTATION): void {
  const schemas: Json = document.components?.schemas ?? {};
  const byOperation = new Map<string, SeedDocumentation[]>();
  for (const entry of entries) byOperation.set(entry.operation, [...(byOperation.get(entry.operation) ?? []), entry]);
  for (const [key, documented] of byOperation) {
    const [method, path] = key.split(' ');
    const operation = document.paths?.[path]?.[method.toLowerCase()] as Json | undefined;
    if (!operation) continue;
    operation.description = describe(operation.description, documented);
    for (const entry of documented) {
      const name = `seed ${entry.seed}`;
      const summary = `Seed ${entry.seed}: ${entry.title}`;
      if (entry.request !== undefined) addExample(operation.requestBody?.content?.['application/json'], name, summary, entry.request, schemas);
      if (entry.form) addExample(operation.requestBody?.content?.['application/x-www-form-urlencoded'], name, summary, entry.form, schemas);
      for (const [status, body] of Object.entries(entry.responses ?? {})) {
        addExample(operation.responses?.[status]?.content?.['application/json'], name, summary, body, schemas);
      }
      for (const [parameter, words] of Object.entries(entry.parameters ?? {})) describeParameter(operation, parameter, words);
      for (const [parameterName, value] of Object.entries(entry.query ?? {})) {
        const parameter = (operation.parameters as Json[] | undefined)?.find((p) => p.name === parameterName && p.in === 'query');
        if (parameter) parameter.example = value;
      }
      for (const [status, sentence] of Object.entries(entry.errors ?? {})) {
        const response = operation.responses?.[status] as Json | undefined;
        if (response && !String(response.description ?? '').includes(sentence)) {
          response.description = [sentence, response.description].filter(Boolean).join(' ');
        }
      }
    }
  }
  for (const [path, item] of Object.entries<Json>(document.paths ?? {})) {
    if (surfaceOf(path.replace(/\{[^}]+\}/g, 'x')) !== 'S4' || !item.get) continue;
    for (const [parameter, words] of Object.entries(S4_COMMON_PARAMETERS)) describeParameter(item.get, parameter, words);
  }
}

function describeParameter(operation: Json, name: string, words: string): void {
  const parameter = (operation.parameters as Json[] | undefined)?.find((p) => p.name === name);
  if (!parameter || String(parameter.description ?? '').includes(words)) return;
  parameter.description = [words, parameter.description].filter(Boolean).join('. ');
}

/** The seeds' prose first, then what the code's decorators say, where the server departs from a seed, and the seeds' names. */
function describe(given: string | undefined, documented: SeedDocumentation[]): string {
  const prose = documented.map((entry) => entry.prose).filter((p): p is string => Boolean(p) && !given?.includes(p!));
  const departures = documented.map((entry) => entry.departure).filter((d): d is string => Boolean(d) && !given?.includes(d!));
  const names = documented.map((entry) => `seed ${entry.seed} “${entry.title}”`);
  const named = [...new Set(names)].join(', ');
  return [...new Set(prose), given, ...new Set(departures), `Documented in ${named}.`].filter(Boolean).join('\n\n');
}

function addExample(media: Json | undefined, name: string, summary: string, seedValue: unknown, schemas: Json): void {
  if (!media) return;
  const value = exampleFromSeed(seedValue, media.schema, schemas);
  media.examples ??= {};
  if (media.example !== undefined) {
    // A media type holds `example` or `examples`, not both: the code's own example keeps its place.
    media.examples.default = { value: media.example };
    delete media.example;
  }
  let key = name;
  for (let n = 2; key in media.examples; n++) key = `${name} (${n})`;
  media.examples[key] = { summary, value };
}
