import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads the five seed documents (docs/api/seeds) the way a person does: each documented operation with its
 * heading, its prose, its request example and its response examples by status. The seeds are markdown written
 * by hand in five styles; this reader knows those styles and nothing else. The docs tests check the OpenAPI
 * document against what it reads, not against the data the document is built from.
 */
export interface SeedOperation {
  /** '000' … '004' */
  seed: string;
  method: string;
  /** The full path as a request would spell it (the seed's base URL prepended), trailing slash kept. */
  path: string;
  heading: string;
  /** The seed's own sentences about the operation (001's paragraphs, 004's table description), if any. */
  prose: string[];
  /** Sentences the seed gives per error status (001's "Error Responses"). */
  errors: Record<number, string>;
  /** What the seed says of each query or path parameter. */
  parameters: Record<string, string>;
  request?: unknown;
  /** application/x-www-form-urlencoded example (001's login). */
  formRequest?: Record<string, string>;
  responses: Record<number, unknown>;
}

const SEEDS_DIR = join(__dirname, '../../docs/api/seeds');
const BASE: Record<string, string> = { '000': '', '001': '/api/v1', '002': '/api/v1', '003': '', '004': '' };
const METHOD_LINE = /^(GET|POST|PUT|PATCH|DELETE) (\/\S*)/;

/** 004's "Common Query Parameters" (pagination and filters of every S4 list): name → the seed's words. */
export function readSeedCommonParameters(): Record<string, string> {
  const text = seedText('004');
  const section = text.slice(text.indexOf('## Common Query Parameters'), text.indexOf('### Example', text.indexOf('## Common Query Parameters')));
  return Object.fromEntries([...section.matchAll(/^- `(\w+)`: (.+)$/gm)].map((m) => [m[1], m[2].trim()]));
}

/** 004's example request of its "Common Query Parameters": `GET /path?query`. */
export function readSeedQueryExample(): { method: string; path: string; query: Record<string, string> } {
  const text = seedText('004');
  const [, method, path, query] = /^(GET) (\/[^?\s]*)\?(\S+)$/m.exec(text.slice(text.indexOf('### Example')))!;
  return { method, path, query: Object.fromEntries(new URLSearchParams(query)) };
}

/** The error bodies 000, 002 and 003 show (their "Error Responses" and, in 000, the rate-limited answer). */
export function readSeedErrorExamples(): { seed: string; example: unknown }[] {
  return ['000', '002', '003'].flatMap((seed) => {
    const text = seedText(seed);
    const section = text.slice(text.indexOf('Error Responses'));
    return [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => ({ seed, example: parseSeedJson(m[1]) }));
  });
}

/**
 * The WebSocket messages the seeds show: 000's JSON events, and 003's JavaScript message literals (sent with
 * `ws.send(JSON.stringify({...}))` or shown as the server's answer). A literal that is not data (a handler's
 * body, `audio: base64_encoded_audio_chunk`) is left out.
 */
export function readSeedWebSocketEvents(): { seed: string; message: { type: string } }[] {
  const events = [...seedText('000').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => ({ seed: '000', message: parseSeedJson(m[1]) }));
  const chat = seedText('003');
  const section = chat.slice(chat.indexOf('## WebSocket'), chat.indexOf('## Scoring'));
  const literals = [...section.matchAll(/```javascript\n([\s\S]*?)```/g)].flatMap((m) => objectLiterals(stripComments(m[1])));
  const messages = literals.flatMap((literal) => {
    try {
      return [{ seed: '003', message: JSON.parse(jsLiteralToJson(literal)) as unknown }];
    } catch {
      return [];
    }
  });
  return [...events, ...messages].filter((e): e is { seed: string; message: { type: string } } => typeof (e.message as { type?: unknown })?.type === 'string');
}

/** The outermost `{…}` of a piece of JavaScript, quotes of either kind respected. */
function objectLiterals(code: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'") {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && --depth === 0) {
      found.push(code.slice(start, i + 1));
    }
  }
  return found;
}

