import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** Node.js: at least five questions at each difficulty, each with the points a good answer makes. */
export const NODEJS_QUESTIONS: readonly BankQuestion[] = [
  t('node-e-1', 'nodejs', 'easy', 'What is Node.js, and why is it suited to I/O-heavy servers?', [
    p('runtime', 'A JavaScript runtime built on V8', ['v8', 'runtime', 'javascript on the server', 'server side'], 'What is Node.js built on?'),
    p('non-blocking', 'Non-blocking I/O on an event loop handles many connections on one thread', ['non-blocking', 'event loop', 'asynchronous', 'async', 'single thread', 'many connections'], 'How does it handle many connections at once?'),
    p('cpu', 'CPU-heavy work blocks the loop', ['cpu', 'block the event loop', 'blocking', 'worker thread', 'worker_threads']),
  ]),
  t('node-m-1', 'nodejs', 'medium', 'How do streams work in Node.js, and what is backpressure?', [
    p('kinds', 'Readable, writable, duplex and transform streams', ['readable', 'writable', 'duplex', 'transform'], 'What kinds of stream are there?'),
    p('chunks', 'Data flows in chunks instead of being held whole in memory', ['chunk', 'chunks', 'memory', 'incremental', 'large file'], 'Why not just read the whole file?'),
    p('backpressure', 'Backpressure slows the producer when the consumer is behind (write returns false, drain)', ['backpressure', 'drain', 'highwatermark', 'returns false', 'slow consumer', 'buffer'], 'What happens when the consumer is slower than the producer?'),
    p('pipeline', 'pipe/pipeline handle it and propagate errors', ['pipe', 'pipeline', 'error handling']),
  ]),
  t('node-h-1', 'nodejs', 'hard', 'How would you diagnose a memory leak or event-loop blocking in a production Node.js service?', [
    p('metrics', 'Watch heap usage and event-loop lag', ['heap', 'memory usage', 'event loop lag', 'event-loop lag', 'metrics', 'monitor'], 'What would you measure first?'),
    p('snapshots', 'Compare heap snapshots to find retained objects', ['heap snapshot', 'snapshot', 'retained', 'allocation', 'heapdump'], 'How do you find what is holding memory?'),
    p('profiling', 'CPU profiles or flame graphs find blocking code', ['cpu profile', 'flame graph', 'flamegraph', '--prof', 'clinic', '--inspect', 'profil'], 'How do you find code that blocks the loop?'),
    p('causes', 'Typical causes: unbounded caches, listeners, closures, synchronous work', ['cache', 'listener', 'closure', 'synchronous', 'json.parse', 'unbounded', 'global']),
  ]),
  t('node-e-2', 'nodejs', 'easy', 'What is package.json for, and what is the difference between dependencies and devDependencies?', [
    p('manifest', 'package.json describes the project: name, scripts and dependencies', ['manifest', 'scripts', 'metadata', 'describes the project'], 'What does package.json hold?'),
    p('dev', 'devDependencies are only needed to build and test, not to run in production', ['devdependencies', 'build', 'not in production'], 'Which dependencies does production need?'),
    p('lock', 'The lock file pins exact versions; npm ci installs them reproducibly', ['lock file', 'package-lock', 'npm ci', 'exact version', 'reproducib']),
    p('semver', 'Version ranges follow semver (^ and ~)', ['semver', 'caret', 'tilde', 'range']),
  ]),
  t('node-e-3', 'nodejs', 'easy', 'How do you read environment variables and configuration in a Node.js application?', [
    p('process-env', 'Configuration comes from the environment variables in process.env', ['environment variable', 'process.env', 'env'], 'Where does a Node process find its environment variables?'),
    p('validate', 'Validate and give defaults at startup, failing fast on bad values', ['validate', 'default', 'fail fast', 'startup'], 'What should happen when a required variable is missing?'),
    p('secrets', 'Keep secrets out of the code and repository', ['secret', 'repository', 'dotenv']),
  ]),
  t('node-e-4', 'nodejs', 'easy', 'What is middleware in an Express or Fastify application?', [
    p('chain', 'Middleware are functions that run in order on each request before the handler', ['chain', 'pipeline'], 'When does middleware run?'),
    p('next', 'Each one can change the request or response and call next, or end the response', ['end the response', 'modify']),
    p('uses', 'Used for logging, authentication, parsing and errors', ['logging', 'authentication', 'auth', 'parsing', 'error handling']),
  ]),
  t('node-e-5', 'nodejs', 'easy', 'How should a Node.js application handle errors in asynchronous code?', [
    p('promises', 'Use try/catch around await, or .catch on promises', ['catch', 'await', 'promise'], 'How do you catch an error thrown by an awaited call?'),
    p('unhandled', 'Unhandled rejections crash the process in modern Node', ['unhandled rejection', 'crash', 'unhandledrejection'], 'What happens to a rejected promise nobody handles?'),
    p('central', 'Handle errors centrally in the framework and log them', ['central', 'error handler', 'middleware']),
    p('crash', 'On an unknown error, crash and let the supervisor restart', ['restart', 'supervisor', 'exit', 'pm2', 'orchestrator']),
  ]),
  t('node-e-6', 'nodejs', 'easy', 'What is the difference between process.nextTick, setImmediate and setTimeout in Node.js?', [
    p('nexttick', 'process.nextTick runs before the event loop continues, even before promise callbacks', ['nexttick', 'next tick queue', 'before promises', 'microtask'], 'Which runs first?'),
    p('setimmediate', 'setImmediate runs in the check phase after I/O callbacks', ['check phase', 'setimmediate']),
    p('settimeout', 'setTimeout runs in the timers phase after at least the delay', ['timers phase', 'delay']),
    p('starvation', 'Recursive nextTick can starve I/O', ['starve', 'starvation', 'block i/o']),
  ]),
  t('node-m-2', 'nodejs', 'medium', 'How would you run CPU-heavy work in a Node.js service without blocking requests?', [
    p('blocking', 'CPU work on the main thread blocks the event loop for every request', ['blocks the event loop', 'main thread', 'every request', 'block'], 'What happens to other requests while one request runs a long computation?'),
    p('workers', 'Use worker_threads or a worker pool (piscina)', ['worker_threads', 'worker thread', 'piscina', 'worker pool'], 'Which built-in module runs JavaScript on another thread?'),
    p('offload', 'Or offload to a job queue or a separate service', ['queue', 'job queue', 'separate service', 'bullmq', 'background']),
    p('chunk', 'Or split the work into chunks that yield to the loop', ['chunk', 'setimmediate', 'yield']),
  ]),
  t('node-m-3', 'nodejs', 'medium', 'How does Node.js use multiple CPU cores?', [
    p('single', 'One Node process runs JavaScript on one thread', ['one thread', 'single thread', 'one core'], 'How many threads run your JavaScript in one Node process?'),
    p('cluster', 'The cluster module or several processes behind a balancer use all cores', ['cluster', 'several processes', 'fork', 'pm2', 'load balancer'], 'How do you serve HTTP from every core?'),
    p('libuv', 'libuv\'s thread pool already runs file system, DNS and crypto work in parallel', ['libuv', 'thread pool', 'uv_threadpool_size', 'crypto']),
    p('containers', 'In containers, run one process per container and scale replicas', ['container', 'replica', 'kubernetes', 'scale out']),
  ]),
  t('node-m-4', 'nodejs', 'medium', 'How do you secure a Node.js web API?', [
    p('validation', 'Validate every input against a schema', ['validate', 'schema', 'zod', 'joi'], 'What do you do with request bodies before use?'),
    p('auth', 'Authenticate and authorise every route; hash passwords with bcrypt or argon2', ['bcrypt', 'argon2', 'authoriz', 'authoris', 'jwt']),
    p('headers', 'Set security headers (helmet), rate limit and restrict CORS', ['helmet', 'rate limit', 'cors', 'security headers']),
    p('deps', 'Audit dependencies for known vulnerabilities', ['npm audit', 'dependabot', 'vulnerab', 'snyk']),
  ]),
  t('node-m-5', 'nodejs', 'medium', 'How do you log and trace requests in a Node.js service?', [
    p('structured', 'Structured JSON logs with levels (pino)', ['json', 'structured', 'pino', 'log level'], 'What format should logs have?'),
    p('correlation', 'A request id carried through async calls (AsyncLocalStorage)', ['request id', 'correlation id', 'asynclocalstorage', 'trace id'], 'How do you link every log line of one request?'),
    p('tracing', 'Distributed tracing with OpenTelemetry', ['opentelemetry', 'tracing', 'span', 'jaeger']),
    p('secrets', 'Secrets and personal data are redacted from the logs', ['redact', 'secret', 'personal data', 'mask']),
  ]),
  t('node-m-6', 'nodejs', 'medium', 'How do you keep a Node.js service fast when it talks to a database?', [
    p('pool', 'Use a connection pool sized to the database limits', ['connection pool', 'pool size', 'pool'], 'Why not open a connection per request?'),
    p('parallel', 'Run independent queries in parallel and batch the rest', ['parallel', 'promise.all', 'batch']),
    p('n-plus-one', 'Avoid N+1 queries and select only needed columns', ['n+1', 'n plus one', 'only needed', 'select *']),
    p('timeouts', 'Set query timeouts and cache hot reads', ['timeout', 'cache', 'redis']),
  ]),
  t('node-h-2', 'nodejs', 'hard', 'Explain the phases of the Node.js event loop and where promises fit in.', [
    p('phases', 'timers, pending callbacks, poll, check and close phases', ['timers', 'poll', 'close callbacks', 'phase'], 'Name the main phases.'),
    p('poll', 'The poll phase waits for I/O and runs its callbacks', ['poll', 'i/o callbacks']),
    p('microtasks', 'nextTick and promise microtasks run between each callback', ['microtask', 'nexttick', 'promise'], 'When do promise callbacks run?'),
    p('libuv', 'libuv implements the loop', ['libuv', 'epoll', 'kqueue']),
  ]),
  t('node-h-3', 'nodejs', 'hard', 'How would you implement graceful shutdown and zero-downtime deploys for a Node.js API?', [
    p('signal', 'Handle SIGTERM: stop accepting connections and finish in-flight requests', ['sigterm', 'stop accepting', 'in flight', 'server.close'], 'What does the process do on SIGTERM?'),
    p('keepalive', 'Close idle keep-alive connections and fail health checks first', ['keep alive', 'health check', 'readiness', 'idle']),
    p('resources', 'Close database pools and queues, then exit', ['pool', 'queue', 'exit', 'flush']),
    p('timeout', 'Force exit after a deadline', ['deadline', 'force', 'timeout']),
  ]),
  t('node-h-4', 'nodejs', 'hard', 'How do AsyncLocalStorage and async_hooks work, and what are they used for?', [
    p('context', 'AsyncLocalStorage keeps a context that follows an async call chain', ['context', 'follows', 'async call chain', 'asynclocalstorage'], 'What problem does it solve?'),
    p('hooks', 'async_hooks track the creation and execution of async resources', ['async_hooks', 'async resource', 'init', 'track']),
    p('uses', 'Used for request ids in logs, tracing and transactions', ['request id', 'tracing', 'transaction']),
    p('cost', 'It has a small overhead and can lose context with some callback libraries', ['overhead', 'lose context', 'performance']),
  ]),
  t('node-h-5', 'nodejs', 'hard', 'How do you handle a large file upload in Node.js without running out of memory?', [
    p('stream', 'Stream the body instead of buffering it', ['stream', 'buffer', 'do not buffer', 'pipe'], 'Why not read the whole body into memory?'),
    p('pipeline', 'Use stream.pipeline to handle backpressure and errors', ['pipeline', 'backpressure']),
    p('limits', 'Enforce size limits and validate type early', ['size limit', 'validate', 'content type']),
    p('storage', 'Upload straight to object storage, or with presigned URLs', ['object storage', 's3', 'presigned', 'direct upload']),
  ]),
  t('node-h-6', 'nodejs', 'hard', 'How would you find what blocks the event loop in a Node.js service under load?', [
    p('measure', 'Measure event loop delay with monitorEventLoopDelay or metrics', ['monitoreventloopdelay', 'event loop delay', 'lag', 'metric'], 'How do you know the loop is blocked?'),
    p('profile', 'Profile CPU with --cpu-prof, clinic or 0x flame graphs', ['cpu-prof', 'clinic', '0x', 'flame graph', 'profil'], 'How do you find the code responsible?'),
    p('culprits', 'Typical culprits: sync APIs, big JSON parsing, regex backtracking, crypto', ['readfilesync', 'json.parse', 'regex', 'sync', 'crypto']),
    p('fix', 'Move the work to workers or stream it', ['worker', 'stream', 'offload']),
  ]),
];
