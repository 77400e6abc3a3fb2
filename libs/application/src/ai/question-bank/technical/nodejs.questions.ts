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
];
