import { EMPTY_DETAILS, InterviewEvent, InterviewerTurnTaken } from '@candor/domain';
import { BEHAVIORAL_QUESTIONS, QUESTION_BY_ID, TECHNICAL_QUESTIONS } from '../question-bank/question-bank';
import { seededShuffle } from '../engine/seeded-draw';
import { buildInterviewPlan } from './interview-plan';
import { decideTurn } from './interviewer-policy';
import { readTranscript } from './interview-transcript';

const details = { ...EMPTY_DETAILS, position: 'Python Engineer', technologies: ['python', 'sql'], difficulty: 'medium' };
const questionSet = (seed: string | null) => buildInterviewPlan(details, seed).steps.map((s) => s.bankQuestionId).join(',');

describe('interviews that differ', () => {
  it('ships 10 behavioural questions, each with expected points', () => {
    expect(BEHAVIORAL_QUESTIONS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(BEHAVIORAL_QUESTIONS.map((q) => q.id)).size).toBe(BEHAVIORAL_QUESTIONS.length);
    for (const q of BEHAVIORAL_QUESTIONS) expect(q.points.length).toBeGreaterThanOrEqual(3);
  });

  it('draws reproducibly: the same seed rebuilds the same plan, and the seed is in the plan', () => {
    const plan = buildInterviewPlan(details, 'seed-a');
    expect(plan.seed).toBe('seed-a');
    expect(buildInterviewPlan(details, 'seed-a')).toEqual(plan);
    expect(seededShuffle([1, 2, 3, 4, 5], 's', 'x')).toEqual(seededShuffle([1, 2, 3, 4, 5], 's', 'x'));
    for (const step of plan.steps) expect(QUESTION_BY_ID.get(step.bankQuestionId ?? '')?.phase).toBe(step.phase);
    expect(plan.questions).toEqual({ source: 'bank', model: null, promptVersion: null, fallbackReason: null });
    // Another seed, another draw; the first seed again, the first plan again.
    expect(buildInterviewPlan(details, 'seed-z')).not.toEqual(plan);
    expect(buildInterviewPlan(details, 'seed-a').steps).toEqual(plan.steps);
  });

  it('draws the technical questions from the whole bank: 40 candidates rarely share a set and every question of the level is asked', () => {
    const technical = (seed: string) => buildInterviewPlan(details, seed).steps.filter((s) => s.phase === 'technical').map((s) => s.bankQuestionId!);
    const sets = Array.from({ length: 40 }, (_, i) => technical(`candidate-${i}`));
    expect(new Set(sets.map((set) => set.join(','))).size).toBeGreaterThanOrEqual(30);
    // The same seed always rebuilds the same technical set.
    for (let i = 0; i < 40; i += 1) expect(technical(`candidate-${i}`)).toEqual(sets[i]);
    // Every medium Python and SQL question of the bank is asked to somebody (5+ of each), not only the first.
    const asked = new Set(sets.flat());
    const mediumPool = TECHNICAL_QUESTIONS.filter((q) => (q.skill === 'python' || q.skill === 'sql') && q.difficulty === 'medium');
    expect(mediumPool.length).toBeGreaterThanOrEqual(10);
    expect(mediumPool.filter((q) => !asked.has(q.id)).map((q) => q.id)).toEqual([]);
    // Two candidates share their whole technical set in under 2 pairs in 100 (6 x 6 x 6 sets here: about 1 in 216).
    let same = 0;
    let pairs = 0;
    for (let i = 0; i < sets.length; i += 1) for (let j = i + 1; j < sets.length; j += 1, pairs += 1) if (sets[i].join() === sets[j].join()) same += 1;
    expect(same / pairs).toBeLessThan(0.02);
  });

  it('two candidates rarely get the same set: 40 seeds give many different plans', () => {
    const sets = Array.from({ length: 40 }, (_, i) => questionSet(`candidate-${i}`));
    const distinct = new Set(sets).size;
    expect(distinct).toBeGreaterThanOrEqual(30);
    // Every behavioural question gets drawn by some candidate, not always the first two.
    const drawn = new Set(sets.flatMap((s) => s.split(',')).filter((id) => id.startsWith('beh-')));
    expect(drawn.size).toBe(BEHAVIORAL_QUESTIONS.length);
  });

  it('keeps the plan of an interview recorded before seeds: no seed, the bank\'s first questions', () => {
    const plan = buildInterviewPlan(details);
    expect(plan.seed).toBeUndefined();
    expect(plan.steps.filter((s) => s.phase === 'behavioral').map((s) => s.bankQuestionId)).toEqual(['beh-1', 'beh-2']);
  });

  it('the opening turn records the seeded plan, and later turns follow the recorded plan', () => {
    const opening = decideTurn(details, readTranscript([]), null, { now: '2026-01-01T00:00:00.000Z', startedAt: null }, 'seed-b');
    expect(opening?.plan).toEqual(buildInterviewPlan(details, 'seed-b'));
    expect(opening?.plan?.seed).toBe('seed-b');
    const turn = {
      turnId: 't', messageId: 'm', text: 'x', move: 'open', phase: 'intro', stepIndex: 0, assessment: null, reason: 'r', model: 'builtin', promptVersion: 'p',
      bankVersion: 'b', plan: opening!.plan, tokensUsed: 0, interviewId: 'i', takenAt: 'now',
      question: { ...opening!.question!, questionId: 'q0' },
    } as InterviewerTurnTaken['data'];
    const history: InterviewEvent[] = [
      { type: 'QuestionAsked', data: { interviewId: 'i', questionId: 'q0', text: opening!.next, category: 'intro', difficulty: 'easy', askedAt: 'now' } },
      { type: 'InterviewerTurnTaken', data: turn },
      { type: 'MessageRecorded', data: { interviewId: 'i', messageId: 'a', speaker: 'candidate', text: 'I have built Python services for years.', timestamp: 'now', answersQuestionId: 'q0' } },
    ];
    // Another seed on a later turn changes nothing: the plan recorded at the opening is followed.
    const next = decideTurn(details, readTranscript(history), null, { now: '2026-01-01T00:00:00.000Z', startedAt: null }, 'another-seed');
    expect(next?.question?.bankQuestionId).toBe(buildInterviewPlan(details, 'seed-b').steps[1].bankQuestionId);
  });
});
