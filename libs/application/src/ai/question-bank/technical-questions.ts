import { BankQuestion, Difficulty, RubricPoint } from '../../ports/question-bank.types';

/** Technical questions: every skill of the taxonomy at every difficulty, each with its expected points. */
const p = (id: string, text: string, keywords: string[], probe?: string): RubricPoint => ({ id, text, keywords, probe });
const t = (id: string, skill: string, difficulty: Difficulty, text: string, points: RubricPoint[]): BankQuestion => ({
  id,
  skill,
  difficulty,
  phase: 'technical',
  text,
  points,
});

export const TECHNICAL_QUESTIONS: readonly BankQuestion[] = [
  // ---- Python
  t('py-e-1', 'python', 'easy', 'What is the difference between a list and a tuple in Python, and when would you use each?', [
    p('mutability', 'Lists are mutable, tuples are immutable', ['mutable', 'immutable', 'cannot be changed', 'can be modified', 'cannot modify'], 'Which of the two can be changed after it is created?'),
    p('hashable', 'Tuples are hashable and can be dictionary keys or set members', ['hashable', 'hash', 'dictionary key', 'dict key', 'set member'], 'Could you use either of them as a dictionary key? Why?'),
    p('usage', 'Tuples for fixed records, lists for collections that grow', ['fixed', 'record', 'append', 'grow', 'heterogeneous', 'homogeneous', 'coordinates']),
    p('performance', 'Tuples are slightly smaller and faster to create', ['memory', 'faster', 'smaller', 'performance', 'overhead']),
  ]),
  t('py-m-1', 'python', 'medium', 'How does a Python dictionary work internally, and what is the average cost of a lookup?', [
    p('hash-table', 'It is a hash table keyed by the hash of the key', ['hash table', 'hashtable', 'hash map', 'hashing', '__hash__'], 'What data structure sits underneath a dict?'),
    p('complexity', 'Average O(1) lookup, insertion and deletion', ['o(1)', 'constant time', 'constant'], 'What is the time complexity of a lookup?'),
    p('collisions', 'Collisions are resolved by open addressing (probing)', ['collision', 'collide', 'open addressing', 'probing', 'probe'], 'What happens when two keys land in the same slot?'),
    p('resize', 'The table resizes when it gets too full (load factor)', ['resize', 'resizing', 'load factor', 'grow', 'rehash', 'two thirds']),
    p('ordering', 'Insertion order is preserved since Python 3.7', ['insertion order', 'ordered', 'order preserved', '3.7']),
  ]),
  t('py-h-1', 'python', 'hard', 'Explain the Global Interpreter Lock: what it protects, and how you get real parallelism in CPython.', [
    p('what', 'A mutex that lets only one thread execute Python bytecode at a time', ['mutex', 'lock', 'one thread', 'single thread', 'bytecode'], 'What exactly does the GIL allow and forbid?'),
    p('why', 'It protects reference counting and interpreter state', ['reference counting', 'refcount', 'memory management', 'thread safety', 'thread-safe'], 'Why does CPython need it at all?'),
    p('io-bound', 'Threads still help for I/O-bound work because the GIL is released while waiting', ['i/o', 'io bound', 'io-bound', 'released', 'network', 'blocking call']),
    p('parallelism', 'Use multiprocessing, native extensions or subinterpreters for CPU-bound parallelism', ['multiprocessing', 'process pool', 'processes', 'c extension', 'numpy', 'subinterpreter', 'concurrent.futures'], 'How would you speed up CPU-bound work across cores?'),
  ]),
  // ---- JavaScript
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
  // ---- TypeScript
  t('ts-e-1', 'typescript', 'easy', 'What does TypeScript add to JavaScript, and what is the difference between an interface and a type alias?', [
    p('static-types', 'Static type checking at compile time; types are erased at runtime', ['static typing', 'static types', 'compile time', 'type checking', 'erased', 'type safety'], 'When are TypeScript types checked?'),
    p('interface', 'Interfaces describe object shapes and can be extended or merged', ['extend', 'extends', 'declaration merging', 'merge', 'object shape', 'contract']),
    p('alias', 'Type aliases can name unions, intersections and primitives', ['union', 'intersection', 'alias', 'primitive', 'tuple'], 'What can a type alias express that an interface cannot?'),
  ]),
  t('ts-m-1', 'typescript', 'medium', 'How do generics and type narrowing work in TypeScript? Give an example of each.', [
    p('generics', 'Generics parameterise types so a function works for many types while keeping them linked', ['generic', 'type parameter', 'reusable', 'parameterise', 'parameterize'], 'What problem do generics solve?'),
    p('constraints', 'Constraints restrict a type parameter (extends)', ['constraint', 'extends', 'keyof', 'bounded']),
    p('narrowing', 'Narrowing refines a union with typeof, instanceof, in or discriminants', ['typeof', 'instanceof', 'discriminated union', 'discriminant', 'type guard', 'narrow', 'in operator'], 'How does the compiler learn which member of a union you have?'),
  ]),
  t('ts-h-1', 'typescript', 'hard', 'Explain conditional and mapped types in TypeScript, and how you would type a deep readonly object.', [
    p('conditional', 'Conditional types choose a type with T extends U ? X : Y, distributing over unions', ['conditional type', 'extends ?', 'ternary', 'distributive', 'infer'], 'How does a conditional type decide?'),
    p('mapped', 'Mapped types transform each property: { [K in keyof T]: ... }', ['mapped type', 'keyof', 'in keyof', 'each property', 'partial', 'readonly'], 'How do you transform every property of a type?'),
    p('recursion', 'Deep readonly recurses into nested objects', ['recursive', 'recursion', 'nested', 'deep'], 'How would you make nested objects readonly too?'),
    p('infer', 'infer extracts a type inside a conditional', ['infer', 'returntype', 'extract']),
  ]),
  // ---- Java
  t('java-e-1', 'java', 'easy', 'What is the difference between == and equals() in Java, and why must hashCode agree with equals?', [
    p('identity', '== compares references (identity) for objects', ['reference', 'identity', 'same object', 'memory address'], 'What does == compare for two objects?'),
    p('equality', 'equals() compares logical value equality', ['value', 'logical equality', 'content', 'override equals'], 'What should equals() compare?'),
    p('hashcode', 'Equal objects must have equal hash codes or hash collections break', ['hashcode', 'hash code', 'hashmap', 'hashset', 'contract'], 'What breaks in a HashMap if hashCode disagrees with equals?'),
  ]),
  t('java-m-1', 'java', 'medium', 'How does garbage collection work in the JVM, and what are generations?', [
    p('reachability', 'Objects unreachable from GC roots are collected', ['reachable', 'unreachable', 'gc roots', 'root', 'reference'], 'How does the collector decide what is garbage?'),
    p('generations', 'Young and old generations; most objects die young', ['young generation', 'old generation', 'eden', 'survivor', 'tenured', 'generational', 'die young'], 'Why split the heap into generations?'),
    p('collectors', 'Collectors such as G1, ZGC or Parallel trade throughput for pause time', ['g1', 'zgc', 'shenandoah', 'parallel', 'cms', 'pause', 'stop the world', 'throughput']),
    p('tuning', 'Heap sizing and GC logs are used to tune', ['xmx', 'heap size', 'gc log', 'tuning', 'profil']),
  ]),
  t('java-h-1', 'java', 'hard', 'Explain the Java memory model: visibility, happens-before, volatile and synchronized.', [
    p('visibility', 'Without synchronisation one thread may not see another thread\'s writes (caches, reordering)', ['visibility', 'visible', 'cache', 'reorder', 'reordering', 'stale'], 'Why might one thread not see another thread\'s write?'),
    p('happens-before', 'Happens-before edges define which writes are guaranteed visible', ['happens-before', 'happens before', 'ordering guarantee', 'memory barrier', 'fence'], 'What is a happens-before relationship?'),
    p('volatile', 'volatile gives visibility and ordering but not atomicity of compound actions', ['volatile', 'atomic', 'atomicity', 'atomicinteger', 'compare and swap', 'cas'], 'What does volatile guarantee, and what does it not?'),
    p('synchronized', 'synchronized gives mutual exclusion and visibility on the monitor', ['synchronized', 'monitor', 'mutual exclusion', 'lock', 'reentrantlock']),
  ]),
  // ---- Go
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
  // ---- SQL
  t('sql-e-1', 'sql', 'easy', 'What is the difference between an INNER JOIN and a LEFT JOIN?', [
    p('inner', 'INNER JOIN keeps only rows that match in both tables', ['only matching', 'both tables', 'intersection', 'match in both'], 'Which rows does an inner join return?'),
    p('left', 'LEFT JOIN keeps every row of the left table', ['all rows', 'every row', 'left table', 'preserve'], 'What happens to left rows without a match?'),
    p('nulls', 'Unmatched right-side columns are NULL', ['null', 'nulls'], 'What values do the missing columns get?'),
  ]),
  t('sql-m-1', 'sql', 'medium', 'How do database indexes work, and when can an index make things worse?', [
    p('btree', 'Most indexes are B-trees giving logarithmic lookups instead of full scans', ['b-tree', 'btree', 'b tree', 'logarithmic', 'log n', 'full scan', 'table scan', 'sequential scan'], 'What data structure backs a typical index?'),
    p('selectivity', 'They help selective predicates, joins and ordering', ['selective', 'selectivity', 'where clause', 'order by', 'join', 'cardinality']),
    p('composite', 'Column order matters in composite indexes (leftmost prefix)', ['composite', 'multi-column', 'leftmost', 'prefix', 'column order'], 'Does the column order of a composite index matter?'),
    p('cost', 'Indexes slow writes and take space', ['slow writes', 'write', 'insert', 'update', 'storage', 'space', 'maintenance'], 'What do indexes cost?'),
    p('explain', 'Use EXPLAIN to check the plan', ['explain', 'query plan', 'execution plan', 'analyze']),
  ]),
  t('sql-h-1', 'sql', 'hard', 'Explain transaction isolation levels and the anomalies each one prevents.', [
    p('levels', 'Read uncommitted, read committed, repeatable read, serializable', ['read committed', 'repeatable read', 'serializable', 'read uncommitted'], 'Which isolation levels does the SQL standard define?'),
    p('anomalies', 'Dirty reads, non-repeatable reads, phantoms, lost updates, write skew', ['dirty read', 'non-repeatable', 'phantom', 'lost update', 'write skew'], 'What anomalies can happen at lower levels?'),
    p('mvcc', 'MVCC engines give snapshots instead of read locks', ['mvcc', 'snapshot', 'multi-version', 'multiversion', 'versions']),
    p('tradeoff', 'Stronger isolation costs throughput and causes retries or locking', ['throughput', 'retry', 'retries', 'serialization failure', 'locking', 'deadlock', 'contention', 'trade-off', 'tradeoff']),
  ]),
  // ---- React
  t('react-e-1', 'react', 'easy', 'What is the difference between props and state in React?', [
    p('props', 'Props are inputs passed from the parent and read-only', ['parent', 'passed', 'read-only', 'read only', 'immutable', 'input'], 'Who owns the props of a component?'),
    p('state', 'State is owned by the component and changes over time', ['owned', 'internal', 'usestate', 'setstate', 'changes over time'], 'Where does state live?'),
    p('rerender', 'Changing state or props re-renders the component', ['re-render', 'rerender', 'render'], 'What happens when state changes?'),
  ]),
  t('react-m-1', 'react', 'medium', 'How does useEffect work, and what are its common pitfalls?', [
    p('side-effects', 'It runs side effects after render', ['side effect', 'after render', 'after the render', 'commit'], 'When does the effect run?'),
    p('deps', 'The dependency array controls when it re-runs', ['dependency array', 'dependencies', 'deps', 'empty array'], 'How do you control when an effect runs again?'),
    p('cleanup', 'The returned cleanup function runs before the next effect and on unmount', ['cleanup', 'clean up', 'unmount', 'return a function'], 'How do you undo what an effect did?'),
    p('pitfalls', 'Stale closures, missing dependencies and infinite loops', ['stale closure', 'stale', 'infinite loop', 'missing dependency', 'race condition']),
  ]),
  t('react-h-1', 'react', 'hard', 'How does React reconciliation work, and how do you find and fix unnecessary re-renders?', [
    p('vdom', 'React diffs the new element tree against the previous one', ['virtual dom', 'diff', 'diffing', 'reconcil', 'fiber', 'element tree'], 'What does React compare when it re-renders?'),
    p('keys', 'Keys identify list items across renders', ['key', 'keys', 'list items', 'identity'], 'Why do list items need stable keys?'),
    p('memo', 'React.memo, useMemo and useCallback avoid needless work', ['react.memo', 'memo', 'usememo', 'usecallback', 'memoiz', 'pure component'], 'How do you stop a child re-rendering when its props did not change?'),
    p('profile', 'Use the React Profiler to measure', ['profiler', 'devtools', 'measure', 'why did you render']),
  ]),
  // ---- Node.js
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
  // ---- Docker
  t('docker-e-1', 'docker', 'easy', 'What is the difference between a Docker image and a container?', [
    p('image', 'An image is a read-only template built from layers', ['template', 'read-only', 'read only', 'layers', 'blueprint', 'snapshot'], 'What is an image made of?'),
    p('container', 'A container is a running instance of an image', ['running instance', 'instance', 'process', 'runs'], 'What is a container in relation to an image?'),
    p('writable', 'A container adds a thin writable layer; data is lost unless in volumes', ['writable layer', 'volume', 'volumes', 'ephemeral', 'persist']),
  ]),
  t('docker-m-1', 'docker', 'medium', 'How do you make a Docker image small, fast to build and secure?', [
    p('multistage', 'Multi-stage builds keep build tools out of the final image', ['multi-stage', 'multistage', 'multi stage', 'builder stage'], 'How do you keep compilers out of the final image?'),
    p('cache', 'Order layers so the build cache is reused (dependencies before source)', ['layer cache', 'cache', 'caching', 'order', 'copy package.json first'], 'How do you make rebuilds fast?'),
    p('base', 'Small base images (alpine, distroless, slim)', ['alpine', 'distroless', 'slim', 'small base', 'minimal']),
    p('security', 'Run as non-root, pin versions, scan images, no secrets in layers', ['non-root', 'nonroot', 'user', 'scan', 'secret', 'pin'], 'What would you do to make the image safer?'),
  ]),
  t('docker-h-1', 'docker', 'hard', 'How are containers isolated from each other and from the host on Linux?', [
    p('namespaces', 'Namespaces isolate pids, network, mounts, users', ['namespace', 'namespaces', 'pid namespace', 'network namespace'], 'What kernel feature gives each container its own view of the system?'),
    p('cgroups', 'cgroups limit CPU, memory and I/O', ['cgroup', 'cgroups', 'control group', 'resource limit', 'memory limit'], 'How are a container\'s resources limited?'),
    p('hardening', 'Capabilities, seccomp and AppArmor/SELinux reduce the attack surface', ['capabilities', 'seccomp', 'apparmor', 'selinux', 'rootless', 'user namespace']),
    p('shared-kernel', 'Containers share the host kernel, unlike VMs', ['share the kernel', 'shared kernel', 'same kernel', 'host kernel', 'virtual machine', 'vm']),
  ]),
  // ---- Kubernetes
  t('k8s-e-1', 'kubernetes', 'easy', 'What are Pods, Deployments and Services in Kubernetes?', [
    p('pod', 'A Pod is the smallest deployable unit, one or more containers', ['smallest', 'one or more containers', 'containers together', 'unit'], 'What is a Pod?'),
    p('deployment', 'A Deployment keeps a number of replicas running and rolls out updates', ['replica', 'replicas', 'rolling update', 'rollout', 'desired state', 'replicaset'], 'What does a Deployment manage?'),
    p('service', 'A Service gives a stable address and load-balances to pods', ['stable', 'load balanc', 'dns', 'virtual ip', 'clusterip', 'selector'], 'How do other pods reach them?'),
  ]),
  t('k8s-m-1', 'kubernetes', 'medium', 'What are liveness and readiness probes, and how do rolling updates avoid downtime?', [
    p('liveness', 'Liveness restarts a stuck container', ['liveness', 'restart', 'stuck', 'deadlock'], 'What happens when a liveness probe fails?'),
    p('readiness', 'Readiness removes a pod from service endpoints until it can serve', ['readiness', 'endpoints', 'traffic', 'ready to serve'], 'What happens when a readiness probe fails?'),
    p('rolling', 'Rolling updates replace pods gradually (maxSurge, maxUnavailable)', ['maxsurge', 'maxunavailable', 'gradual', 'one at a time', 'rolling'], 'How are pods replaced during a rollout?'),
    p('graceful', 'Graceful shutdown with preStop and termination grace period', ['sigterm', 'graceful', 'prestop', 'grace period', 'drain']),
  ]),
  t('k8s-h-1', 'kubernetes', 'hard', 'How does the Kubernetes scheduler place pods, and how do requests, limits and autoscaling interact?', [
    p('requests', 'The scheduler places pods by resource requests on nodes with room', ['requests', 'allocatable', 'fit', 'node capacity'], 'What does the scheduler look at to place a pod?'),
    p('limits', 'Limits cap usage; exceeding memory limits gets the pod OOM-killed, CPU is throttled', ['limit', 'oom', 'oomkilled', 'throttl'], 'What happens when a container exceeds its limit?'),
    p('affinity', 'Affinity, taints and tolerations steer placement', ['affinity', 'anti-affinity', 'taint', 'toleration', 'nodeselector']),
    p('hpa', 'HPA scales replicas on metrics; cluster autoscaler adds nodes', ['hpa', 'horizontal pod autoscaler', 'autoscal', 'cluster autoscaler'], 'How would the system scale under load?'),
  ]),
  // ---- Cloud
  t('cloud-e-1', 'cloud', 'easy', 'What is the difference between IaaS, PaaS and SaaS? Give an example of each.', [
    p('iaas', 'IaaS rents infrastructure such as virtual machines (EC2)', ['infrastructure', 'virtual machine', 'ec2', 'compute engine', 'vm'], 'What do you manage yourself with IaaS?'),
    p('paas', 'PaaS runs your code on a managed platform (Heroku, App Engine, Lambda)', ['platform', 'heroku', 'app engine', 'elastic beanstalk', 'lambda', 'managed'], 'What does PaaS take off your hands?'),
    p('saas', 'SaaS is finished software used as a service (Gmail, Salesforce)', ['software', 'gmail', 'salesforce', 'office 365', 'slack']),
  ]),
  t('cloud-m-1', 'cloud', 'medium', 'How would you design a highly available web application on AWS (or another cloud)?', [
    p('multi-az', 'Spread across availability zones behind a load balancer', ['availability zone', 'multi-az', 'multiple zones', 'load balancer', 'alb', 'elb'], 'How do you survive a data-centre failure?'),
    p('autoscaling', 'Auto scaling groups or managed containers scale with load', ['auto scaling', 'autoscaling', 'scale out', 'horizontal']),
    p('data', 'Managed databases with replicas and backups', ['rds', 'replica', 'failover', 'backup', 'managed database', 'aurora'], 'How is the database kept available?'),
    p('stateless', 'Stateless app servers with sessions/files in shared stores (S3, cache)', ['stateless', 's3', 'redis', 'elasticache', 'shared storage', 'cdn']),
  ]),
  t('cloud-h-1', 'cloud', 'hard', 'How do you manage cloud infrastructure, secrets and least-privilege access at scale?', [
    p('iac', 'Infrastructure as code (Terraform, CloudFormation) reviewed like code', ['terraform', 'cloudformation', 'infrastructure as code', 'iac', 'pulumi'], 'How do you make infrastructure changes reviewable?'),
    p('iam', 'Least-privilege IAM roles, no long-lived keys', ['least privilege', 'iam', 'role', 'policy', 'short-lived', 'temporary credentials'], 'How do services get only the permissions they need?'),
    p('secrets', 'Secrets in a manager (Secrets Manager, Vault, KMS), never in code', ['secrets manager', 'vault', 'kms', 'parameter store', 'encrypt'], 'Where do secrets live?'),
    p('audit', 'Audit trails and policy guardrails (CloudTrail, SCPs)', ['cloudtrail', 'audit', 'guardrail', 'scp', 'compliance']),
  ]),
  // ---- System design
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
  // ---- Data structures
  t('ds-e-1', 'data_structures', 'easy', 'What is the difference between an array and a linked list?', [
    p('access', 'Arrays give O(1) random access by index; lists need O(n) traversal', ['random access', 'index', 'o(1)', 'o(n)', 'traverse', 'traversal'], 'How fast can you reach the i-th element in each?'),
    p('insert', 'Linked lists insert and delete in O(1) given a node; arrays shift elements', ['insert', 'delete', 'shift', 'pointer', 'node'], 'Which is cheaper to insert into the middle of?'),
    p('memory', 'Arrays are contiguous and cache-friendly; lists carry pointer overhead', ['contiguous', 'cache', 'locality', 'overhead', 'memory']),
  ]),
  t('ds-m-1', 'data_structures', 'medium', 'How does a hash map handle collisions, and what happens as it fills up?', [
    p('chaining', 'Separate chaining stores colliding entries in buckets (lists or trees)', ['chaining', 'bucket', 'linked list', 'separate chaining'], 'What is separate chaining?'),
    p('open-addressing', 'Open addressing probes for another free slot', ['open addressing', 'probing', 'linear probing', 'quadratic', 'double hashing'], 'What is the alternative to chaining?'),
    p('load-factor', 'Past a load factor the table grows and rehashes', ['load factor', 'resize', 'rehash', 'grow', 'double'], 'What happens when the table gets full?'),
    p('worst-case', 'Worst case degrades to O(n) with a bad hash function', ['worst case', 'o(n)', 'bad hash', 'degrade', 'hash function', 'uniform'], 'What is the worst-case lookup cost?'),
  ]),
  t('ds-h-1', 'data_structures', 'hard', 'How would you design an LRU cache with O(1) get and put?', [
    p('hashmap', 'A hash map from key to node for O(1) lookup', ['hash map', 'hashmap', 'dictionary', 'map'], 'How do you find an entry in O(1)?'),
    p('dll', 'A doubly linked list ordered by recency', ['doubly linked list', 'linked list', 'recency', 'most recently used', 'least recently used'], 'How do you keep track of which entry is oldest?'),
    p('evict', 'On get move to front; on put past capacity evict the tail', ['move to front', 'move to the head', 'evict', 'tail', 'capacity', 'remove the last'], 'What happens on a get, and when the cache is full?'),
    p('concurrency', 'Locking or sharding for concurrent use', ['lock', 'thread-safe', 'thread safe', 'concurren', 'shard', 'mutex']),
  ]),
  // ---- Algorithms
  t('algo-e-1', 'algorithms', 'easy', 'How does binary search work, and what does it require?', [
    p('sorted', 'The input must be sorted', ['sorted', 'ordered'], 'What must be true of the input?'),
    p('halving', 'Compare with the middle element and discard half each step', ['middle', 'half', 'halve', 'midpoint', 'divide'], 'What happens at each step?'),
    p('complexity', 'O(log n) time', ['o(log n)', 'log n', 'logarithmic'], 'What is its time complexity?'),
    p('edges', 'Careful with bounds and overflow of (lo+hi)/2', ['off by one', 'off-by-one', 'overflow', 'bounds', 'lo + (hi - lo)']),
  ]),
  t('algo-m-1', 'algorithms', 'medium', 'Compare quicksort and mergesort: complexity, stability and memory.', [
    p('quicksort', 'Quicksort: O(n log n) average, O(n^2) worst with bad pivots', ['n log n', 'o(n log n)', 'n^2', 'n squared', 'quadratic', 'pivot'], 'What is quicksort\'s worst case, and why?'),
    p('mergesort', 'Mergesort: O(n log n) always, stable', ['stable', 'always n log n', 'guaranteed', 'merge'], 'Which of the two is stable?'),
    p('memory', 'Quicksort sorts in place; mergesort needs O(n) extra memory', ['in place', 'in-place', 'extra memory', 'auxiliary', 'o(n) space'], 'How much extra memory does each need?'),
    p('practice', 'Randomised pivots or introsort/timsort in practice', ['random pivot', 'randomized', 'randomised', 'introsort', 'timsort', 'median of three']),
  ]),
  t('algo-h-1', 'algorithms', 'hard', 'How do you recognise and solve a dynamic programming problem? Walk through an example.', [
    p('subproblems', 'Optimal substructure and overlapping subproblems', ['overlapping subproblems', 'optimal substructure', 'subproblem'], 'What two properties make a problem suitable for DP?'),
    p('recurrence', 'Define the state and a recurrence relation', ['recurrence', 'state', 'transition', 'dp[i]', 'relation'], 'How do you express the solution in terms of smaller ones?'),
    p('memo', 'Memoisation top-down or tabulation bottom-up', ['memoization', 'memoisation', 'memoize', 'tabulation', 'bottom-up', 'top-down', 'table'], 'How do you avoid recomputing subproblems?'),
    p('example', 'A concrete example: knapsack, edit distance, longest common subsequence, coin change', ['knapsack', 'edit distance', 'longest common subsequence', 'lcs', 'coin change', 'fibonacci', 'longest increasing']),
  ]),
  // ---- REST APIs
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
  // ---- Testing
  t('test-e-1', 'testing', 'easy', 'What is the difference between unit, integration and end-to-end tests?', [
    p('unit', 'Unit tests check one small piece in isolation', ['isolation', 'single function', 'one function', 'small unit', 'isolated'], 'What does a unit test cover?'),
    p('integration', 'Integration tests check components working together (database, services)', ['together', 'components', 'database', 'interaction', 'integration'], 'What does an integration test add?'),
    p('e2e', 'End-to-end tests exercise the whole system like a user', ['whole system', 'user', 'browser', 'end to end', 'full stack'], 'What does an end-to-end test exercise?'),
    p('pyramid', 'Many fast unit tests, fewer slow e2e tests (test pyramid)', ['pyramid', 'fast', 'slow', 'flaky', 'fewer']),
  ]),
  t('test-m-1', 'testing', 'medium', 'When would you use mocks or fakes in tests, and what are the risks of mocking too much?', [
    p('why', 'To isolate from slow or non-deterministic dependencies', ['isolate', 'slow', 'network', 'external', 'non-deterministic', 'third party'], 'Why replace a dependency in a test?'),
    p('kinds', 'Stubs, mocks, fakes and spies differ', ['stub', 'fake', 'spy', 'test double', 'in-memory']),
    p('risks', 'Over-mocking couples tests to implementation and hides integration bugs', ['implementation detail', 'brittle', 'coupled', 'false confidence', 'integration bug', 'refactor'], 'What goes wrong when everything is mocked?'),
    p('contract', 'Contract tests keep fakes honest', ['contract test', 'contract', 'verify the fake']),
  ]),
  t('test-h-1', 'testing', 'hard', 'How would you deal with a flaky test suite in a large codebase?', [
    p('measure', 'Detect flakiness by rerunning and tracking failure rates', ['rerun', 'retry', 'failure rate', 'track', 'quarantine', 'detect'], 'How do you find which tests are flaky?'),
    p('causes', 'Causes: timing, shared state, ordering, network, randomness', ['timing', 'race', 'sleep', 'shared state', 'order', 'network', 'random', 'clock'], 'What usually makes a test flaky?'),
    p('fix', 'Fix root causes: fake clocks, isolation, waiting on conditions not sleeps', ['fake clock', 'fake timer', 'isolation', 'wait for', 'deterministic', 'seed', 'hermetic'], 'How do you fix a timing-dependent test?'),
    p('process', 'Quarantine with an owner and a deadline instead of ignoring', ['quarantine', 'owner', 'ticket', 'skip', 'policy']),
  ]),
];
