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
];
