import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** JavaScript: at least five questions at each difficulty, each with the points a good answer makes. */
export const JAVASCRIPT_QUESTIONS: readonly BankQuestion[] = [
  t('js-e-1', 'javascript', 'easy', 'What is the difference between let, const and var in JavaScript?', [
    p('scope', 'var is function-scoped, let and const are block-scoped', ['block scope', 'block scoped', 'block-scoped', 'function scope', 'function scoped'], 'How does the scope of var differ from let?'),
    p('reassign', 'const cannot be reassigned but the object it refers to can still change', ['reassign', 'reassigned', 'constant reference', 'mutate', 'mutable'], 'Can you change an object declared with const?'),
    p('hoisting', 'var is hoisted and initialised to undefined; let/const sit in the temporal dead zone', ['hoist', 'hoisting', 'temporal dead zone', 'tdz', 'undefined']),
  ]),
  t('js-m-1', 'javascript', 'medium', 'Explain the JavaScript event loop: how do callbacks, promises and timers get scheduled?', [
    p('single-thread', 'JavaScript runs on a single thread with a call stack', ['single thread', 'single-threaded', 'call stack', 'one thread'], 'How many threads run your JavaScript code?'),
    p('queues', 'Tasks (macrotasks) and microtasks wait in separate queues', ['queue', 'task queue', 'callback queue', 'macrotask'], 'Where do callbacks wait before they run?'),
    p('microtasks', 'Promise callbacks are microtasks and run before the next task', ['microtask', 'micro task', 'promise', 'then', 'before settimeout'], 'Does a resolved promise callback run before or after a setTimeout(0)?'),
    p('non-blocking', 'Long synchronous work blocks the loop; I/O is asynchronous', ['block', 'blocking', 'non-blocking', 'asynchronous', 'async']),
  ]),
  t('js-h-1', 'javascript', 'hard', 'How do closures work in JavaScript, and how can they cause memory leaks?', [
    p('definition', 'A function keeps access to the variables of the scope it was created in', ['lexical scope', 'lexical environment', 'outer scope', 'enclosing scope', 'captures', 'remember'], 'What does a closure capture?'),
    p('use', 'Used for private state, factories and callbacks', ['private', 'encapsulation', 'factory', 'module pattern', 'callback', 'counter']),
    p('leak', 'Captured variables stay alive as long as the closure is reachable', ['garbage collect', 'garbage collection', 'reachable', 'reference', 'retain', 'leak'], 'Why might memory not be freed when a closure is involved?'),
    p('fix', 'Remove listeners, clear timers, avoid capturing large objects', ['removeeventlistener', 'remove listener', 'clear', 'cleartimeout', 'clearinterval', 'weakmap', 'null out']),
  ]),
];