/** `{ type: 'x', content: "y" }` → `{"type": "x", "content": "y"}`: bare keys quoted, single quotes made double. */
function jsLiteralToJson(literal: string): string {
  return literal
    .replace(/'((?:[^'\\]|\\.)*)'/g, (_all, body: string) => JSON.stringify(body.replace(/\\'/g, "'")))
    .replace(/^(\s*)(\w+):/gm, '$1"$2":')
    .replace(/\{\s*(\w+):/g, '{"$1":');
}

export function readSeedOperations(): SeedOperation[] {
  return ['000', '001', '002', '003', '004'].flatMap((seed) => readSeed(seed, seedText(seed)));
}

function seedText(seed: string): string {
  const file = readdirSync(SEEDS_DIR).find((name) => name.startsWith(`${seed}_`) && name.endsWith('.txt'));
  if (!file) throw new Error(`No seed ${seed} in ${SEEDS_DIR}`);
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

/** The operation's path in the OpenAPI document: no trailing slash, parameters unnamed (`{}`). */
export function pathShape(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/$/, '') : path;
  return trimmed.replace(/\{[^}]+\}/g, '{}');
}

function readSeed(seed: string, text: string): SeedOperation[] {
  return seed === '004' ? readTables(seed, text) : readSections(seed, text);
}

/** 004 documents operations as table rows: | `METHOD` | `/path` | Description | Request | Response |. */
function readTables(seed: string, text: string): SeedOperation[] {
  const operations: SeedOperation[] = [];
  let heading = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) heading = line.replace(/^#+\s*/, '').trim();
    const row = /^\|\s*`(GET|POST|PUT|PATCH|DELETE)`\s*\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|/.exec(line);
    if (row) operations.push({ seed, method: row[1], path: row[2], heading, prose: [row[3]], errors: {}, parameters: {}, responses: {} });
  }
  return operations;
}

/**
 * 000–003: a heading (### …) opens an operation; its method and path come in an ```http block (000, 002,
 * 003, where 002 and 003 put the body and 003 the "Response:" in the same block) or on a `METHOD /path` line
 * (001); "Request Body" and "Response (status)" labels precede ```json blocks (000, 001, 002).
 */
function readSections(seed: string, text: string): SeedOperation[] {
  const operations: SeedOperation[] = [];
  const lines = text.split('\n');
  let heading = '';
  let current: SeedOperation[] = [];
  let label = '';
  let section: 'prose' | 'errors' | 'parameters' | 'other' = 'other';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^#{1,6} /.test(line)) {
      heading = line.replace(/^#+\s*/, '').replace(/\*\*/g, '').trim();
      current = [];
      label = '';
      section = 'other';
      continue;
    }
    if (line.startsWith('```')) {
      const language = line.slice(3).trim();
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i]);
      if (language === 'http') {
        current = readHttpBlock(seed, heading, body);
        operations.push(...current);
      } else if (current.length > 0 && /request body/i.test(label)) {
        if (/form data/i.test(label)) for (const op of current) op.formRequest = readFormLines(body);
        else for (const op of current) op.request = parseSeedJson(body.join('\n'));
      } else if (current.length > 0 && /^response/i.test(label) && language === 'json') {
        const status = Number(/\((\d{3})/.exec(label)?.[1] ?? 200);
        for (const op of current) op.responses[status] = parseSeedJson(body.join('\n'));
      }
      label = '';
      continue;
    }
    const methodLine = /^`(GET|POST|PUT|PATCH|DELETE) (\/[^`]*)`$/.exec(line.trim());
    if (methodLine && heading) {
      current = [{ seed, method: methodLine[1], path: BASE[seed] + methodLine[2], heading, prose: [], errors: {}, parameters: {}, responses: {} }];
      operations.push(...current);
      section = 'prose';
      continue;
    }
    const labelLine = /^\*\*(.+?):?\*\*:?\s*$/.exec(line.trim());
    if (labelLine) {
      label = labelLine[1];
      section = /error responses/i.test(label) ? 'errors' : /parameters/i.test(label) ? 'parameters' : 'other';
      continue;
    }
    const errorLine = /^\*\s+`(\d{3})[^`]*`:\s*(.+)$/.exec(line.trim());
    if (section === 'errors' && errorLine) {
      for (const op of current) op.errors[Number(errorLine[1])] = errorLine[2].trim();
      continue;
    }
    const parameterLine = /^(?:[-*]\s+)?`(\w+)`:\s*(.+)$/.exec(line.trim());
    if (section === 'parameters' && parameterLine) {
      for (const op of current) op.parameters[parameterLine[1]] = parameterLine[2].trim();
      continue;
    }
    if (section === 'prose' && line.trim() && !line.startsWith('>')) for (const op of current) op.prose.push(line.trim());
  }
  return operations;
}

