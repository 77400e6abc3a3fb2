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
];
