import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** Go: at least five questions at each difficulty, each with the points a good answer makes. */
export const GO_QUESTIONS: readonly BankQuestion[] = [
  t('go-e-1', 'go', 'easy', 'What are goroutines and channels in Go?', [
    p('goroutine', 'Goroutines are lightweight threads managed by the Go runtime', ['lightweight', 'green thread', 'runtime', 'scheduler', 'cheap', 'go keyword'], 'How is a goroutine different from an OS thread?'),
    p('channel', 'Channels pass values between goroutines and synchronise them', ['channel', 'send', 'receive', 'communicate', 'synchronise', 'synchronize'], 'How do goroutines exchange data?'),
    p('buffered', 'Unbuffered channels block until both sides are ready; buffered ones hold values', ['buffered', 'unbuffered', 'block', 'capacity']),
  ]),
  t('go-m-1', 'go', 'medium', 'How do you handle errors and cancellation in Go services?', [
    p('errors-values', 'Errors are values returned and checked explicitly', ['error value', 'if err', 'err != nil', 'return error', 'explicit'], 'How does Go report a failure from a function?'),
    p('wrapping', 'Wrap errors with context and inspect with errors.Is / errors.As', ['wrap', 'errors.is', 'errors.as', 'fmt.errorf'], 'How do you add context to an error and inspect it later?'),
    p('context', 'context.Context carries deadlines and cancellation through calls', ['context', 'ctx', 'deadline', 'timeout', 'cancel', 'withcancel'], 'How do you stop work when the client goes away?'),
    p('panic', 'panic/recover only for truly exceptional cases', ['panic', 'recover']),
  ]),
  t('go-h-1', 'go', 'hard', 'How does the Go scheduler work, and how would you find and fix a goroutine leak?', [
    p('gmp', 'M:N scheduling with Gs, Ms and Ps; work stealing', ['m:n', 'gmp', 'processor', 'work stealing', 'gomaxprocs', 'os thread'], 'How are goroutines mapped onto OS threads?'),
    p('leak-cause', 'Leaks come from goroutines blocked forever on channels or locks', ['blocked forever', 'never returns', 'blocked', 'stuck', 'never closed', 'leak'], 'What usually causes a goroutine leak?'),
    p('detect', 'Detect with pprof goroutine profiles or runtime.NumGoroutine', ['pprof', 'profile', 'numgoroutine', 'goleak', 'stack dump'], 'How would you find one in production?'),
    p('fix', 'Fix with context cancellation, closing channels, select with done', ['context', 'cancel', 'close the channel', 'select', 'done channel', 'timeout']),
  ]),
  t('go-e-2', 'go', 'easy', 'What is the difference between an array and a slice in Go?', [
    p('fixed', 'An array has a fixed length that is part of its type', ['fixed length', 'fixed size', 'part of the type'], 'Can an array grow?'),
    p('slice', 'A slice is a view over an array: pointer, length and capacity', ['pointer', 'length', 'capacity', 'header'], 'What is inside a slice value?'),
    p('append', 'append grows the slice, reallocating when capacity runs out', ['append', 'realloc', 'grow', 'new array']),
    p('aliasing', 'Slices of the same array share memory, so changes can show through', ['alias', 'same underlying array']),
  ]),
  t('go-e-3', 'go', 'easy', 'How do interfaces work in Go, and what does implicit implementation mean?', [
    p('implicit', 'A type implements an interface just by having its methods; no implements keyword', ['implicit', 'no implements', 'just by having', 'method set'], 'How does a type declare that it implements an interface?'),
    p('small', 'Go favours small interfaces such as io.Reader', ['small interface', 'io.reader', 'single method', 'reader']),
    p('consumer', 'Interfaces are defined where they are used, by the consumer', ['consumer', 'where they are used', 'accept interfaces']),
    p('nil', 'An interface holding a nil pointer is itself not nil', ['nil', 'not nil', 'typed nil']),
  ]),
  t('go-e-4', 'go', 'easy', 'What does defer do in Go, and what are typical uses?', [
    p('timing', 'defer runs a call when the surrounding function returns', ['when the function returns', 'on return', 'at the end', 'returns'], 'When does a deferred call run?'),
    p('order', 'Deferred calls run in last-in, first-out order', ['lifo', 'reverse order', 'stack']),
    p('uses', 'Used to close files, unlock mutexes and recover from panics', ['unlock', 'recover', 'cleanup']),
    p('args', 'Arguments are evaluated when defer is executed, not when it runs', ['evaluated immediately', 'arguments', 'loop']),
  ]),
  t('go-e-5', 'go', 'easy', 'What is the difference between a value receiver and a pointer receiver on a Go method?', [
    p('copy', 'A value receiver works on a copy, so changes are not seen by the caller', ['not seen', 'value receiver'], 'What happens if a value-receiver method changes a field?'),
    p('pointer', 'A pointer receiver can modify the original and avoids copying large structs', ['pointer receiver', 'modify', 'original', 'large struct', 'avoid copy']),
    p('consistency', 'Keep receivers consistent; the method set affects which types satisfy an interface', ['consistent', 'method set', 'interface']),
  ]),
  t('go-e-6', 'go', 'easy', 'How are Go projects organised with modules and packages?', [
    p('module', 'A module is a versioned set of packages declared in go.mod', ['go.mod', 'module', 'versioned', 'go mod'], 'What file defines a module?'),
    p('package', 'A package is a directory of files compiled together', ['package', 'directory', 'folder']),
    p('exported', 'Capitalised names are exported, lower-case ones stay private to the package', ['capital', 'exported', 'uppercase', 'lower case', 'private'], 'How do you make a function visible outside its package?'),
    p('internal', 'internal/ directories restrict imports to the parent tree', ['internal', 'restrict']),
  ]),
  t('go-m-2', 'go', 'medium', 'How do you protect shared state in Go: mutexes or channels, and how do you find data races?', [
    p('mutex', 'sync.Mutex or RWMutex guards shared memory', ['mutex', 'rwmutex', 'lock', 'sync'], 'When would you pick a mutex?'),
    p('channels', 'Channels transfer ownership of data between goroutines', ['channel', 'ownership', 'communicate', 'share memory by communicating']),
    p('race-detector', 'The race detector (go test -race) finds data races', ['race detector', '-race', 'data race', 'go test -race'], 'How do you find a data race?'),
    p('atomic', 'sync/atomic for simple counters', ['atomic', 'counter']),
  ]),
  t('go-m-3', 'go', 'medium', 'How would you build a worker pool in Go that processes jobs with bounded concurrency?', [
    p('workers', 'Start a fixed number of goroutines reading from a jobs channel', ['fixed number', 'worker', 'jobs channel', 'goroutines'], 'How do you bound the concurrency?'),
    p('waitgroup', 'A WaitGroup waits for all workers to finish', ['waitgroup', 'wg.done']),
    p('close', 'Closing the jobs channel tells workers to stop', ['close', 'range over', 'stop']),
    p('errors', 'Collect results and errors, and cancel with context (errgroup)', ['errgroup', 'context', 'cancel', 'results channel'], 'How do you stop all workers when one fails?'),
  ]),
  t('go-m-4', 'go', 'medium', 'How do you write and organise tests in Go, including table-driven tests and benchmarks?', [
    p('testing', 'Tests sit in files ending in _test, use the testing package and run with go test', ['_test.go', 'testing package', 'go test', 'testing.t'], 'Where do Go tests live?'),
    p('table', 'Table-driven tests loop over cases with t.Run subtests', ['table driven', 't.run', 'subtest', 'cases'], 'What is a table-driven test?'),
    p('bench', 'Benchmarks use testing.B and b.N', ['benchmark', 'testing.b', 'b.n']),
    p('fakes', 'Interfaces make dependencies easy to fake; httptest for HTTP', ['interface', 'fake', 'httptest', 'mock']),
  ]),
  t('go-m-5', 'go', 'medium', 'What does the select statement do in Go, and how do you implement a timeout with it?', [
    p('select', 'select waits on several channel operations and runs the first ready one', ['several channel', 'first ready', 'waits on', 'multiple channels'], 'What does select wait for?'),
    p('timeout', 'A case on time.After or ctx.Done gives a timeout', ['time.after', 'ctx.done', 'timeout', 'timer'], 'How would you give up after two seconds?'),
    p('default', 'A default case makes it non-blocking', ['default', 'non blocking']),
    p('random', 'When several are ready one is chosen at random', ['random', 'pseudo random', 'fair']),
  ]),
  t('go-m-6', 'go', 'medium', 'How do generics work in Go, and when are they worth using?', [
    p('type-params', 'Functions and types take type parameters in square brackets', ['type parameter', 'square brackets', 'generic function'], 'How do you declare a generic function?'),
    p('constraints', 'Constraints are interfaces, including type sets like ~int | ~float64', ['constraint', 'type set', 'comparable', 'tilde'], 'How do you restrict which types are allowed?'),
    p('when', 'Worth it for containers and algorithms over many types; interfaces remain better for behaviour', ['container', 'algorithm', 'behaviour', 'behavior', 'interface']),
  ]),
  t('go-h-2', 'go', 'hard', 'How does Go\'s garbage collector work, and how would you reduce GC pressure in a hot service?', [
    p('concurrent', 'It is a concurrent tri-colour mark-and-sweep collector with short pauses', ['concurrent', 'tricolor', 'tri colour', 'mark and sweep', 'short pause'], 'What kind of collector does Go use?'),
    p('gogc', 'GOGC and GOMEMLIMIT trade memory for CPU', ['gogc', 'gomemlimit', 'memory limit', 'heap target']),
    p('escape', 'Escape analysis decides stack or heap; fewer heap allocations mean less GC work', ['escape analysis', 'heap allocation', 'stack', 'allocat'], 'How do you know whether a value is heap-allocated?'),
    p('reuse', 'Reuse buffers with sync.Pool and preallocate slices', ['sync.pool', 'preallocate', 'buffer']),
  ]),
  t('go-h-3', 'go', 'hard', 'How would you design graceful shutdown for a Go HTTP service running in Kubernetes?', [
    p('signal', 'Catch SIGTERM with signal.NotifyContext', ['sigterm', 'signal', 'notifycontext', 'os/signal'], 'What tells the process it should stop?'),
    p('shutdown', 'http.Server.Shutdown stops accepting and waits for in-flight requests', ['shutdown', 'in flight', 'stop accepting', 'drain'], 'How do you let running requests finish?'),
    p('readiness', 'Fail readiness first so the load balancer stops sending traffic', ['readiness', 'load balancer', 'stop sending traffic', 'endpoints']),
    p('deadline', 'Bound it with a timeout below the termination grace period', ['grace period', 'deadline', 'timeout', 'terminationgraceperiodseconds']),
  ]),
  t('go-h-4', 'go', 'hard', 'How are Go interfaces represented at runtime, and what does that cost?', [
    p('pair', 'An interface value is a pair: a type/itab pointer and a data pointer', ['itab', 'type pointer', 'data pointer', 'two words', 'pair'], 'What does an interface value hold?'),
    p('dispatch', 'Method calls go through the itab, an indirect call that blocks inlining', ['indirect', 'dynamic dispatch', 'inlining', 'itab']),
    p('allocation', 'Storing a non-pointer value in an interface may allocate', ['allocat', 'escape', 'boxing', 'heap']),
    p('nil', 'An interface is nil only if both parts are nil', ['nil', 'typed nil'], 'Why can returning a nil *MyError as error be non-nil?'),
  ]),
  t('go-h-5', 'go', 'hard', 'How would you profile and optimise a CPU-bound Go program?', [
    p('pprof', 'Collect CPU profiles with pprof and read flame graphs', ['pprof', 'cpu profile', 'flame graph', 'profile'], 'Which tool shows where CPU time goes?'),
    p('bench', 'Write benchmarks and compare runs with benchstat', ['benchmark', 'benchstat', 'b.n', 'compare']),
    p('allocs', 'Reduce allocations (benchmem), avoid conversions and reflection in hot paths', ['allocation', 'benchmem', 'reflection', 'hot path', 'conversion']),
    p('parallel', 'Parallelise across cores where the work splits', ['parallel', 'cores', 'goroutines', 'gomaxprocs']),
  ]),
  t('go-h-6', 'go', 'hard', 'What are the rules of context.Context in Go, and what mistakes do you see with it?', [
    p('first-arg', 'Pass ctx as the first argument down the call chain, never store it in a struct', ['first argument', 'call chain', 'not in a struct', 'never store'], 'Where should a context travel?'),
    p('cancel', 'Always call the cancel function returned by WithCancel or WithTimeout', ['cancel function', 'defer cancel', 'withtimeout', 'withcancel', 'leak'], 'What leaks if you forget cancel()?'),
    p('values', 'Context values are for request-scoped data only, with typed keys', ['request scoped', 'withvalue', 'typed key', 'values']),
    p('check', 'Long-running work regularly checks whether the context is done or cancelled', ['context is done', 'ctx.done', 'ctx.err', 'cancelled', 'canceled']),
  ]),
];
