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
  t('ds-e-2', 'data_structures', 'easy', 'What is the difference between a stack and a queue, and where is each used?', [
    p('stack', 'A stack is last in, first out', ['last in first out', 'lifo', 'push', 'pop'], 'Which element leaves a stack first?'),
    p('queue', 'A queue is first in, first out', ['first in first out', 'fifo', 'enqueue', 'dequeue']),
    p('uses', 'Stacks for call frames, undo and depth-first search; queues for scheduling and breadth-first search', ['undo', 'call stack', 'depth first', 'breadth first', 'scheduling']),
  ]),
  t('ds-e-3', 'data_structures', 'easy', 'What is a binary search tree, and what are the costs of its operations?', [
    p('property', 'Left subtree keys are smaller and right subtree keys larger than the node', ['left', 'right', 'smaller', 'larger', 'ordering'], 'What rule does every node follow?'),
    p('cost', 'Search, insert and delete cost O(log n) when balanced', ['log n', 'logarithmic', 'balanced', 'height'], 'What do operations cost on a balanced tree?'),
    p('degenerate', 'Sorted inserts make it a linked list with O(n) operations', ['degenerate', 'sorted', 'linked list', 'o(n)', 'unbalanced']),
    p('inorder', 'An in-order traversal yields the keys in sorted order', ['in order', 'inorder', 'sorted order', 'traversal']),
  ]),
  t('ds-e-4', 'data_structures', 'easy', 'What is a set, and how would you use one to remove duplicates or test membership?', [
    p('unique', 'A set stores each value at most once', ['unique', 'at most once', 'no duplicates', 'distinct'], 'What does a set guarantee about its elements?'),
    p('membership', 'Membership tests are O(1) on average for a hash set', ['membership', 'o(1)', 'constant time', 'contains', 'lookup']),
    p('ops', 'It supports union, intersection and difference', ['union', 'intersection', 'difference']),
  ]),
  t('ds-e-5', 'data_structures', 'easy', 'How does a dynamic array (such as ArrayList or a Python list) grow, and what does appending cost?', [
    p('capacity', 'It keeps spare capacity and copies into a bigger array when full', ['capacity', 'bigger array', 'reallocat', 'full'], 'What happens when the array is full?'),
    p('doubling', 'Growing by a factor (such as doubling) keeps copies rare', ['doubl', 'factor', 'geometric', 'grow']),
    p('amortised', 'Appending costs amortised O(1)', ['amortized', 'amortised', 'o(1)', 'constant time'], 'What is the average cost of an append?'),
  ]),
  t('ds-e-6', 'data_structures', 'easy', 'What is a graph, and how can you represent one in code?', [
    p('definition', 'A graph is a set of nodes connected by edges, directed or not, weighted or not', ['node', 'vertex', 'edge', 'directed', 'weighted'], 'What is a graph made of?'),
    p('adjacency-list', 'An adjacency list stores each node\'s neighbours, good for sparse graphs', ['adjacency list', 'neighbour', 'neighbor', 'sparse']),
    p('matrix', 'An adjacency matrix gives O(1) edge checks but takes V squared space', ['adjacency matrix', 'matrix', 'dense', 'v squared']),
  ]),
  t('ds-m-2', 'data_structures', 'medium', 'What is a heap, how does it work, and what is it good for?', [
    p('property', 'A binary heap keeps the smallest (or largest) element at the root', ['root', 'smallest', 'largest', 'min heap', 'max heap'], 'Which element does a min-heap give you in O(1)?'),
    p('array', 'It is stored as an array with children at 2i+1 and 2i+2', ['array', '2i', 'children', 'complete tree']),
    p('ops', 'Push and pop cost O(log n) by sifting up or down', ['log n', 'sift', 'heapify', 'bubble']),
    p('uses', 'Priority queues, top-k and Dijkstra', ['priority queue', 'top k', 'dijkstra', 'scheduling']),
  ]),
  t('ds-m-3', 'data_structures', 'medium', 'What is a trie, and when is it better than a hash map?', [
    p('structure', 'A trie stores strings character by character along paths from the root', ['prefix tree', 'path', 'node per character'], 'How does a trie store words?'),
    p('prefix', 'It answers prefix queries and autocomplete quickly', ['prefix', 'autocomplete']),
    p('cost', 'Lookups cost O(length of the key) whatever the number of words', ['o(m)', 'key length']),
    p('memory', 'It can use a lot of memory; compressed tries help', ['memory', 'compressed', 'radix']),
  ]),
  t('ds-m-4', 'data_structures', 'medium', 'What are balanced binary search trees (AVL, red-black), and why do we need them?', [
    p('why', 'They keep the height logarithmic whatever the insertion order', ['height', 'logarithmic', 'log n', 'insertion order'], 'What problem do they solve over a plain BST?'),
    p('rotations', 'They rebalance with rotations after inserts and deletes', ['rotation', 'rebalanc', 'rotate']),
    p('variants', 'AVL is more strictly balanced; red-black does fewer rotations', ['avl', 'red black', 'strict', 'fewer rotations']),
    p('uses', 'Used in ordered maps such as TreeMap or std::map', ['treemap', 'std::map', 'ordered map', 'sorted']),
  ]),
  t('ds-m-5', 'data_structures', 'medium', 'What is a union-find (disjoint set) structure, and where is it used?', [
    p('ops', 'It supports find (which set) and union (merge two sets)', ['find', 'union', 'merge', 'which set'], 'What two operations does it support?'),
    p('optimisations', 'Path compression and union by rank make operations nearly constant time', ['path compression', 'union by rank', 'nearly constant', 'ackermann']),
    p('uses', 'Used for connected components and Kruskal\'s minimum spanning tree', ['connected component', 'kruskal', 'spanning tree', 'cycle detection']),
  ]),
  t('ds-m-6', 'data_structures', 'medium', 'How would you implement a queue with two stacks, and what does each operation cost?', [
    p('two-stacks', 'Push onto an inbox stack; pop from an outbox stack', ['inbox', 'outbox', 'two stacks', 'input stack', 'output stack'], 'What does each stack hold?'),
    p('transfer', 'When the outbox is empty, move everything from the inbox, reversing the order', ['move everything', 'reverse', 'transfer', 'empty']),
    p('amortised', 'Each element moves once, so operations are amortised O(1)', ['amortized', 'amortised', 'o(1)', 'moves once']),
  ]),
  t('ds-h-2', 'data_structures', 'hard', 'What is a Bloom filter, and what are its trade-offs?', [
    p('bits', 'A bit array set by several hash functions per element', ['bit array', 'hash functions', 'several hashes', 'bits'], 'How does an element get added?'),
    p('false-positives', 'It can give false positives but never false negatives', ['false positive', 'never false negative', 'maybe', 'definitely not'], 'What kind of error can it make?'),
    p('sizing', 'The false positive rate depends on bits per element and hash count', ['bits per element', 'size', 'tune']),
    p('uses', 'Used to skip expensive lookups, as in LSM-tree databases and caches', ['skip', 'lsm', 'cassandra', 'cache', 'expensive lookup']),
  ]),
  t('ds-h-3', 'data_structures', 'hard', 'How does a skip list work, and why would you choose it over a balanced tree?', [
    p('levels', 'Sorted linked lists in levels, each skipping over more elements', ['levels', 'linked list', 'express lane', 'skip'], 'How does a skip list speed up search?'),
    p('random', 'Node heights are chosen randomly, giving expected O(log n)', ['random', 'coin', 'probabilistic', 'expected']),
    p('simple', 'It is simpler than a balanced tree and easier to make concurrent', ['simpler', 'concurrent', 'lock free', 'no rotations']),
    p('uses', 'Used in Redis sorted sets and LSM memtables', ['redis', 'sorted set', 'memtable']),
  ]),
  t('ds-h-4', 'data_structures', 'hard', 'How does a B-tree differ from a binary search tree, and why do databases use it?', [
    p('fanout', 'Each node holds many keys and children (high fan-out)', ['many keys', 'fan out', 'fanout', 'many children'], 'How many keys does a B-tree node hold?'),
    p('disk', 'Nodes match disk pages, so a lookup touches few pages', ['disk', 'page', 'block', 'few reads', 'i/o']),
    p('shallow', 'The tree stays shallow and balanced by splitting and merging nodes', ['shallow', 'split', 'merge', 'balanced', 'height']),
    p('bplus', 'B+ trees keep values in linked leaves for range scans', ['b+ tree', 'leaves', 'range scan', 'linked leaves']),
  ]),
  t('ds-h-5', 'data_structures', 'hard', 'How would you design a data structure that returns the median of a stream of numbers at any time?', [
    p('two-heaps', 'Keep two heaps: a max-heap for the lower half and a min-heap for the upper half', ['two heaps', 'max heap', 'min heap', 'lower half', 'upper half'], 'Which two structures split the numbers?'),
    p('balance', 'Rebalance so their sizes differ by at most one', ['rebalanc', 'sizes differ', 'at most one', 'balance']),
    p('cost', 'Inserting costs O(log n) and reading the median costs O(1)', ['log n', 'o(1)', 'constant time', 'logarithmic']),
  ]),
  t('ds-h-6', 'data_structures', 'hard', 'What are persistent (immutable) data structures, and how do they stay efficient?', [
    p('versions', 'Updates return a new version and keep the old one intact', ['new version', 'old version', 'immutable', 'intact'], 'What happens to the old version on update?'),
    p('sharing', 'Structural sharing copies only the changed path', ['structural sharing', 'path copying', 'changed path']),
    p('tries', 'Hash array mapped tries give near O(1) operations (Clojure, Immutable.js)', ['hamt', 'hash array mapped trie', 'clojure', 'immutable.js', 'trie']),
    p('benefits', 'They make concurrency, undo and change detection simple', ['concurrency', 'undo', 'change detection', 'thread safe']),
  ]),
];