/** An ```http block: one or more `METHOD /path` lines, headers, then a body and (003) "Response: …" + body. */
function readHttpBlock(seed: string, heading: string, body: string[]): SeedOperation[] {
  const operations: SeedOperation[] = [];
  let i = 0;
  for (; i < body.length && METHOD_LINE.test(body[i]); i++) {
    const [, method, path] = METHOD_LINE.exec(body[i])!;
    operations.push({ seed, method, path: BASE[seed] + path, heading, prose: [], errors: {}, parameters: {}, responses: {} });
  }
  const rest = body.slice(i).filter((line) => !/^(?!Response:)[A-Z][\w-]*: /.test(line));
  // 003 lists query parameters in the block: "Query Parameters:" then "- name: values".
  const parametersAt = rest.indexOf('Query Parameters:');
  if (parametersAt >= 0) {
    for (const line of rest.slice(parametersAt + 1)) {
      const parameter = /^- (\w+): (.+)$/.exec(line);
      if (!parameter) break;
      for (const op of operations) op.parameters[parameter[1]] = parameter[2].trim();
    }
  }
  const responseAt = rest.findIndex((line) => /^Response:/.test(line));
  const requestText = (responseAt < 0 ? rest : rest.slice(0, responseAt)).join('\n');
  const requestJson = requestText.slice(requestText.indexOf('{'));
  if (requestText.includes('{')) for (const op of operations) op.request = parseSeedJson(requestJson);
  if (responseAt >= 0) {
    const status = Number(/^Response:\s*(\d{3})/.exec(rest[responseAt])?.[1] ?? 200);
    const responseText = rest.slice(responseAt + 1).join('\n');
    if (responseText.includes('{')) for (const op of operations) op.responses[status] = parseSeedJson(responseText.slice(responseText.indexOf('{')));
    else if (status !== 200) for (const op of operations) op.responses[status] = undefined;
  }
  return operations;
}

function readFormLines(body: string[]): Record<string, string> {
  return Object.fromEntries(body.filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/**
 * The seeds' JSON as written by hand: `// comments`, and `...`, `[...]`, `{...}` standing for "more of the
 * same". Comments go; a property whose value is only a placeholder goes; a `...` line goes.
 */
export function parseSeedJson(text: string): unknown {
  const withoutComments = stripComments(text);
  const cleaned = withoutComments
    .replace(/"[\w$]+"\s*:\s*(\[\s*\.\.\.\s*\]|\{\s*\.\.\.\s*\})\s*,?/g, '')
    .replace(/^\s*\.\.\.\s*,?\s*$/gm, '')
    .replace(/,(\s*[}\]])/g, '$1');
  try {
    return JSON.parse(cleaned);
  } catch (error) {
    throw new Error(`${(error as Error).message} in this seed example:\n${cleaned}`);
  }
}

function stripComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else {
      if (c === '"') inString = true;
      out += c;
    }
  }
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The documented example holds everything the seed's example shows: each of its fields with the seed's
 * value, except ids, which the document gives as UUIDs where the seed wrote a number or a placeholder.
 */
export function containsSeedExample(documented: unknown, seed: unknown): boolean {
  if (Array.isArray(seed)) return Array.isArray(documented) && seed.every((item, i) => containsSeedExample(documented[i], item));
  if (seed && typeof seed === 'object') {
    if (!documented || typeof documented !== 'object') return false;
    return Object.entries(seed).every(([key, value]) => key in documented && containsSeedExample((documented as Record<string, unknown>)[key], value));
  }
  if (documented === seed) return true;
  return typeof documented === 'string' && UUID.test(documented) && !(typeof seed === 'string' && UUID.test(seed));
}
