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
];
