import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** REST APIs: at least five questions at each difficulty, each with the points a good answer makes. */
export const REST_API_QUESTIONS: readonly BankQuestion[] = [
  t('api-e-1', 'rest_api', 'easy', 'What do the main HTTP methods mean in a REST API, and which status codes would you return?', [
    p('methods', 'GET reads, POST creates, PUT/PATCH update, DELETE removes', ['get', 'post', 'put', 'patch', 'delete'], 'What is each HTTP method for?'),
    p('status', '200/201 for success, 400/404 for client errors, 500 for server errors', ['200', '201', '400', '404', '500', 'status code'], 'Which status codes would you use?'),
    p('resources', 'URLs name resources (nouns), not actions', ['resource', 'noun', 'uri', 'url', 'endpoint']),
  ]),
  t('api-m-1', 'rest_api', 'medium', 'What does idempotency mean for an API, and how do you make a POST safe to retry?', [
    p('definition', 'Repeating an idempotent request has the same effect as doing it once', ['same effect', 'same result', 'once', 'repeat', 'multiple times'], 'What does idempotent mean?'),
    p('methods', 'GET, PUT and DELETE are idempotent; POST is not by default', ['put', 'delete', 'get', 'post is not'], 'Which HTTP methods are idempotent?'),
    p('key', 'An idempotency key lets the server deduplicate retried POSTs', ['idempotency key', 'request id', 'dedup', 'unique key', 'client-generated id'], 'How would you make a payment POST safe to retry?'),
    p('storage', 'Store the key with the result and return it on retry', ['store', 'cache the response', 'same response', 'ttl']),
  ]),
  t('api-h-1', 'rest_api', 'hard', 'How would you version, paginate and rate-limit a public API used by thousands of clients?', [
    p('versioning', 'Version in the URL or header; keep old versions with deprecation notices', ['/v1', 'version', 'header', 'deprecat', 'backward compatible', 'backwards compatible'], 'How do you change the API without breaking clients?'),
    p('pagination', 'Cursor pagination is stable under inserts; offset is simple', ['cursor', 'offset', 'limit', 'next page', 'keyset'], 'How would you paginate large lists?'),
    p('rate-limit', 'Token or leaky bucket per client, with 429 and Retry-After', ['token bucket', 'leaky bucket', 'sliding window', '429', 'retry-after', 'quota'], 'How would you protect the API from abusive clients?'),
    p('docs', 'Document with OpenAPI and communicate changes', ['openapi', 'swagger', 'documentation', 'changelog']),
  ]),
  t('api-e-2', 'rest_api', 'easy', 'What is the difference between PUT and PATCH in a REST API?', [
    p('put', 'PUT replaces the whole resource with the representation sent', ['replace', 'whole resource', 'full representation', 'entire'], 'What happens to fields missing from a PUT body?'),
    p('patch', 'PATCH applies a partial update', ['partial', 'only the fields', 'some fields', 'merge patch', 'json patch']),
    p('idempotent', 'PUT is idempotent; PATCH is not necessarily', ['idempotent', 'same result', 'repeat']),
  ]),
  t('api-e-3', 'rest_api', 'easy', 'How should a REST API report errors to its clients?', [
    p('status', 'Use the right status code: 4xx for client errors, 5xx for server errors', ['status code', '4xx', '5xx', '400', '404', '500'], 'Which status codes separate client from server errors?'),
    p('body', 'Return a consistent, machine-readable error body with a code and message', ['consistent', 'error code', 'machine readable', 'problem details', 'message']),
    p('details', 'Say which field failed validation, without leaking internals', ['field', 'validation', 'stack trace', 'leak', 'internal']),
  ]),
  t('api-e-4', 'rest_api', 'easy', 'How do you design resource URLs in a REST API?', [
    p('nouns', 'URLs name resources with plural nouns; the method says the action', ['noun', 'plural', 'resource', 'method says the action'], 'Should a URL contain a verb such as /createUser?'),
    p('hierarchy', 'Nest sub-resources to show ownership, but not too deeply', ['nest', 'sub resource', 'hierarchy', 'ownership']),
    p('query', 'Filters, sorting and pagination go in query parameters', ['query parameter', 'filter', 'sort', 'pagination']),
  ]),
  t('api-e-5', 'rest_api', 'easy', 'What is the difference between authentication and authorisation in an API?', [
    p('authn', 'Authentication establishes who the caller is', ['who', 'identity', 'authentication', 'credentials'], 'What question does authentication answer?'),
    p('authz', 'Authorisation decides what that caller may do', ['permission', 'authorization', 'authorisation', 'access']),
    p('codes', '401 means not authenticated, 403 means not allowed', ['401', '403', 'unauthorized', 'forbidden']),
  ]),
  t('api-e-6', 'rest_api', 'easy', 'What is CORS, and why does a browser block some API calls?', [
    p('same-origin', 'Browsers enforce the same-origin policy on scripts', ['same origin', 'origin', 'browser'], 'What policy makes the browser block the call?'),
    p('headers', 'The server allows other origins with Access-Control-Allow-Origin headers', ['access control allow origin', 'header', 'allow origin']),
    p('preflight', 'Non-simple requests send an OPTIONS preflight first', ['preflight', 'options']),
    p('not-security', 'CORS only protects users in browsers; curl or a script still reaches the API, so the server checks access itself', ['curl', 'browser only', 'server side', 'script']),
  ]),
  t('api-m-2', 'rest_api', 'medium', 'How does HTTP caching work for an API (Cache-Control, ETag), and when would you use it?', [
    p('cache-control', 'Cache-Control says who may cache a response and for how long', ['cache control', 'max age', 'private', 'public', 'no store'], 'Which header controls caching?'),
    p('etag', 'ETags let clients revalidate with If-None-Match and get 304 Not Modified', ['etag', 'if none match', '304', 'not modified', 'revalidat'], 'How can a client check whether its copy is still fresh?'),
    p('when', 'Public data that changes rarely is worth caching, while private data stays out of shared caches', ['changes rarely', 'public data', 'private data', 'shared cache', 'cdn']),
  ]),
  t('api-m-3', 'rest_api', 'medium', 'How would you secure a public API with tokens (OAuth 2.0 or JWT)?', [
    p('oauth', 'OAuth 2.0 issues access tokens with scopes to clients', ['oauth', 'access token', 'scope', 'authorization server'], 'What does OAuth give a client?'),
    p('jwt', 'JWTs are signed and verified by signature and expiry, without a database lookup', ['jwt', 'signature', 'signed', 'expiry', 'exp']),
    p('short-lived', 'Keep access tokens short-lived and refresh them; revocation is hard with JWTs', ['short lived', 'refresh token', 'revoc', 'revoke']),
    p('transport', 'Only over HTTPS, never in URLs', ['https', 'tls', 'not in the url', 'header']),
  ]),
  t('api-m-4', 'rest_api', 'medium', 'How would you design long-running operations in an API, such as a report that takes minutes?', [
    p('async', 'Accept the request with 202 and a job resource to poll', ['202', 'accepted', 'job', 'poll', 'status'], 'What does the first response return?'),
    p('notify', 'Or notify with webhooks or server-sent events when done', ['webhook', 'callback', 'server sent events', 'notify']),
    p('result', 'The job resource links to the result and reports failures', ['link', 'location', 'failure']),
    p('idempotent', 'Make submission idempotent so retries do not start twice', ['idempotent', 'idempotency key', 'twice', 'retry']),
  ]),
  t('api-m-5', 'rest_api', 'medium', 'How do you document and keep an API contract in sync with its implementation?', [
    p('openapi', 'Describe it with OpenAPI', ['openapi', 'swagger', 'specification', 'schema'], 'Which format describes a REST API?'),
    p('generate', 'Generate the spec from code or code from the spec, so they cannot drift', ['generate', 'drift', 'code first', 'design first', 'single source']),
    p('tests', 'Contract tests check responses against the spec in CI', ['contract test', 'validate responses', 'ci', 'pact']),
    p('clients', 'Generate typed clients and examples from it', ['sdk', 'example', 'typed']),
  ]),
  t('api-m-6', 'rest_api', 'medium', 'How do you design webhooks that clients can rely on?', [
    p('signature', 'Sign each payload (HMAC) so receivers can verify it', ['hmac', 'sign', 'signature', 'verify'], 'How does the receiver know a webhook is genuine?'),
    p('retries', 'Retry with backoff until a 2xx, and let clients replay', ['retry', 'backoff', '2xx', 'replay']),
    p('idempotent', 'Include an event id so receivers can deduplicate', ['event id', 'dedup', 'idempotent', 'duplicate']),
    p('order', 'Order is not guaranteed, so payloads carry timestamps or versions', ['timestamp', 'out of order']),
  ]),
  t('api-h-2', 'rest_api', 'hard', 'How would you evolve an API without breaking existing clients?', [
    p('additive', 'Make additive changes only: new optional fields and endpoints', ['additive', 'optional', 'new field', 'backward compatible'], 'Which changes are safe?'),
    p('tolerant', 'Clients must ignore unknown fields (tolerant reader)', ['ignore unknown', 'tolerant reader', 'unknown fields']),
    p('deprecation', 'Deprecate with notice, Sunset headers and usage tracking before removing', ['deprecat', 'sunset', 'notice', 'usage']),
    p('versions', 'Use a new version only for unavoidable breaking changes', ['new version', 'breaking change', 'v2']),
  ]),
  t('api-h-3', 'rest_api', 'hard', 'REST, GraphQL or gRPC: how do you choose for a new API?', [
    p('rest', 'REST suits public resource APIs and HTTP caching', ['rest', 'public', 'caching', 'resource'], 'When is plain REST the right call?'),
    p('graphql', 'GraphQL lets clients choose fields and avoids over-fetching, at the cost of caching and query cost control', ['graphql', 'over fetching', 'choose fields', 'query cost', 'n+1']),
    p('grpc', 'gRPC gives typed, fast service-to-service calls with streaming', ['grpc', 'protobuf', 'service to service', 'streaming', 'binary']),
    p('context', 'Choose by clients, team skills and tooling', ['tooling', 'trade off']),
  ]),
  t('api-h-4', 'rest_api', 'hard', 'How would you protect an API from abuse and overload?', [
    p('rate-limits', 'Rate limit per client with quotas and 429 responses', ['rate limit', 'quota', '429', 'per client'], 'What stops one client from taking all the capacity?'),
    p('validation', 'Bound request sizes, page sizes and query complexity', ['size limit', 'page size', 'complexity', 'bound']),
    p('shedding', 'Shed load and use timeouts and circuit breakers', ['load shedding', 'shed', 'timeout', 'circuit breaker', 'backpressure']),
    p('edge', 'Block abuse at the edge (WAF, bot detection)', ['waf', 'bot', 'edge', 'ddos']),
  ]),
  t('api-h-5', 'rest_api', 'hard', 'How would you design an API for bulk operations, such as importing ten thousand records?', [
    p('batch', 'Accept batches with a size limit instead of one request per record', ['batch', 'size limit', 'one request per record', 'bulk'], 'Why not one request per record?'),
    p('async', 'Process large imports asynchronously as a job', ['asynchronous', 'job', '202', 'background']),
    p('partial', 'Report per-item results and partial failures', ['per item', 'partial failure', 'each record', '207']),
    p('idempotent', 'Make the import resumable and idempotent', ['resum', 'idempotent', 'retry', 'checkpoint']),
  ]),
  t('api-h-6', 'rest_api', 'hard', 'What is HATEOAS, and is hypermedia worth it in practice?', [
    p('definition', 'Responses include links that tell the client what it can do next', ['links', 'hypermedia', 'discover'], 'What does a hypermedia response contain?'),
    p('decoupling', 'Clients follow links instead of building URLs, so servers can change them', ['follow links', 'building urls', 'decoupl', 'change urls']),
    p('practice', 'Few clients use it; documented URLs and OpenAPI are more common', ['rarely', 'openapi', 'few clients', 'pragmatic']),
  ]),
];
