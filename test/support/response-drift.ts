import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * Checks answers against the OpenAPI document the server serves: the status must be documented for the
 * operation, and a JSON body must match that status's schema (ajv, JSON Schema 2020-12 as in OpenAPI 3.1).
 * Anything else is drift between the code and the document.
 */
export interface ObservedResponse {
  method: string;
  url: string;
  status: number;
  contentType?: string;
  body: string;
}

type Json = Record<string, any>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
/** Routes that serve the documentation itself (not in the document they serve). */
const DOCUMENTATION = /^\/(docs|openapi\.json|openapi\.yaml|asyncapi\.json)(\/|$)/;

interface Route {
  template: string;
  pattern: RegExp;
  literalSegments: number;
}

export class ResponseDriftChecker {
  private readonly ajv: Ajv2020;
  private readonly routes: Route[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: Json) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    for (const format of ['binary', 'byte', 'int32', 'int64', 'float', 'double', 'password']) this.ajv.addFormat(format, true);
    this.ajv.addSchema({ ...document, $id: 'openapi' });
    this.routes = Object.keys(document.paths ?? {})
      .map((template) => ({
        template,
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
        literalSegments: template.split('/').filter((s) => s && !s.startsWith('{')).length,
      }))
      .sort((a, b) => b.literalSegments - a.literalSegments);
  }

  /** The drift this answer shows, one sentence per problem (none when it matches the document). */
  check(response: ObservedResponse): string[] {
    const method = response.method.toLowerCase();
    const path = normalise(response.url);
    const label = `${response.method.toUpperCase()} ${response.url.split('?')[0]} -> ${response.status}`;
    if (!METHODS.includes(method) || DOCUMENTATION.test(path)) return [];
    const route = this.routes.find((r) => r.pattern.test(path) && this.document.paths[r.template][method]);
    if (!route) {
      // A refusal of an unknown route (by the router, a rate limit, a malformed URL) is no operation's answer.
      return response.status >= 400 ? [] : [`${label}: no documented operation`];
    }
    const operation = this.document.paths[route.template][method] as Json;
    const responses: Json = operation.responses ?? {};
    const statusKey = [String(response.status), `${String(response.status)[0]}XX`, 'default'].find((key) => key in responses);
    const documented = statusKey ? responses[statusKey] : undefined;
    if (!statusKey || !documented) {
      return [`${label}: status ${response.status} is not documented for ${method.toUpperCase()} ${route.template} (documented: ${Object.keys(operation.responses ?? {}).join(', ')})`];
    }
    const isJson = /^application\/([\w.+-]+\+)?json\b/i.test(response.contentType ?? '');
    if (!isJson || !documented.content || response.body.length === 0) return [];
    const mediaType = Object.keys(documented.content).find((type) => /json/i.test(type));
    if (!mediaType) return [`${label}: answered JSON where the document lists ${Object.keys(documented.content).join(', ')}`];
    if (!documented.content[mediaType].schema) return [];
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      return [`${label}: the body is not the JSON its content type says`];
    }
    const validate = this.validator(route.template, method, statusKey, mediaType);
    if (validate(body)) return [];
    return (validate.errors ?? []).slice(0, 10).map((e) => `${label}: body${e.instancePath} ${e.message} (${JSON.stringify(e.params)}; schema ${e.schemaPath})`);
  }

  private validator(template: string, method: string, status: string, mediaType: string): ValidateFunction {
    const pointer = ['paths', template, method, 'responses', status, 'content', mediaType, 'schema'].map(escapePointer).join('/');
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `openapi#/${pointer}` });
      this.validators.set(pointer, validate);
    }
    return validate;
  }
}

function normalise(url: string): string {
  let path = url.split('?')[0];
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape: match the path as sent.
  }
  path = path.replace(/\/{2,}/g, '/');
  return path.length > 1 ? path.replace(/\/$/, '') : path;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
