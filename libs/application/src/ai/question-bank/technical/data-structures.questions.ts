import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** Data structures: at least five questions at each difficulty, each with the points a good answer makes. */
export const DATA_STRUCTURES_QUESTIONS: readonly BankQuestion[] = [
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
];
