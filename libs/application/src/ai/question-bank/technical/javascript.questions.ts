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
  t('js-e-2', 'javascript', 'easy', 'What is the difference between == and === in JavaScript?', [
    p('coercion', '== converts the operands to a common type before comparing (type coercion)', ['coercion', 'coerce', 'convert', 'conversion'], 'What does == do when the types differ?'),
    p('strict', 'Strict equality compares both value and type, with no conversion', ['strict equality', 'same type', 'no conversion', 'without conversion', 'type and value'], 'What does === check?'),
    p('surprises', 'Coercion gives surprises such as 0 == "" or null == undefined', ['surprise', 'null == undefined', 'falsy', 'unexpected', '0 ==']),
    p('practice', 'Prefer === (linters enforce it), except the null check idiom', ['prefer', 'always use', 'linter', 'eslint', 'eqeqeq']),
  ]),
  t('js-e-3', 'javascript', 'easy', 'What are the primitive types in JavaScript, and how do they differ from objects?', [
    p('primitives', 'string, number, bigint, boolean, undefined, null and symbol are primitives', ['string', 'number', 'boolean', 'undefined', 'symbol', 'bigint'], 'Can you name the primitive types?'),
    p('by-value', 'Primitives are immutable and copied by value', ['by value', 'immutable', 'copied'], 'What happens when you assign a primitive to another variable?'),
    p('by-reference', 'Objects are passed around by reference, so changes are shared', ['reference', 'same object', 'mutate']),
    p('typeof', 'typeof tells them apart, with the quirk that typeof null is "object"', ['typeof', 'typeof null', 'quirk']),
  ]),
  t('js-e-4', 'javascript', 'easy', 'What are the common array methods map, filter and reduce, and how do they differ from forEach?', [
    p('map', 'map returns a new array with each element transformed', ['transform', 'new array'], 'What does map return?'),
    p('filter', 'filter keeps the elements for which the callback returns true', ['filter', 'keeps', 'predicate', 'returns true']),
    p('reduce', 'reduce folds the array into a single value with an accumulator', ['reduce', 'accumulator', 'single value', 'fold'], 'How would you sum an array with reduce?'),
    p('foreach', 'forEach only runs side effects and returns undefined', ['foreach', 'side effect', 'returns undefined', 'no return value']),
  ]),
  t('js-e-5', 'javascript', 'easy', 'How does the value of "this" work in JavaScript functions and arrow functions?', [
    p('call-site', 'In a normal function, this depends on how the function is called', ['how it is called', 'call site', 'caller', 'depends on the call'], 'What decides the value of this in a regular function?'),
    p('arrow', 'Arrow functions take this from the enclosing scope', ['arrow', 'lexical', 'enclosing scope', 'surrounding scope'], 'And inside an arrow function?'),
    p('bind', 'call, apply and bind set this explicitly', ['bind', 'apply']),
    p('lost', 'Passing a method as a callback loses its this', ['lose', 'detached', 'callback', 'undefined']),
  ]),
  t('js-e-6', 'javascript', 'easy', 'What is a Promise in JavaScript, and how does async/await relate to it?', [
    p('states', 'A Promise represents a future value: pending, then fulfilled or rejected', ['pending', 'fulfilled', 'rejected', 'future value', 'eventual'], 'What states can a Promise be in?'),
    p('then', 'then and catch register callbacks for the result or the error', ['then', 'catch', 'chain', 'callback']),
    p('await', 'async functions return promises and await pauses until one settles', ['await', 'async function', 'pauses', 'syntactic sugar'], 'What does await do?'),
    p('errors', 'Errors in async code are handled with try/catch or .catch', ['catch', 'unhandled rejection', 'error handling']),
  ]),
  t('js-m-2', 'javascript', 'medium', 'How does prototypal inheritance work in JavaScript, and how do ES classes relate to it?', [
    p('chain', 'Objects delegate property lookups to their prototype, up the prototype chain', ['prototype chain', 'prototype', 'delegate', 'lookup', '__proto__'], 'Where does JavaScript look when a property is missing on an object?'),
    p('classes', 'ES classes are syntax over constructor functions and prototypes', ['syntactic sugar', 'constructor function', 'class syntax', 'under the hood']),
    p('shared-methods', 'Methods live on the prototype and are shared by all instances', ['all instances', 'one copy', 'memory']),
    p('create', 'A prototype can also be set directly, with Object.create or Object.setPrototypeOf', ['set directly', 'object.create', 'setprototypeof']),
  ]),
  t('js-m-3', 'javascript', 'medium', 'What are debouncing and throttling, and when would you use each?', [
    p('debounce', 'Debounce runs a function only after events stop for a given time', ['debounce', 'stop firing'], 'What does a debounced handler wait for?'),
    p('throttle', 'Throttle runs a function at most once per interval', ['throttle', 'per interval']),
    p('uses', 'Debounce for search input, throttle for scroll or resize handlers', ['search', 'scroll', 'resize', 'autocomplete'], 'Which would you use for a search box?'),
    p('implementation', 'Both are built with timers (setTimeout) and closures', ['settimeout', 'timer', 'cleartimeout', 'closure']),
  ]),
  t('js-m-4', 'javascript', 'medium', 'How do you run several asynchronous operations at once in JavaScript, and how do Promise.all, allSettled and race differ?', [
    p('parallel', 'Start the promises first and await them together instead of one by one', ['together', 'concurrently', 'sequential'], 'Why is awaiting in a loop slower?'),
    p('all', 'Promise.all rejects as soon as one promise rejects', ['promise.all', 'fails fast', 'rejects']),
    p('allsettled', 'Promise.allSettled waits for every result, success or failure', ['allsettled', 'settled'], 'How do you get every result even when some fail?'),
    p('race', 'Promise.race settles with the first one to settle, useful for timeouts', ['race', 'timeout', 'promise.any']),
  ]),
  t('js-m-5', 'javascript', 'medium', 'How do ES modules differ from CommonJS modules?', [
    p('syntax', 'ES modules use import/export, CommonJS uses require and module.exports', ['import', 'export', 'require', 'module.exports'], 'How does each one import a module?'),
    p('static', 'ES imports are static, which enables tree shaking', ['static', 'tree shaking', 'analy', 'compile time'], 'What does static structure allow bundlers to do?'),
    p('loading', 'CommonJS loads synchronously, ES modules can load asynchronously and support top-level await', ['synchronous', 'asynchronous', 'top level await', 'async loading']),
    p('bindings', 'ES exports are live bindings, CommonJS exports a copied value', ['live binding', 'copied', 'snapshot']),
  ]),
  t('js-m-6', 'javascript', 'medium', 'How does the browser turn HTML, CSS and JavaScript into pixels, and what makes a page janky?', [
    p('pipeline', 'Parse into DOM and CSSOM, build the render tree, layout, paint, composite', ['dom', 'cssom', 'render tree', 'layout', 'paint', 'composite'], 'What are the steps of the rendering pipeline?'),
    p('reflow', 'Changing geometry forces layout (reflow), which is expensive', ['reflow', 'layout thrashing', 'forced layout', 'expensive']),
    p('main-thread', 'Long JavaScript tasks block the main thread and drop frames', ['main thread', 'long task', 'drop frames', 'frame', '60'], 'Why does a long script make scrolling stutter?'),
    p('fixes', 'Batch DOM reads and writes, animate transform/opacity, use requestAnimationFrame', ['requestanimationframe', 'batch', 'transform', 'opacity', 'web worker']),
  ]),
  t('js-h-2', 'javascript', 'hard', 'How does garbage collection work in V8, and how do you find a memory leak in a web app?', [
    p('mark-sweep', 'Unreachable objects are found by marking from roots, then swept', ['mark', 'sweep', 'reachable', 'roots'], 'How does the collector know an object is garbage?'),
    p('generational', 'V8 is generational: a fast scavenger for young objects, mark-compact for old', ['generational', 'young generation', 'old generation', 'scavenge', 'nursery']),
    p('leaks', 'Leaks come from forgotten listeners, timers, caches, closures and detached DOM nodes', ['listener', 'detached', 'global', 'cache', 'timer', 'closure'], 'What usually keeps memory alive by mistake?'),
    p('tools', 'Compare heap snapshots in DevTools and look at retainers', ['heap snapshot', 'devtools', 'retainer', 'allocation timeline', 'memory tab'], 'Which tool would you use to find it?'),
  ]),
  t('js-h-3', 'javascript', 'hard', 'How would you implement a Promise from scratch? What are the tricky parts?', [
    p('states', 'Keep a state (pending, fulfilled, rejected) that changes only once', ['only once', 'pending', 'settle once'], 'What must never happen twice?'),
    p('callbacks', 'Queue then-callbacks while pending and run them when it settles', ['queue', 'callbacks', 'handlers'], 'What happens to callbacks registered before it settles?'),
    p('async', 'Callbacks always run asynchronously as microtasks', ['microtask', 'asynchronous', 'queuemicrotask', 'never synchronously']),
    p('chaining', 'then returns a new promise, and returned thenables are adopted (resolution procedure)', ['new promise', 'chaining', 'thenable', 'adopt', 'resolution procedure'], 'What does then return?'),
  ]),
  t('js-h-4', 'javascript', 'hard', 'What are the main web security risks for a JavaScript front end (XSS, CSRF), and how do you defend against them?', [
    p('xss', 'XSS injects script through unescaped user content', ['xss', 'cross site scripting', 'inject', 'script injection'], 'How does XSS happen?'),
    p('escaping', 'Escape output, avoid innerHTML, sanitise HTML and set a Content Security Policy', ['escape', 'sanitize', 'sanitise', 'innerhtml', 'content security policy', 'csp'], 'How do you stop it?'),
    p('csrf', 'CSRF makes a logged-in browser send a forged request; SameSite cookies and tokens prevent it', ['csrf', 'samesite', 'csrf token', 'forged', 'cross site request'], 'What is CSRF and how do you block it?'),
    p('tokens', 'Keep session tokens out of JavaScript reach (HttpOnly cookies)', ['httponly', 'localstorage', 'token', 'cookie']),
  ]),
  t('js-h-5', 'javascript', 'hard', 'How do JavaScript engines optimise code (JIT, hidden classes, inline caches), and what defeats those optimisations?', [
    p('jit', 'Code is interpreted first, then hot functions are compiled by an optimising JIT', ['jit', 'just in time', 'hot', 'turbofan', 'interpreter'], 'What does the engine do with a hot function?'),
    p('hidden-classes', 'Objects with the same shape share hidden classes', ['hidden class', 'shape', 'same properties'], 'Why should objects keep the same shape?'),
    p('inline-caches', 'Inline caches speed up property access at monomorphic call sites', ['inline cache', 'monomorphic', 'polymorphic', 'megamorphic']),
    p('deopt', 'Changing types or shapes causes deoptimisation', ['deopt', 'deoptimization', 'deoptimisation', 'bail out', 'delete']),
  ]),
  t('js-h-6', 'javascript', 'hard', 'How would you structure and ship a large front-end codebase so it stays fast to load?', [
    p('splitting', 'Split code by route and load the rest lazily with dynamic import', ['code splitting', 'lazy', 'dynamic import', 'chunk'], 'How do you avoid shipping the whole app on first load?'),
    p('tree-shaking', 'Tree shaking and minification drop unused code', ['tree shaking', 'minif', 'dead code', 'unused']),
    p('caching', 'Content-hashed file names allow long-term caching', ['hash', 'long term caching', 'cache', 'cdn'], 'How do you let browsers cache bundles safely?'),
    p('budgets', 'Measure bundle size and Web Vitals in CI with budgets', ['budget', 'bundle size', 'web vitals', 'lighthouse']),
  ]),
];
