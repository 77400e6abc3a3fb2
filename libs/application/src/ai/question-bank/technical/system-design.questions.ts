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
];
