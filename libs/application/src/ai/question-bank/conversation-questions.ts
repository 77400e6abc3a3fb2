import { CODING_PROBLEMS } from '../../coding-bank/coding-problem-bank';
import { CodingProblem } from '../../coding-bank/coding-problem.types';
import { BankQuestion, Difficulty, QuestionPhase, RubricPoint } from '../../ports/question-bank.types';

/** The non-technical phases: introduction, coding exercises (the spoken approach), behavioural, wrap-up. */
const p = (id: string, text: string, keywords: string[], probe?: string): RubricPoint => ({ id, text, keywords, probe });
const q = (id: string, skill: string, phase: QuestionPhase, difficulty: Difficulty, text: string, points: RubricPoint[]): BankQuestion => ({
  id,
  skill,
  phase,
  difficulty,
  text,
  points,
});

export const INTRO_QUESTIONS: readonly BankQuestion[] = [
  q('intro-1', 'general', 'intro', 'easy', 'To start, could you walk me through your background and the work you are most proud of?', [
    p('experience', 'Years and kind of experience', ['years', 'experience', 'worked', 'working as', 'background'], 'How many years have you worked in this field, and in what roles?'),
    p('project', 'A concrete project and its impact', ['project', 'built', 'launched', 'delivered', 'shipped', 'impact', 'proud'], 'Could you tell me about one specific project you built?'),
    p('technologies', 'The technologies used', ['using', 'stack', 'technolog', 'language', 'framework', 'tools']),
    p('role', 'Their own role and responsibilities', ['responsible', 'my role', 'i led', 'i owned', 'i designed', 'i implemented']),
  ]),
];

/** Rubric points written for a problem's spoken approach; other problems get the generic points below. */
const CODING_POINTS: Readonly<Record<string, RubricPoint[]>> = {
  'code-e-1': [
    p('hashmap', 'One pass with a hash map of seen values', ['hash map', 'hashmap', 'dictionary', 'dict', 'map', 'set', 'seen'], 'Can you do better than checking every pair?'),
    p('complexity', 'O(n) time, O(n) space (versus O(n^2) brute force)', ['o(n)', 'linear', 'n^2', 'quadratic', 'brute force'], 'What are the time and space costs of your approach?'),
    p('edges', 'Edge cases: no solution, duplicates, negative numbers', ['edge case', 'no solution', 'duplicate', 'negative', 'empty']),
  ],
  'code-m-1': [
    p('window', 'A sliding window with two pointers', ['sliding window', 'two pointers', 'window', 'left pointer', 'start index'], 'How could you avoid re-scanning the string for each start position?'),
    p('lastseen', 'Remember the last index of each character', ['last index', 'last seen', 'hash map', 'dictionary', 'map', 'set'], 'How do you know where to move the window on a repeat?'),
    p('complexity', 'O(n) time, O(k) space for the alphabet', ['o(n)', 'linear', 'o(k)', 'alphabet', 'o(1) space']),
    p('edges', 'Edge cases: empty string, all same characters', ['empty', 'edge case', 'same character', 'single character']),
  ],
  'code-h-1': [
    p('heap', 'A min-heap (priority queue) of the current heads', ['heap', 'min-heap', 'priority queue', 'heapq'], 'Which data structure gives you the smallest head quickly?'),
    p('complexity', 'O(N log k) time for N elements', ['n log k', 'log k', 'o(n log k)'], 'What is the complexity in terms of N elements and k lists?'),
    p('alternative', 'Divide and conquer pairwise merging as an alternative', ['divide and conquer', 'pairwise', 'merge two', 'merge sort']),
    p('edges', 'Edge cases: empty lists, k = 0 or 1', ['empty', 'edge case', 'k = 0', 'no lists', 'single list']),
  ],
};

function genericCodingPoints(problem: CodingProblem): RubricPoint[] {
  return [
    p('approach', `An efficient approach (${problem.tags.join(', ')})`, [...problem.tags, 'sort', 'hash', 'stack', 'two pointers', 'binary search', 'one pass'], 'Which technique avoids comparing every pair?'),
    p('complexity', 'Its time and space complexity, against the brute force', ['o(n)', 'o(n log n)', 'linear', 'n log n', 'quadratic', 'n^2', 'brute force'], 'What are the time and space costs of your approach?'),
    p('edges', 'Edge cases: empty input, one element, duplicates, extremes', ['edge case', 'empty', 'single', 'one element', 'duplicate', 'negative', 'overflow']),
  ];
}

