import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import multipart from '@fastify/multipart';
import { AppModule } from './composition/app.module';
import { AppConfig } from '@candor/infrastructure/config/app-config';
import { prepareDataDir } from '@candor/infrastructure/config/data-dir';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { createValidationPipe } from './http/validation.pipe';
import { sendError } from './http/send-error';
import { WithPublicUrl } from './http/public-url';
import { asBodyError, badJsonBody, illFormedString, jsonBodyLimitFor, jsonBodyTooLarge, jsonShapeProblem } from './http/json-body-guard';
import { registerRateLimits } from './http/rate-limit/rate-limit.hook';
import { MemoryRateLimitStore, RateLimitStore } from './http/rate-limit/rate-limit-store';
import { RedisRateLimitStore } from './http/rate-limit/redis-rate-limit-store';
import { buildOpenApiDocument } from './http/openapi/openapi-document';

const BODY_LIMIT_BYTES = 10 * 1024 * 1024;
const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Builds the whole API (used by main.ts, the end-to-end tests and the benchmarks). */
export async function createApp(config: AppConfig, logger = new JsonLogger(config.logLevel)): Promise<NestFastifyApplication> {
  prepareDataDir(config.dataDir);
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true, maxParamLength: 500 },
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    logger: false,
    // Router-level refusals (a malformed URL, a path parameter over maxParamLength) in the surface's body too.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => sendError(request, reply, error, logger),
  });
  // Nest installs the one Fastify error handler: errors Fastify raises before a route runs reach the global
  // SurfaceExceptionFilter through it (a second handler here would override Nest's and print FSTWRN004).
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, logger), adapter, {
    logger,
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.decorateRequest('publicUrl', '');
  // The hooks every request runs take Fastify's callback: an async hook costs promises, each one tracked for the
  // request context's AsyncLocalStorage.
  fastify.addHook('onRequest', (request, _reply, done) => {
    (request as WithPublicUrl).publicUrl = config.publicUrl;
    // A JSON body announced past its limit is refused before a byte of it is read.
    const type = request.headers['content-type'];
    const length = Number(request.headers['content-length']);
    if (typeof type === 'string' && /^\s*application\/json/i.test(type) && length > jsonBodyLimitFor(request.url)) {
      return done(jsonBodyTooLarge(jsonBodyLimitFor(request.url)));
    }
    done();
  });
  await fastify.register(multipart as never, { limits: { fileSize: 500 * 1024 * 1024, files: 50 } });
  // LiveKit webhooks are signed over the exact bytes sent: keep that body as text for the signature check.
  fastify.addContentTypeParser('application/webhook+json', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  // Audit exports to verify arrive as NDJSON: the body stays a stream, read line by line, never held whole.
  fastify.addContentTypeParser('application/x-ndjson', (_request, payload, done) => done(null, payload));

  const rateLimitStore: RateLimitStore = config.redisUrl ? new RedisRateLimitStore(config.redisUrl) : new MemoryRateLimitStore();
  registerRateLimits(fastify, rateLimitStore, config.rateLimitScale, config.rateLimitGeneralPerMinute, (request, reply, error) =>
    sendError(request, reply, error, logger),
  );
  // Graceful shutdown: a keep-alive connection busy when closing starts would otherwise stay open until
  // keepAliveTimeout (72 s) after its response, holding up the exit; answers sent while closing end it.
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    reply.header('X-Request-Id', String(request.id));
    reply.header('X-Content-Type-Options', 'nosniff');
    // An answer to a credentialed request is that caller's: no shared or browser cache may keep it.
    if (request.headers.authorization || /[?&]token=/.test(request.url)) reply.header('Cache-Control', 'no-store');
    if (closing) reply.header('Connection', 'close');
    done(null, payload);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    logger.entry(reply.statusCode >= 500 ? 'error' : 'info', 'request', {
      requestId: request.id,
      method: request.method,
      url: request.url.split('?')[0],
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
      userId: (request as { user?: { id?: string } }).user?.id,
    });
    done();
  });
  fastify.addHook('onClose', async () => rateLimitStore.close());
  // A multipart body without its boundary cannot be read: without this, routes that do not read multipart
  // saw an empty body (an all-optional create then created with defaults) and routes that do answered 500.
  fastify.addHook('onRequest', (request, _reply, done) => {
    const type = request.headers['content-type'];
    if (typeof type === 'string' && /^\s*multipart\//i.test(type) && !/;\s*boundary=/i.test(type)) {
      return done(Object.assign(new Error('Malformed multipart body: the content type names no boundary'), { statusCode: 400 }));
    }
    done();
  });

  app.useGlobalPipes(createValidationPipe());
  // CORS: the API's own origin (PUBLIC_URL) and those listed in CORS_ORIGINS; any other origin gets no CORS headers.
  const allowedOrigins = new Set([new URL(config.publicUrl).origin, ...config.corsOrigins]);
  app.enableCors({ origin: (origin: string | undefined, done: (error: Error | null, allow: boolean) => void) => done(null, !!origin && allowedOrigins.has(origin)) });

  // Built on the first request for it (/openapi.json, /docs), not at every start: scanning every route's metadata
  // is a good part of a start's work.
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app, config) as OpenAPIObject, {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
  });
  await app.init();
  // JSON bodies (after init, which registers Nest's parser): Fastify's own (prototype-poisoning checks included), plus size, nesting and key limits and
  // well-formed Unicode, so hostile bodies are a 400 instead of a stack overflow or a validator crash.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body);
    // API wrappers send their default JSON content type on body-less actions too: an empty body is "no body".
    if (text.length === 0) return done(null, undefined);
    // Refused before any parsing: a multi-megabyte JSON body costs the event loop for every scan of it.
    const limit = jsonBodyLimitFor(request.url);
    if (text.length > limit) return done(jsonBodyTooLarge(limit), undefined);
    const shapeProblem = jsonShapeProblem(text);
    if (shapeProblem) return done(badJsonBody(shapeProblem), undefined);
    parseJson(request, text, (error: Error | null, parsed?: unknown) => {
      if (error) return done(asBodyError(error, text), undefined);
      const where = illFormedString(parsed);
      if (where) return done(badJsonBody(`Invalid Unicode (a lone surrogate) in ${['body', ...where].join('.')}`), undefined);
      done(null, parsed);
    });
  });
  await fastify.ready();
  return app;
}
