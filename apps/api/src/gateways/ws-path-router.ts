/** Matches WebSocket request paths against patterns such as `/ws/session/:id` (a trailing slash is optional). */
export interface WsRouteMatch<T> {
  readonly value: T;
  readonly params: Readonly<Record<string, string>>;
}

interface CompiledRoute<T> {
  readonly pattern: string;
  readonly segments: readonly string[];
  readonly value: T;
}

export class WsPathRouter<T> {
  private readonly routes: CompiledRoute<T>[] = [];

  add(pattern: string, value: T): this {
    const segments = split(pattern);
    if (!segments) throw new Error(`Invalid WebSocket route pattern: ${pattern}`);
    if (this.routes.some((route) => route.segments.join('/') === segments.join('/'))) {
      throw new Error(`Duplicate WebSocket route: ${pattern}`);
    }
    this.routes.push({ pattern, segments, value });
    return this;
  }

  /** `path` is the request path without its query string. Null when no route matches. */
  match(path: string): WsRouteMatch<T> | null {
    const segments = split(path);
    if (!segments) return null;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (params) return { value: route.value, params };
    }
    return null;
  }

  get patterns(): string[] {
    return this.routes.map((route) => route.pattern);
  }
}

/** `/a/b/` → `['a','b']`; null for an empty segment in the middle (`/a//b`), which names nothing. */
function split(path: string): string[] | null {
  if (!path.startsWith('/')) return null;
  const segments = path.slice(1).replace(/\/$/, '').split('/');
  return segments.some((segment) => segment === '') ? null : segments;
}

function matchSegments(pattern: readonly string[], actual: readonly string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i].startsWith(':')) {
      const value = decode(actual[i]);
      if (value === null) return null;
      params[pattern[i].slice(1)] = value;
    } else if (pattern[i] !== actual[i]) {
      return null;
    }
  }
  return params;
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
