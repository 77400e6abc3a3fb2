import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** Algorithms: at least five questions at each difficulty, each with the points a good answer makes. */
export const ALGORITHMS_QUESTIONS: readonly BankQuestion[] = [
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
  t('algo-e-2', 'algorithms', 'easy', 'What does Big-O notation describe, and what are the common complexity classes?', [
    p('growth', 'It describes how time or memory grows with input size, ignoring constants', ['grows', 'input size', 'upper bound', 'ignoring constants', 'growth'], 'What exactly does O(n) tell you?'),
    p('classes', 'The common classes are constant, logarithmic, linear, n log n, quadratic and exponential', ['logarithmic', 'log n', 'quadratic', 'linear', 'exponential']),
    p('cases', 'Worst, average and best cases can differ', ['worst case', 'average case', 'best case']),
  ]),
  t('algo-e-3', 'algorithms', 'easy', 'What is the difference between breadth-first and depth-first search?', [
    p('bfs', 'BFS explores level by level using a queue', ['level by level', 'queue', 'breadth first', 'neighbours first'], 'Which data structure does BFS use?'),
    p('dfs', 'DFS goes as deep as possible first, using a stack or recursion', ['stack', 'recursion', 'deep', 'depth first', 'backtrack']),
    p('shortest', 'BFS finds shortest paths in unweighted graphs', ['shortest path', 'unweighted', 'fewest edges'], 'Which one finds the shortest path in an unweighted graph?'),
    p('cost', 'Both run in time linear in the number of vertices and edges', ['linear', 'vertices and edges', 'v + e']),
  ]),
  t('algo-e-4', 'algorithms', 'easy', 'What is recursion, and what must every recursive function have?', [
    p('self', 'A function that solves a problem by calling itself on smaller inputs', ['calls itself', 'smaller', 'subproblem'], 'How does a recursive function make progress?'),
    p('base-case', 'A base case stops the recursion', ['base case', 'terminat']),
    p('stack', 'Each call uses stack space; deep recursion can overflow the stack', ['stack overflow', 'call stack', 'depth', 'stack space']),
    p('iterative', 'Any recursion can be rewritten with a loop and an explicit stack', ['iterative', 'loop', 'explicit stack']),
  ]),
  t('algo-e-5', 'algorithms', 'easy', 'How do you find two numbers in an array that add up to a target, and what does each approach cost?', [
    p('brute', 'Checking every pair costs O(n^2)', ['every pair', 'nested loop', 'quadratic', 'brute force'], 'What does the simplest approach cost?'),
    p('hash', 'A hash map of seen values finds the complement in one pass, O(n)', ['hash map', 'complement', 'one pass', 'seen']),
    p('sorted', 'On sorted input, two pointers from both ends also give O(n)', ['two pointers', 'sorted', 'both ends']),
  ]),
  t('algo-e-6', 'algorithms', 'easy', 'What makes a sorting algorithm stable, and when does stability matter?', [
    p('definition', 'A stable sort keeps equal elements in their original order', ['original order', 'equal elements', 'relative order', 'stable'], 'What does a stable sort promise?'),
    p('when', 'It matters when sorting by one key after another', ['multiple keys', 'secondary', 'one key after another', 'sort by']),
    p('examples', 'Merge sort and insertion sort are stable; quicksort and heapsort usually are not', ['merge sort', 'insertion sort', 'quicksort', 'heapsort', 'timsort']),
  ]),
  t('algo-m-2', 'algorithms', 'medium', 'How does Dijkstra\'s algorithm find shortest paths, and what are its limits?', [
    p('greedy', 'It repeatedly settles the closest unvisited node and relaxes its edges', ['closest', 'relax', 'greedy', 'settle', 'unvisited'], 'Which node does Dijkstra process next?'),
    p('heap', 'With a priority queue it runs in O((V + E) log V)', ['priority queue', 'heap', 'log v', 'e log v']),
    p('negative', 'It fails with negative edge weights; Bellman-Ford handles them', ['negative', 'bellman ford', 'negative weight']),
  ]),
  t('algo-m-3', 'algorithms', 'medium', 'What is the sliding window technique, and what kinds of problems does it solve?', [
    p('window', 'Keep a window over a contiguous range and move its ends instead of restarting', ['window', 'contiguous', 'move', 'expand', 'shrink'], 'How does the window move?'),
    p('linear', 'It turns O(n^2) scans of subarrays into O(n)', ['o(n)', 'linear', 'quadratic', 'each element once']),
    p('examples', 'Longest substring without repeats, maximum sum of k elements', ['longest substring', 'subarray', 'k elements', 'maximum sum']),
  ]),
  t('algo-m-4', 'algorithms', 'medium', 'What is a topological sort, and how do you compute one?', [
    p('definition', 'An ordering of a directed acyclic graph where every edge points forward', ['directed acyclic', 'dag', 'every edge', 'dependency order'], 'Which graphs have a topological order?'),
    p('kahn', 'Kahn\'s algorithm repeatedly removes nodes with no incoming edges', ['kahn', 'in degree', 'incoming edges', 'queue']),
    p('dfs', 'Or reverse the DFS finishing order', ['dfs', 'finishing order', 'post order', 'reverse']),
    p('cycle', 'If nodes remain, the graph has a cycle', ['cycle', 'circular dependency']),
  ]),
  t('algo-m-5', 'algorithms', 'medium', 'What is a greedy algorithm, and how do you know a greedy choice is correct?', [
    p('definition', 'It makes the locally best choice at each step without revisiting it', ['locally', 'best choice', 'each step', 'never revisit'], 'What does a greedy algorithm do at each step?'),
    p('proof', 'It is correct when an exchange argument or the greedy-choice property holds', ['exchange argument', 'greedy choice property', 'proof', 'optimal substructure']),
    p('examples', 'Interval scheduling, Huffman coding; it fails for coin change with odd coins', ['interval scheduling', 'huffman', 'coin change', 'counterexample']),
  ]),
  t('algo-m-6', 'algorithms', 'medium', 'How does backtracking work? Walk through generating all subsets or permutations.', [
    p('choose', 'Build a candidate step by step: choose, explore, un-choose', ['choose', 'explore', 'undo', 'un choose', 'step by step'], 'What are the three moves of backtracking?'),
    p('prune', 'Prune branches that cannot lead to a solution', ['prune', 'pruning', 'cut off', 'constraint']),
    p('cost', 'The cost is exponential: 2^n subsets or n! permutations', ['exponential', '2^n', 'n!', 'factorial']),
    p('examples', 'N-queens, sudoku and combination sums use it', ['n queens', 'sudoku', 'combination']),
  ]),
  t('algo-h-2', 'algorithms', 'hard', 'How would you find the k most frequent items in a huge stream that does not fit in memory?', [
    p('exact', 'Exact counting with a hash map plus a size-k heap when it fits', ['hash map', 'heap of size k', 'min heap', 'count'], 'What is the exact approach when memory allows?'),
    p('sketch', 'Approximate with Count-Min Sketch or the Space-Saving algorithm', ['count min sketch', 'space saving', 'misra gries', 'approximate'], 'What can you do when it does not fit?'),
    p('distributed', 'Or partition by hash across machines and merge the partial top-k', ['partition', 'map reduce', 'merge', 'shard']),
    p('error', 'Approximations trade bounded error for memory', ['bound', 'trade', 'memory']),
  ]),
  t('algo-h-3', 'algorithms', 'hard', 'What does it mean for a problem to be NP-complete, and what do you do when you meet one in practice?', [
    p('definition', 'NP-complete problems have checkable solutions and no known polynomial algorithm', ['polynomial', 'no known', 'verify', 'np'], 'What is special about NP-complete problems?'),
    p('reduction', 'Every NP problem reduces to them', ['reduction', 'reduce', 'np hard']),
    p('practice', 'Use approximation, heuristics, exact solvers on small inputs, or restrict the problem', ['approximation', 'heuristic', 'solver', 'branch and bound', 'restrict']),
    p('examples', 'Travelling salesman, SAT, knapsack', ['travelling salesman', 'traveling salesman', 'sat', 'knapsack', 'graph coloring']),
  ]),
  t('algo-h-4', 'algorithms', 'hard', 'How do you compute the edit distance between two strings, and how can you reduce its memory?', [
    p('dp', 'Dynamic programming over prefixes: each cell takes the cheapest of insert, delete or replace', ['dynamic programming', 'prefix', 'insert', 'delete', 'replace'], 'What does each cell of the table mean?'),
    p('cost', 'It costs O(n*m) time', ['n*m', 'n times m', 'o(nm)', 'quadratic']),
    p('memory', 'Keep only two rows to use O(min(n, m)) memory', ['two rows', 'previous row', 'min(n', 'rolling']),
    p('uses', 'Used in spell checking and diff tools', ['spell', 'diff', 'fuzzy', 'levenshtein']),
  ]),
  t('algo-h-5', 'algorithms', 'hard', 'How do you find strongly connected components in a directed graph?', [
    p('definition', 'A strongly connected component is a maximal set of nodes all reachable from each other', ['reachable from each other', 'maximal', 'mutually reachable'], 'What is a strongly connected component?'),
    p('algorithms', 'Tarjan\'s or Kosaraju\'s algorithm', ['tarjan', 'kosaraju', 'low link']),
    p('cost', 'Both run in linear time, O(V + E)', ['linear', 'v + e']),
    p('uses', 'Used for dependency cycles and condensing a graph into a DAG', ['cycle', 'condense', 'dag', 'dependency']),
  ]),
  t('algo-h-6', 'algorithms', 'hard', 'How would you sort a file far larger than memory?', [
    p('external', 'External merge sort: sort memory-sized chunks and write them out as runs', ['external', 'chunk', 'runs', 'external merge sort'], 'What is the first pass?'),
    p('merge', 'Merge the sorted runs with a k-way merge using a heap', ['k way merge', 'heap', 'merge', 'priority queue']),
    p('io', 'Sequential reads and large buffers keep disk I/O efficient', ['sequential', 'buffer', 'disk', 'i/o']),
    p('parallel', 'It parallelises across machines (MapReduce-style)', ['parallel', 'mapreduce', 'distributed', 'spark']),
  ]),
];
