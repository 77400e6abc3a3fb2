import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** Python: at least five questions at each difficulty, each with the points a good answer makes. */
export const PYTHON_QUESTIONS: readonly BankQuestion[] = [
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
  t('py-e-2', 'python', 'easy', 'What is a list comprehension in Python, and when would you prefer a plain loop instead?', [
    p('syntax', 'A comprehension builds a new list from an iterable with an expression and an optional filter', ['comprehension', 'expression', 'filter', 'iterable', 'build a new list'], 'What are the parts of a comprehension?'),
    p('readability', 'It is concise and readable for simple transformations', ['concise', 'readable', 'readability', 'one line', 'pythonic']),
    p('loop', 'A plain loop is clearer when there are side effects, several steps or complex conditions', ['side effect', 'complex', 'nested', 'several steps', 'plain loop'], 'When does a comprehension hurt more than it helps?'),
    p('generator', 'A generator expression avoids building the whole list in memory', ['generator expression', 'generator', 'lazy', 'memory']),
  ]),
  t('py-e-3', 'python', 'easy', 'How do you handle exceptions in Python? Explain try, except, else and finally.', [
    p('try-except', 'Code that may fail goes in try; except catches specific exception types', ['except', 'catch', 'specific exception', 'exception type'], 'Which exceptions should an except clause catch?'),
    p('else', 'The else block runs only when the try block succeeded without an exception', ['succeeded', 'else block']),
    p('finally', 'finally always runs, for cleanup such as closing files', ['finally', 'always runs', 'cleanup', 'clean up'], 'How do you make sure a file is closed even on error?'),
    p('bare-except', 'Avoid bare except, which also swallows KeyboardInterrupt and hides bugs', ['bare except', 'swallow', 'hide', 'keyboardinterrupt', 'catch everything']),
  ]),
  t('py-e-4', 'python', 'easy', 'What is the difference between "is" and "==" in Python?', [
    p('identity', '"is" checks whether two names refer to the same object', ['same object', 'identity', 'id(', 'memory'], 'What exactly does "is" compare?'),
    p('equality', '"==" compares values by calling __eq__', ['equal', '__eq__', 'equality'], 'What does "==" call under the hood?'),
    p('none', 'Use "is" for singletons such as None', ['singleton', 'is none']),
    p('interning', 'Small ints and strings may be cached, so "is" can look like it works by accident', ['interning', 'intern', 'cached', 'small integer', 'small int']),
  ]),
  t('py-e-5', 'python', 'easy', 'What are *args and **kwargs, and when would you use them?', [
    p('args', '*args collects extra positional arguments into a tuple', ['positional', 'tuple', 'args'], 'What type does *args arrive as?'),
    p('kwargs', '**kwargs collects extra keyword arguments into a dictionary', ['keyword argument', 'dictionary', 'dict', 'kwargs'], 'And **kwargs?'),
    p('use', 'Used for wrappers and decorators that forward arguments, or flexible APIs', ['decorator', 'wrapper', 'forward', 'pass through', 'flexible']),
    p('unpacking', 'The same stars unpack sequences and dicts at the call site', ['unpack', 'unpacking', 'call site', 'splat']),
  ]),
  t('py-e-6', 'python', 'easy', 'Why do Python projects use virtual environments, and how do you pin dependencies?', [
    p('isolation', 'A virtual environment isolates a project\'s packages from the system and other projects', ['isolate', 'isolation', 'separate', 'per project', 'venv', 'virtualenv'], 'What problem does a virtual environment solve?'),
    p('conflicts', 'It avoids version conflicts between projects', ['conflict', 'different version', 'version clash']),
    p('pinning', 'Exact versions are pinned in a lock or requirements file for reproducible installs', ['pin', 'requirements.txt', 'lock file', 'lockfile', 'poetry', 'reproducible'], 'How do you make sure production gets the same versions?'),
  ]),
  t('py-m-2', 'python', 'medium', 'What are generators in Python, how does yield work, and why would you use them?', [
    p('lazy', 'A generator produces values lazily, one at a time, on demand', ['lazy', 'lazily', 'on demand', 'one at a time'], 'When is each value computed?'),
    p('yield', 'yield suspends the function and keeps its local state until the next call', ['yield', 'suspend', 'pause', 'resume', 'keeps its state'], 'What happens to the local variables between two values?'),
    p('memory', 'They keep memory flat for large or infinite sequences and streams', ['memory', 'large file', 'infinite', 'stream', 'constant memory']),
    p('protocol', 'Generators implement the iterator protocol (__next__, StopIteration)', ['iterator', '__next__', 'next(', 'stopiteration', 'iterable']),
  ]),
  t('py-m-3', 'python', 'medium', 'How do decorators work in Python? Write or describe one that times a function.', [
    p('higher-order', 'A decorator is a function that takes a function and returns a new one wrapping it', ['wrap', 'wrapper', 'takes a function', 'returns a function', 'higher order'], 'What does a decorator receive and return?'),
    p('syntax', 'The @ syntax is shorthand for func = decorator(func)', ['syntactic sugar', 'shorthand', 'reassign']),
    p('wraps', 'functools.wraps keeps the original name and docstring', ['functools.wraps', 'wraps', 'docstring', '__name__', 'metadata'], 'What do you lose without functools.wraps?'),
    p('timing', 'The timing wrapper records the time before and after calling the original', ['time.perf_counter', 'perf_counter', 'time.time', 'elapsed', 'before and after']),
  ]),
  t('py-m-4', 'python', 'medium', 'What are context managers, and how would you write one?', [
    p('with', 'A context manager sets up and tears down a resource around a with block', ['with statement', 'with block', 'setup', 'teardown', 'resource'], 'What problem does the with statement solve?'),
    p('protocol', 'It implements __enter__ and __exit__', ['__enter__', '__exit__', 'enter', 'exit']),
    p('exceptions', '__exit__ runs even when the block raises, and may suppress the exception', ['even when', 'exception', 'suppress', 'always released', 'always closed'], 'What happens to the resource when the block raises?'),
    p('contextlib', 'contextlib.contextmanager turns a generator into one', ['contextlib', 'contextmanager', 'generator', 'yield']),
  ]),
  t('py-m-5', 'python', 'medium', 'Why is a mutable default argument such as def f(items=[]) a bug, and how do you fix it?', [
    p('evaluated-once', 'Default values are evaluated once, when the function is defined', ['evaluated once', 'definition time', 'def time'], 'When is the default value created?'),
    p('shared', 'The same list is shared by every call, so changes leak between calls', ['persists', 'leak', 'accumulate', 'shared between calls']),
    p('fix', 'Use None as the default and create a new list inside the function', ['none default', 'sentinel', 'new list', 'fresh list', 'is none'], 'What is the usual fix?'),
  ]),
  t('py-m-6', 'python', 'medium', 'How does asyncio work in Python, and when is it the right tool?', [
    p('event-loop', 'A single-threaded event loop runs coroutines cooperatively', ['event loop', 'coroutine', 'cooperative', 'single thread'], 'What runs the coroutines?'),
    p('await', 'await yields control to the loop while waiting on I/O', ['await', 'yield control', 'give up control', 'while waiting'], 'What happens at an await?'),
    p('io-bound', 'It suits many concurrent I/O-bound tasks such as network calls', ['io bound', 'i/o', 'network', 'many connections', 'concurrent requests']),
    p('blocking', 'Blocking or CPU-heavy code stalls the loop and must go to an executor', ['blocking', 'blocks the loop', 'run_in_executor', 'executor', 'cpu bound', 'to_thread'], 'What happens if you call a blocking function inside a coroutine?'),
  ]),
  t('py-h-2', 'python', 'hard', 'How does memory management work in CPython: reference counting and the cyclic garbage collector?', [
    p('refcount', 'Every object has a reference count and is freed as soon as it drops to zero', ['reference count', 'refcount', 'drops to zero', 'freed immediately'], 'When is an object freed in CPython?'),
    p('cycles', 'Reference cycles never reach zero, so a cyclic garbage collector finds them', ['cycle', 'cyclic', 'circular reference', 'gc module'], 'What about two objects that refer to each other?'),
    p('generations', 'The collector is generational: young objects are checked more often', ['generation', 'generational', 'young', 'threshold']),
    p('tools', 'weakref avoids cycles; tracemalloc and gc help find leaks', ['weakref', 'weak reference', 'tracemalloc', 'objgraph', 'gc.collect']),
  ]),
  t('py-h-3', 'python', 'hard', 'What are descriptors in Python, and how do property, methods and __slots__ use them?', [
    p('protocol', 'A descriptor is an object with __get__, __set__ or __delete__ stored on a class', ['__get__', '__set__', 'descriptor protocol', '__delete__'], 'Which methods make an object a descriptor?'),
    p('lookup', 'Data descriptors take precedence over the instance dictionary, non-data ones do not', ['data descriptor', 'non data', 'precedence', 'instance dictionary', '__dict__'], 'Which wins: the instance dict or the descriptor?'),
    p('uses', 'property, bound methods, classmethod and staticmethod are descriptors', ['property', 'bound method', 'classmethod', 'staticmethod']),
    p('slots', '__slots__ replaces the per-instance dict with descriptors, saving memory', ['__slots__', 'slots', 'saves memory', 'no __dict__']),
  ]),
  t('py-h-4', 'python', 'hard', 'What are metaclasses in Python, and when would you use one instead of a class decorator or __init_subclass__?', [
    p('definition', 'A metaclass is the class of a class; type is the default metaclass', ['class of a class', 'metaclass'], 'What creates a class object?'),
    p('hooks', 'It can customise class creation through __new__ or __init__ of the metaclass', ['__new__', 'class creation', 'customise', 'customize', '__prepare__'], 'Where does a metaclass hook into class creation?'),
    p('uses', 'Used for registries, ORMs and validating class definitions', ['registry', 'register', 'orm', 'django', 'validate', 'abc']),
    p('simpler', 'Prefer __init_subclass__ or a class decorator, which are simpler and compose better', ['__init_subclass__', 'class decorator', 'simpler', 'compose'], 'What lighter tools exist?'),
  ]),
  t('py-h-5', 'python', 'hard', 'How would you profile and speed up a slow Python program?', [
    p('measure', 'Measure first with a profiler such as cProfile, py-spy or line_profiler', ['cprofile', 'profiler', 'py-spy', 'line_profiler', 'profile'], 'How do you find where the time goes?'),
    p('algorithm', 'Fix the algorithm and data structures before micro-optimising', ['algorithm', 'complexity', 'data structure', 'big o']),
    p('vectorise', 'Move hot loops to vectorised libraries or native code (NumPy, Cython)', ['numpy', 'vectoris', 'vectoriz', 'cython', 'native', 'c extension', 'numba'], 'How do you speed up a numeric hot loop?'),
    p('caching', 'Cache repeated work and use concurrency where the work is I/O-bound', ['cache', 'lru_cache', 'memoiz', 'concurrency', 'multiprocessing']),
  ]),
  t('py-h-6', 'python', 'hard', 'How does Python resolve methods under multiple inheritance, and how does super() work?', [
    p('mro', 'The method resolution order is computed with C3 linearisation', ['mro', 'method resolution order', 'c3', 'linearization', 'linearisation'], 'In what order are the base classes searched?'),
    p('super', 'super() calls the next class in the MRO, not necessarily the parent', ['next class', 'super', 'not the parent', 'next in the mro'], 'Which class does super() call in a diamond?'),
    p('cooperative', 'Cooperative methods must all call super() with compatible signatures', ['cooperative', 'every class calls super', 'kwargs', 'compatible signature']),
    p('diamond', 'It resolves the diamond problem so a shared base runs once', ['diamond', 'runs once', 'shared base']),
  ]),
];
