import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** Java: at least five questions at each difficulty, each with the points a good answer makes. */
export const JAVA_QUESTIONS: readonly BankQuestion[] = [
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
  t('java-e-2', 'java', 'easy', 'What is the difference between an abstract class and an interface in Java?', [
    p('state', 'An abstract class can hold state and constructors; an interface cannot hold instance state', ['fields', 'constructor', 'instance variable'], 'Which of the two can have fields?'),
    p('multiple', 'A class extends one class but can implement many interfaces', ['multiple', 'many interfaces', 'single inheritance', 'implements'], 'How many of each can a class have?'),
    p('default', 'Interfaces can have default and static methods since Java 8', ['default method', 'static method', 'java 8']),
    p('usage', 'Interfaces define capabilities or contracts; abstract classes share base behaviour', ['contract', 'capability', 'shared behaviour', 'shared behavior', 'template']),
  ]),
  t('java-e-3', 'java', 'easy', 'What is the difference between checked and unchecked exceptions in Java?', [
    p('checked', 'Checked exceptions must be declared or caught; the compiler enforces it', ['checked', 'declared', 'throws clause', 'compiler enforces', 'must be caught'], 'What does the compiler require for a checked exception?'),
    p('unchecked', 'Unchecked exceptions extend RuntimeException and need no declaration', ['runtimeexception', 'unchecked', 'no declaration']),
    p('usage', 'Checked for recoverable conditions, unchecked for programming errors', ['recoverable', 'programming error', 'bug', 'illegalargumentexception', 'nullpointerexception']),
    p('resources', 'try-with-resources closes resources automatically', ['try with resources', 'autocloseable', 'closes automatically']),
  ]),
  t('java-e-4', 'java', 'easy', 'What are the main Java collection types (List, Set, Map), and which implementation would you pick for each?', [
    p('list', 'A List is ordered and allows duplicates; ArrayList is the usual choice', ['arraylist', 'ordered', 'duplicates', 'list'], 'When would you use an ArrayList?'),
    p('set', 'A Set holds unique elements; HashSet, or TreeSet for sorted order', ['hashset', 'unique', 'treeset', 'no duplicates']),
    p('map', 'A Map holds key-value pairs; HashMap, LinkedHashMap or TreeMap', ['hashmap', 'key value', 'treemap', 'linkedhashmap'], 'Which Map keeps keys sorted?'),
    p('complexity', 'Hashing implementations give constant time access on average, tree implementations logarithmic time', ['constant time', 'o(1)', 'logarithmic', 'log n']),
  ]),
  t('java-e-5', 'java', 'easy', 'Why are Strings immutable in Java, and when would you use StringBuilder?', [
    p('immutable', 'A String cannot change after it is created; operations return new strings', ['immutable', 'cannot change', 'new string', 'new object'], 'What happens when you concatenate two Strings?'),
    p('why', 'Immutability allows sharing, the string pool, safe hashing and thread safety', ['string pool', 'thread safe', 'hash', 'sharing', 'security']),
    p('builder', 'StringBuilder avoids creating many objects when building a string in a loop', ['stringbuilder', 'loop', 'many objects', 'append'], 'How do you build a long string efficiently?'),
  ]),
  t('java-e-6', 'java', 'easy', 'What do the access modifiers public, protected, package-private and private mean in Java?', [
    p('private', 'private is visible only inside the class', ['private', 'only inside the class', 'same class'], 'Who can see a private member?'),
    p('package', 'Leaving out the modifier makes a member visible within its own package only', ['own package', 'same package', 'package private', 'default access']),
    p('protected', 'protected adds subclasses in other packages', ['protected', 'subclass', 'inheritance']),
    p('encapsulation', 'Use the narrowest visibility to encapsulate', ['encapsulation', 'narrowest', 'hide', 'minimal']),
  ]),
  t('java-m-2', 'java', 'medium', 'How does HashMap work internally in Java, and what changed in Java 8?', [
    p('buckets', 'Keys are hashed into an array of buckets', ['bucket', 'array', 'hashcode', 'index'], 'How does HashMap find the bucket for a key?'),
    p('collisions', 'Colliding entries are chained in a list, turned into a balanced tree when a bucket grows large (Java 8)', ['linked list', 'chain', 'tree', 'red black', 'treeify'], 'What happens when many keys land in one bucket?'),
    p('resize', 'The table doubles and rehashes past the load factor (0.75)', ['load factor', 'resize', 'rehash', 'double', '0.75']),
    p('threads', 'It is not thread safe; use ConcurrentHashMap across threads', ['concurrenthashmap', 'not thread safe', 'thread']),
  ]),
  t('java-m-3', 'java', 'medium', 'How do Java streams work, and when would you avoid them?', [
    p('pipeline', 'A stream is a pipeline of lazy intermediate operations and one terminal operation', ['pipeline', 'intermediate', 'terminal', 'lazy'], 'When does a stream pipeline actually run?'),
    p('functional', 'map, filter and collect express transformations declaratively', ['filter', 'collect', 'declarative']),
    p('parallel', 'parallel streams use the common ForkJoinPool and are only worth it for large CPU-bound work', ['parallel', 'forkjoinpool', 'common pool', 'cpu bound']),
    p('avoid', 'Avoid them for side effects, checked exceptions or hot loops where a loop is clearer', ['side effect', 'checked exception', 'debug', 'clearer', 'overhead']),
  ]),
  t('java-m-4', 'java', 'medium', 'What does Spring\'s dependency injection do, and what are the differences between constructor and field injection?', [
    p('ioc', 'The container creates beans and wires their dependencies (inversion of control)', ['inversion of control', 'container', 'bean', 'wire', 'application context'], 'Who creates the objects in a Spring application?'),
    p('constructor', 'Constructor injection makes dependencies explicit, final and easy to test', ['constructor injection', 'final', 'immutable', 'explicit'], 'Why is constructor injection preferred?'),
    p('field', 'Field injection hides dependencies and needs reflection in tests', ['field injection', 'autowired', 'reflection', 'hidden']),
    p('scopes', 'Beans are singletons by default; other scopes exist', ['singleton', 'scope', 'prototype', 'request scope']),
  ]),
  t('java-m-5', 'java', 'medium', 'How would you run tasks concurrently in Java with executors and CompletableFuture?', [
    p('executor', 'An ExecutorService runs tasks on a managed thread pool', ['executorservice', 'thread pool', 'executor', 'submit'], 'Why use a pool instead of new Thread()?'),
    p('future', 'CompletableFuture composes async results (thenApply, thenCompose, allOf)', ['completablefuture', 'thenapply', 'thencompose', 'allof', 'compose']),
    p('sizing', 'Size the pool to the work: about the core count for CPU-bound, more for blocking I/O', ['core', 'cpu bound', 'pool size', 'blocking']),
    p('shutdown', 'Shut pools down and handle exceptions and timeouts', ['shutdown', 'timeout', 'exceptionally', 'exception']),
  ]),
  t('java-m-6', 'java', 'medium', 'What are records, sealed classes and pattern matching in modern Java, and what problems do they solve?', [
    p('records', 'Records are concise immutable data carriers with generated equals, hashCode and toString', ['record', 'immutable', 'data carrier', 'boilerplate', 'equals'], 'What does a record generate for you?'),
    p('sealed', 'Sealed classes restrict which classes may extend a type', ['sealed', 'permits', 'restrict', 'closed hierarchy']),
    p('pattern', 'Pattern matching in switch and instanceof destructures and can check exhaustiveness', ['pattern matching', 'switch', 'instanceof', 'exhaustive', 'destructur'], 'How do sealed types and switch work together?'),
  ]),
  t('java-h-2', 'java', 'hard', 'How would you diagnose a Java service whose latency spikes every few minutes?', [
    p('gc', 'Check GC logs for long stop-the-world pauses', ['gc log', 'stop the world', 'pause', 'garbage collection'], 'What is the first suspect for periodic pauses on the JVM?'),
    p('tools', 'Use JFR, thread dumps, async-profiler and heap histograms', ['jfr', 'flight recorder', 'thread dump', 'async profiler', 'jstack', 'jcmd']),
    p('causes', 'Other causes: lock contention, pool exhaustion, safepoints, noisy neighbours', ['contention', 'pool exhaustion', 'safepoint', 'noisy neighbour', 'noisy neighbor', 'connection pool']),
    p('fix', 'Fix allocation rate, tune the collector or heap, or switch to a low-pause collector', ['allocation', 'tune', 'zgc', 'g1', 'heap size'], 'What would you change once you found it?'),
  ]),
  t('java-h-3', 'java', 'hard', 'How do ConcurrentHashMap and lock-free structures stay correct under concurrency?', [
    p('cas', 'They use compare-and-swap (CAS) atomic operations instead of one big lock', ['cas', 'compare and swap', 'atomic', 'lock free'], 'What hardware operation do lock-free structures rely on?'),
    p('striping', 'ConcurrentHashMap locks per bin and reads without locking', ['per bin', 'striping', 'segment', 'fine grained', 'without locking']),
    p('atomic-ops', 'Compound actions need computeIfAbsent or merge, not get-then-put', ['computeifabsent', 'merge', 'compute', 'check then act', 'get then put'], 'Why is get-then-put on a ConcurrentHashMap still a race?'),
    p('aba', 'Lock-free algorithms must handle retries and the ABA problem', ['aba', 'retry', 'spin', 'livelock']),
  ]),
  t('java-h-4', 'java', 'hard', 'What are virtual threads in Java 21, and how do they change how you write servers?', [
    p('cheap', 'Virtual threads are cheap threads scheduled by the JVM onto a few carrier threads', ['carrier thread', 'cheap', 'lightweight', 'jvm scheduled', 'millions'], 'How does a virtual thread differ from a platform thread?'),
    p('blocking', 'Blocking calls unmount the virtual thread, so simple blocking code scales', ['unmount', 'blocking', 'thread per request', 'simple code']),
    p('pinning', 'synchronized blocks and native calls can pin the carrier thread', ['pinning', 'pin', 'synchronized', 'native'], 'What can stop a virtual thread from unmounting?'),
    p('pools', 'Do not pool them; limit concurrency with semaphores instead', ['pool', 'semaphore', 'limit concurrency', 'threadlocal']),
  ]),
  t('java-h-5', 'java', 'hard', 'How does class loading work on the JVM, and how can it cause memory leaks in application servers?', [
    p('delegation', 'Class loaders delegate to their parent first', ['parent', 'delegation', 'delegate', 'bootstrap'], 'Which loader is asked first?'),
    p('identity', 'A class is identified by its name and its class loader', ['class loader', 'same name', 'identity', 'classcastexception']),
    p('leak', 'A reference from a long-lived loader (thread locals, static caches, drivers) keeps a whole web app loader alive after redeploy', ['threadlocal', 'static', 'redeploy', 'metaspace', 'leak'], 'Why does memory grow after each redeploy?'),
    p('fix', 'Clean up thread locals, deregister drivers and use heap dumps to find the GC root', ['heap dump', 'deregister', 'cleanup', 'gc root']),
  ]),
  t('java-h-6', 'java', 'hard', 'How does the JIT compiler optimise Java code, and how do you write a trustworthy benchmark?', [
    p('tiers', 'Tiered compilation profiles code and compiles hot methods with C1 then C2', ['tiered', 'c1', 'c2', 'hot method', 'profil'], 'Which code does the JIT compile?'),
    p('optimisations', 'It inlines, removes dead code and escape-analyses allocations', ['inline', 'dead code', 'escape analysis', 'speculative']),
    p('warmup', 'Benchmarks need warm-up, and dead-code elimination can erase the code under test', ['warm up', 'warmup', 'dead code elimination', 'blackhole']),
    p('jmh', 'Use JMH rather than timing loops by hand', ['jmh', 'harness', 'by hand', 'system.nanotime'], 'Which tool would you use?'),
  ]),
];