/** One coding question per problem of the coding bank: the candidate reads stdin and writes stdout. */
export const CODING_QUESTIONS: readonly BankQuestion[] = CODING_PROBLEMS.map((problem) =>
  q(
    problem.id,
    'general',
    'coding',
    problem.difficulty,
    `Coding exercise: ${problem.title}. ${problem.statement} Input: ${problem.inputFormat} Output: ${problem.outputFormat} ` +
      'Explain your approach and its complexity, then submit a program that reads standard input and writes standard output.',
    CODING_POINTS[problem.id] ?? genericCodingPoints(problem),
  ),
);

export const BEHAVIORAL_QUESTIONS: readonly BankQuestion[] = [
  q('beh-1', 'behavioral', 'behavioral', 'medium', 'Tell me about a time you disagreed with a teammate or a manager on a technical decision. What happened?', [
    p('situation', 'A concrete situation with context', ['when i', 'at my', 'project', 'team', 'situation', 'once'], 'Could you give me a specific example, with when and where it happened?'),
    p('action', 'What they did: listened, used data, proposed options', ['listened', 'data', 'prototype', 'proposed', 'discussed', 'compromise', 'benchmark', 'explained'], 'What did you personally do to resolve it?'),
    p('result', 'The outcome and what they learned', ['result', 'outcome', 'in the end', 'learned', 'agreed', 'decided', 'shipped'], 'How did it end, and what did you learn?'),
    p('respect', 'Respect for the other view; commitment once decided', ['respect', 'their point', 'perspective', 'disagree and commit', 'commit', 'understood']),
  ]),
  q('beh-2', 'behavioral', 'behavioral', 'medium', 'Describe a project that failed or a serious mistake you made. How did you handle it?', [
    p('ownership', 'Takes ownership rather than blaming', ['my mistake', 'i was responsible', 'ownership', 'i should have', 'my fault', 'i made'], 'What part of it was yours?'),
    p('response', 'Immediate response: fixed, communicated, mitigated', ['fixed', 'rolled back', 'rollback', 'communicated', 'informed', 'mitigat', 'hotfix'], 'What did you do right after you noticed?'),
    p('learning', 'What changed afterwards: process, tests, postmortem', ['postmortem', 'post-mortem', 'learned', 'process', 'tests', 'monitoring', 'prevent', 'since then'], 'What did you change so it would not happen again?'),
  ]),
  q('beh-3', 'behavioral', 'behavioral', 'medium', 'Tell me about a time you had to deliver under a tight deadline. How did you prioritise?', [
    p('prioritise', 'Prioritised by impact and cut scope', ['priorit', 'scope', 'must have', 'mvp', 'impact', 'cut'], 'How did you decide what to drop?'),
    p('communication', 'Communicated trade-offs with stakeholders', ['stakeholder', 'communicat', 'manager', 'expectation', 'informed', 'trade-off', 'tradeoff'], 'Who did you keep informed, and how?'),
    p('result', 'Result and quality kept', ['delivered', 'on time', 'result', 'shipped', 'quality', 'tests'], 'What was the outcome?'),
  ]),
  q('beh-4', 'behavioral', 'behavioral', 'medium', 'How have you helped a teammate grow, or learned something difficult quickly?', [
    p('example', 'A specific person or topic', ['mentor', 'junior', 'colleague', 'teammate', 'learned', 'new to'], 'Could you name one specific case?'),
    p('method', 'How: pairing, reviews, documentation, practice', ['pair', 'pairing', 'code review', 'documentation', 'practice', 'course', 'book', 'explained'], 'What did you actually do?'),
    p('outcome', 'The measurable outcome', ['became', 'promoted', 'independent', 'result', 'improved', 'shipped']),
  ]),
  q('beh-5', 'behavioral', 'behavioral', 'medium', 'Tell me about a time requirements were unclear or kept changing. What did you do?', [
    p('clarify', 'Sought clarity: asked questions, wrote down assumptions', ['asked', 'clarif', 'assumption', 'wrote down', 'spec', 'requirement'], 'How did you find out what was really needed?'),
    p('iterate', 'Worked in small steps and got early feedback', ['prototype', 'iteration', 'iterate', 'feedback', 'small steps', 'demo', 'mvp'], 'How did you avoid building the wrong thing?'),
    p('result', 'The outcome and what they would do again', ['result', 'outcome', 'delivered', 'learned', 'in the end', 'shipped']),
  ]),
  q('beh-6', 'behavioral', 'behavioral', 'medium', 'Describe a time you noticed a problem nobody had asked you to fix. What did you do about it?', [
    p('noticed', 'A concrete problem they spotted themselves', ['noticed', 'saw', 'found', 'spotted', 'realised', 'realized'], 'What exactly did you notice, and where?'),
    p('initiative', 'Took initiative and got buy-in', ['proposed', 'took the initiative', 'on my own', 'convinced', 'buy-in', 'raised it', 'volunteered'], 'Who did you involve, and how?'),
    p('impact', 'The measurable impact', ['reduced', 'saved', 'improved', 'faster', 'fewer', 'impact', 'percent', '%']),
  ]),
  q('beh-7', 'behavioral', 'behavioral', 'medium', 'Tell me about feedback you received that was hard to hear. How did you respond?', [
    p('feedback', 'The specific feedback and who gave it', ['feedback', 'review', 'manager', 'told me', 'colleague', 'lead'], 'What was the feedback, exactly?'),
    p('reaction', 'Listened rather than defended; asked for examples', ['listened', 'asked for examples', 'reflected', 'accepted', 'understood', 'thanked'], 'How did you react in the moment?'),
    p('change', 'What they changed afterwards', ['changed', 'improved', 'since then', 'now i', 'started', 'practice'], 'What did you do differently afterwards?'),
  ]),
  q('beh-8', 'behavioral', 'behavioral', 'medium', 'How do you explain a technical decision to someone without a technical background? Give an example.', [
    p('audience', 'Adapted to the audience: their goals, no jargon', ['audience', 'jargon', 'plain', 'business', 'non-technical', 'their goals'], 'Who was the audience, and what did they care about?'),
    p('method', 'Used analogies, visuals or trade-offs in their terms', ['analogy', 'diagram', 'visual', 'example', 'trade-off', 'tradeoff', 'cost', 'risk'], 'How did you make it concrete for them?'),
    p('check', 'Checked understanding and reached a decision', ['understood', 'questions', 'agreed', 'decided', 'decision', 'confirmed']),
  ]),
  q('beh-9', 'behavioral', 'behavioral', 'medium', 'Tell me about a time you worked with a difficult stakeholder or a team with different priorities.', [
    p('situation', 'The stakeholder and the conflict of priorities', ['stakeholder', 'team', 'priorities', 'product', 'manager', 'client', 'conflict'], 'Who was it, and what did each side want?'),
    p('approach', 'Understood their needs and found common ground', ['understood', 'listened', 'common ground', 'compromise', 'negotiat', 'aligned', 'shared goal'], 'How did you work it out with them?'),
    p('result', 'The outcome and the relationship afterwards', ['result', 'outcome', 'agreed', 'relationship', 'trust', 'delivered'], 'How did it end?'),
  ]),
  q('beh-10', 'behavioral', 'behavioral', 'medium', 'What is the most technically challenging thing you have worked on, and what made it hard?', [
    p('challenge', 'A concrete technical challenge and why it was hard', ['challenge', 'hard', 'difficult', 'complex', 'scale', 'performance', 'legacy'], 'What exactly made it hard?'),
    p('approach', 'How they broke it down and investigated', ['broke it down', 'investigat', 'measured', 'profil', 'experiment', 'research', 'step by step'], 'How did you approach it?'),
    p('result', 'The result and what they learned', ['result', 'solved', 'learned', 'reduced', 'improved', 'shipped'], 'What was the outcome, and what did you learn?'),
  ]),
];

export const WRAP_UP_QUESTION: BankQuestion = q('wrap-1', 'general', 'wrap_up', 'easy', 'We are almost at time. Is there anything you would like to add, or any questions you have for us?', []);
