import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** System design: at least five questions at each difficulty, each with the points a good answer makes. */
export const SYSTEM_DESIGN_QUESTIONS: readonly BankQuestion[] = [
  t('sd-e-1', 'system_design', 'easy', 'What is the difference between vertical and horizontal scaling?', [
    p('vertical', 'Vertical: a bigger machine (more CPU, memory)', ['bigger machine', 'more cpu', 'more memory', 'scale up', 'vertical'], 'What does scaling vertically mean?'),
    p('horizontal', 'Horizontal: more machines behind a load balancer', ['more machines', 'more servers', 'scale out', 'load balancer', 'horizontal'], 'What does scaling horizontally need?'),
    p('tradeoffs', 'Vertical hits hardware limits; horizontal needs stateless design', ['limit', 'ceiling', 'stateless', 'single point of failure', 'complexity', 'trade-off', 'tradeoff']),
  ]),
  t('sd-m-1', 'system_design', 'medium', 'Design a URL shortener: how would you generate keys, store mappings and scale reads?', [
    p('keys', 'Short unique keys from a counter with base62 or random ids with collision checks', ['base62', 'base 62', 'hash', 'counter', 'unique id', 'collision', 'random'], 'How would you generate the short codes?'),
    p('storage', 'A key-value store or database table maps code to URL', ['key-value', 'key value', 'database', 'table', 'nosql', 'dynamodb', 'cassandra'], 'Where would the mappings live?'),
    p('cache', 'Reads dominate: cache hot links (Redis, CDN)', ['cache', 'redis', 'memcached', 'cdn', 'read heavy'], 'Reads far outnumber writes: what would you add?'),
    p('redirect', 'Serve 301/302 redirects; track analytics asynchronously', ['301', '302', 'redirect', 'analytics', 'async', 'queue']),
  ]),
  t('sd-h-1', 'system_design', 'hard', 'Design a chat system for millions of users: delivery, ordering, storage and presence.', [
    p('connections', 'Persistent connections (WebSockets) to gateway servers', ['websocket', 'websockets', 'persistent connection', 'long polling', 'gateway'], 'How do clients receive messages in real time?'),
    p('fanout', 'A message bus or pub/sub routes messages between servers', ['pub/sub', 'pubsub', 'message queue', 'kafka', 'broker', 'fan out', 'fanout'], 'How does a message reach a user connected to another server?'),
    p('ordering', 'Per-conversation ordering with sequence numbers; at-least-once with dedup ids', ['sequence number', 'ordering', 'order', 'idempot', 'dedup', 'at least once', 'acknowledg'], 'How do you keep messages in order and not duplicated?'),
    p('storage', 'Partitioned storage by conversation (wide-column store)', ['partition', 'shard', 'cassandra', 'hbase', 'wide column', 'conversation id'], 'How would you store billions of messages?'),
    p('presence', 'Presence via heartbeats with TTL', ['presence', 'heartbeat', 'online status', 'ttl', 'last seen']),
  ]),
  t('sd-e-2', 'system_design', 'easy', 'What does a load balancer do, and what algorithms can it use?', [
    p('distribute', 'It spreads requests across several servers', ['spread', 'distribute', 'several servers', 'across servers'], 'What problem does a load balancer solve?'),
    p('health', 'It checks server health and stops sending traffic to failed ones', ['health check', 'failed', 'remove', 'unhealthy']),
    p('algorithms', 'Round robin, least connections or hashing', ['round robin', 'least connections', 'hash', 'weighted']),
    p('layers', 'It works at layer 4 (TCP) or layer 7 (HTTP)', ['layer 4', 'layer 7', 'tcp', 'http']),
  ]),
  t('sd-e-3', 'system_design', 'easy', 'What is caching, and where can you cache in a web system?', [
    p('why', 'A cache keeps copies of data close to where it is used to cut latency and load', ['latency', 'load', 'closer'], 'What does a cache save?'),
    p('where', 'Browser, CDN, application memory, a shared cache such as Redis, database caches', ['browser', 'cdn', 'redis', 'memcached', 'in memory']),
    p('invalidation', 'Invalidation and expiry (TTL) are the hard part', ['invalidat', 'ttl', 'expire', 'stale'], 'How do you keep the cache from serving stale data?'),
  ]),
  t('sd-e-4', 'system_design', 'easy', 'What is a CDN, and when does it help?', [
    p('edge', 'A CDN serves content from edge servers close to users', ['edge', 'close to users', 'points of presence', 'nearby'], 'Where does a CDN serve content from?'),
    p('static', 'It suits static assets and cacheable responses', ['static', 'images', 'assets', 'cacheable']),
    p('benefits', 'It lowers latency and offloads the origin, and absorbs attacks', ['latency', 'offload', 'origin', 'ddos']),
  ]),
  t('sd-e-5', 'system_design', 'easy', 'Why do systems use message queues between services?', [
    p('async', 'Work happens asynchronously, so the caller does not wait', ['asynchronous', 'async', 'background'], 'What does the caller gain?'),
    p('buffer', 'The queue absorbs spikes and smooths load', ['spike', 'buffer', 'smooth', 'absorb']),
    p('decouple', 'Producers and consumers are decoupled and scale independently', ['decouple', 'independent', 'scale']),
    p('retry', 'Failed work can be retried', ['retry', 'dead letter', 'durable']),
  ]),
  t('sd-e-6', 'system_design', 'easy', 'What is the difference between latency and throughput, and why do percentiles matter?', [
    p('latency', 'Latency is how long one request takes', ['how long', 'one request', 'response time', 'latency'], 'What does latency measure?'),
    p('throughput', 'Throughput is how many requests are handled per unit of time', ['per second', 'how many', 'throughput']),
    p('percentiles', 'Averages hide slow requests; p95 and p99 show the tail', ['p99', 'p95', 'percentile', 'tail', 'average']),
  ]),
  t('sd-m-2', 'system_design', 'medium', 'Design a rate limiter for an API.', [
    p('algorithm', 'Token bucket or sliding window counters per client', ['token bucket', 'sliding window', 'fixed window', 'leaky bucket'], 'Which algorithm would you use?'),
    p('key', 'Limit per API key, user or IP', ['per user', 'api key', 'ip', 'per client']),
    p('shared', 'Keep counters in a shared store such as Redis with atomic operations', ['redis', 'atomic', 'incr', 'lua']),
    p('response', 'Answer 429 with Retry-After', ['429', 'retry after', 'too many requests']),
  ]),
  t('sd-m-3', 'system_design', 'medium', 'Design a news feed: how would you build each user\'s timeline?', [
    p('fanout-write', 'Fan-out on write pushes posts into followers\' timelines', ['fan out on write', 'push', 'precompute', 'write time'], 'When do you build the timeline: at write or at read?'),
    p('fanout-read', 'Fan-out on read merges followed users\' posts at request time', ['fan out on read', 'pull', 'read time', 'merge']),
    p('celebrities', 'Use a hybrid for accounts with millions of followers', ['celebrit', 'hybrid', 'millions of followers', 'hot user']),
    p('storage', 'Cache timelines and paginate with cursors', ['cache', 'cursor', 'paginat', 'redis']),
  ]),
  t('sd-m-4', 'system_design', 'medium', 'How does consistent hashing work, and why is it used?', [
    p('ring', 'Keys and nodes are hashed onto a ring; a key goes to the next node clockwise', ['ring', 'clockwise', 'next node', 'hash ring'], 'How is a key assigned to a node?'),
    p('minimal-move', 'Adding or removing a node moves only a small share of keys', ['small share', 'few keys', 'minimal', 'remap'], 'What happens when a node joins?'),
    p('vnodes', 'Virtual nodes balance the load', ['virtual node', 'vnode', 'balance']),
    p('uses', 'Used in distributed caches and databases (Dynamo, Cassandra)', ['cache', 'dynamo', 'cassandra', 'partition']),
  ]),
  t('sd-m-5', 'system_design', 'medium', 'What does the CAP theorem say, and how does it show up in real systems?', [
    p('cap', 'During a network partition, a system must choose consistency or availability', ['partition', 'consistency', 'availability', 'choose'], 'What is the choice CAP forces?'),
    p('examples', 'CP systems refuse requests; AP systems answer with possibly stale data', ['cp', 'ap', 'refuse', 'stale', 'eventual consistency']),
    p('pacelc', 'Without partitions the trade-off is latency versus consistency (PACELC)', ['pacelc', 'latency', 'normal operation']),
  ]),
  t('sd-m-6', 'system_design', 'medium', 'Design a notification service that sends email, SMS and push messages.', [
    p('queue', 'Accept requests into a queue and send them with workers per channel', ['queue', 'worker', 'per channel', 'asynchronous'], 'How do you keep the API fast when providers are slow?'),
    p('preferences', 'Respect user preferences, quiet hours and unsubscribes', ['preference', 'opt out', 'unsubscribe', 'quiet hours']),
    p('retries', 'Retry with backoff, deduplicate, and fail over between providers', ['retry', 'backoff', 'dedup', 'idempoten', 'failover']),
    p('templates', 'Templates and rate limits per user', ['template', 'rate limit', 'throttle']),
  ]),
  t('sd-h-2', 'system_design', 'hard', 'Design a distributed job scheduler that runs millions of scheduled tasks reliably.', [
    p('storage', 'Persist jobs with their next run time in a durable, partitioned store', ['durable', 'persist', 'next run time', 'partition'], 'Where do scheduled jobs live?'),
    p('leasing', 'Workers claim due jobs with leases so a crashed worker\'s job is retried', ['lease', 'claim', 'heartbeat', 'crash', 'lock'], 'What happens when a worker dies mid-job?'),
    p('at-least-once', 'Delivery is at least once, so tasks must be idempotent', ['at least once', 'idempotent', 'exactly once', 'duplicate']),
    p('scale', 'Shard the schedule by time buckets or hash', ['shard', 'time bucket', 'hash', 'scale']),
  ]),
  t('sd-h-3', 'system_design', 'hard', 'Design a search autocomplete system that answers in under 100 ms.', [
    p('trie', 'Serve prefixes from a trie or prefix index with precomputed top suggestions', ['trie', 'prefix', 'top suggestions', 'precomputed'], 'Which data structure serves prefixes quickly?'),
    p('ranking', 'Rank by popularity from query logs, updated by an offline pipeline', ['popularity', 'query logs', 'offline', 'batch', 'frequency']),
    p('latency', 'Cache hot prefixes close to users and debounce on the client', ['cache', 'debounce', 'edge']),
    p('scale', 'Shard by prefix and replicate', ['shard', 'replicat', 'by prefix']),
  ]),
  t('sd-h-4', 'system_design', 'hard', 'How do you keep data consistent across microservices without distributed transactions?', [
    p('saga', 'Use sagas: a chain of local transactions with compensating actions', ['saga', 'compensat', 'local transaction'], 'How do you undo step one when step three fails?'),
    p('outbox', 'The transactional outbox publishes events reliably with the state change', ['outbox', 'transactional outbox', 'publish reliably', 'change data capture']),
    p('idempotency', 'Consumers are idempotent because messages can repeat', ['idempotent', 'duplicate', 'dedup']),
    p('eventual', 'Accept eventual consistency and design the user experience for it', ['eventual consistency', 'eventually consistent', 'pending state']),
  ]),
  t('sd-h-5', 'system_design', 'hard', 'Design a video streaming platform: upload, processing and playback at scale.', [
    p('upload', 'Upload to object storage, then transcode asynchronously into several bitrates', ['transcode', 'object storage', 'bitrate', 'asynchronous'], 'What happens after a video is uploaded?'),
    p('abr', 'Adaptive bitrate streaming (HLS, DASH) in small segments', ['adaptive bitrate', 'hls', 'dash', 'segment']),
    p('cdn', 'Serve segments from a CDN close to viewers', ['cdn', 'edge', 'cache']),
    p('metadata', 'Keep metadata, views and recommendations in separate services', ['metadata', 'view count', 'recommendation', 'separate service']),
  ]),
  t('sd-h-6', 'system_design', 'hard', 'Design a payment system that never charges a customer twice.', [
    p('idempotency', 'Every payment request carries an idempotency key', ['idempotency key', 'idempotent', 'dedup'], 'How do you make a retried request safe?'),
    p('states', 'Model the payment as a state machine with durable transitions', ['state machine', 'pending', 'authorized', 'captured', 'durable']),
    p('ledger', 'Record money movements in an append-only double-entry ledger', ['ledger', 'double entry', 'append only', 'audit']),
    p('reconcile', 'Reconcile with the provider and handle timeouts by querying status', ['reconcil', 'timeout', 'query status', 'webhook']),
  ]),
];
