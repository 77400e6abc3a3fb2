import { EMPTY_DETAILS, TurnQuestion } from '@candor/domain';
import { QUESTION_BY_ID, TECHNICAL_QUESTIONS } from '../question-bank/question-bank';
import { DIFFICULTIES } from '../../ports/question-bank.types';
import { SKILLS } from '../question-bank/skills-taxonomy';
import { buildInterviewPlan } from '../interviewer/interview-plan';
import { decideTurn } from '../interviewer/interviewer-policy';
import { InterviewTranscript } from '../interviewer/interview-transcript';
import { composeCodeReview } from './code-review.composer';
import { composeFreeAnswer } from './free-completion.composer';
import { generateJobDescription, jobSkillsFor } from './job-description.generator';
import { selectTechnicalQuestions } from './question-selector';
import { assessAnswer } from './rubric-scorer';
import { detectSkills, resolveDifficulty } from './skill-detector';

describe('built-in engine', () => {
  it('ships a question bank of at least 15 skills x 3 difficulties x 5 questions, each question with expected points and keywords', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(15);
    for (const skill of SKILLS) {
      for (const level of DIFFICULTIES) {
        const q = TECHNICAL_QUESTIONS.filter((x) => x.skill === skill.id && x.difficulty === level);
        expect({ skill: skill.id, level, atLeastFive: q.length >= 5 }).toEqual({ skill: skill.id, level, atLeastFive: true });
        for (const question of q) {
          expect(question.points.length).toBeGreaterThanOrEqual(3);
          for (const p of question.points) expect({ point: `${question.id}/${p.id}`, synonyms: p.keywords.length >= 2 }).toEqual({ point: `${question.id}/${p.id}`, synonyms: true });
        }
      }
    }
  });

  describe('question selection', () => {
    it('ranks the job\'s skills: technologies, then title, job description and CV', () => {
      const skills = detectSkills({
        technologies: ['python', 'postgresql'],
        title: 'Senior Backend Engineer',
        jobDescription: 'You will deploy services on Kubernetes and design REST APIs.',
        cvText: 'I have used Docker for 3 years.',
      });
      expect(skills.map((s) => s.id).slice(0, 2)).toEqual(['python', 'sql']);
      expect(skills.map((s) => s.id)).toEqual(expect.arrayContaining(['kubernetes', 'rest_api', 'docker']));
      expect(skills.find((s) => s.id === 'docker')?.reason).toContain('CV');
    });

    it('picks one question per skill at the requested difficulty', () => {
      const skills = detectSkills({ technologies: ['java', 'sql', 'react'], title: null, jobDescription: null, cvText: null });
      const easy = selectTechnicalQuestions(skills, 'easy', 3).map((s) => s.question);
      const hard = selectTechnicalQuestions(skills, 'hard', 3).map((s) => s.question);
      expect(easy.map((q) => [q.skill, q.difficulty])).toEqual([['java', 'easy'], ['sql', 'easy'], ['react', 'easy']]);
      expect(hard.map((q) => [q.skill, q.difficulty])).toEqual([['java', 'hard'], ['sql', 'hard'], ['react', 'hard']]);
      // More questions than skills: the nearest other difficulty.
      expect(selectTechnicalQuestions(skills.slice(0, 1), 'medium', 2).map((s) => s.question.id)).toEqual(['java-m-1', 'java-h-1']);
    });

    it('resolves the difficulty from the request, a level word or the CV\'s years', () => {
      expect(resolveDifficulty('hard', null, null).difficulty).toBe('hard');
      expect(resolveDifficulty('senior', null, null).difficulty).toBe('hard');
      expect(resolveDifficulty('auto', null, 'Backend developer with 2 years of experience').difficulty).toBe('easy');
      expect(resolveDifficulty('auto', null, '8+ years building distributed systems').difficulty).toBe('hard');
      expect(resolveDifficulty(null, 'Junior Python Developer', null).difficulty).toBe('easy');
    });

    it('plans intro, technical questions for the job, coding, behavioural and wrap-up', () => {
      const plan = buildInterviewPlan({ ...EMPTY_DETAILS, position: 'Go Engineer', technologies: ['golang', 'kubernetes', 'docker'], difficulty: 'easy' });
      expect(plan.steps.map((s) => s.phase)).toEqual(['intro', 'technical', 'technical', 'technical', 'coding', 'behavioral', 'behavioral', 'wrap_up']);
      expect(plan.steps.filter((s) => s.phase === 'technical').map((s) => s.bankQuestionId)).toEqual(['go-e-1', 'k8s-e-1', 'docker-e-1']);
      expect(plan.steps.find((s) => s.phase === 'coding')?.bankQuestionId).toBe('code-e-1');
      expect(plan.difficultyReason).toBe('requested easy');
    });
  });

  describe('rubric scoring', () => {
    const question = QUESTION_BY_ID.get('py-m-1')!;
    const answers = [
      "I don't know.",
      'It stores things and you can look them up by key quickly.',
      'It is a hash table, so a lookup is O(1) on average.',
      'It is a hash table: the key is hashed to a slot, so lookups are O(1) on average. Collisions are resolved with open addressing (probing).',
      'A dict is a hash table: the key is hashed to find a slot, so lookup, insert and delete are O(1) on average. Collisions are resolved by open addressing, probing for the next free slot, and the table resizes when it is about two thirds full (the load factor), which is why insertion can occasionally be slow. Since Python 3.7 it also preserves insertion order, for example when you iterate over it.',
    ];

    it('is monotonic in answer quality', () => {
      const scores = answers.map((a) => assessAnswer(a, question.points).score);
      for (let i = 1; i < scores.length; i += 1) expect(scores[i]).toBeGreaterThan(scores[i - 1]);
      expect(scores[0]).toBe(0);
      expect(scores[4]).toBeGreaterThanOrEqual(0.9);
    });

    it('matches synonyms and word forms, and reports covered and missing points', () => {
      const a = assessAnswer('Hashing the key picks a bucket; when two keys collide it probes further. The table gets resized as it grows.', question.points);
      expect(a.covered).toEqual(['hash-table', 'collisions', 'resize']);
      expect(a.missing).toEqual(['complexity', 'ordering']);
      expect(a.feedback).toContain('Missed: average O(1)');
    });
  });

  describe('follow-ups', () => {
    const details = { ...EMPTY_DETAILS, technologies: ['python'], difficulty: 'medium' };
    const q = QUESTION_BY_ID.get('py-m-1')!;
    const transcript = (answer: string, followUp = false): InterviewTranscript => {
      const question: TurnQuestion = { questionId: 'q1', text: q.text, bankQuestionId: q.id, parentQuestionId: null, probedPointId: null, skill: 'python', difficulty: 'medium', rubric: q.points };
      const turn = (n: number, move: 'ask' | 'follow_up', tq = question) => ({
        interviewId: 'i', turnId: `t${n}`, messageId: `m${n}`, text: tq.text, move, phase: 'technical', stepIndex: 1, question: tq, assessment: null,
        reason: '', model: 'builtin', promptVersion: 'v', bankVersion: 'b', plan: n === 0 ? buildInterviewPlan(details) : null, tokensUsed: 0, takenAt: '',
      });
      const turns = [turn(0, 'ask')];
      if (followUp) turns.push(turn(1, 'follow_up', { ...question, questionId: 'q2', parentQuestionId: 'q1', text: 'probe' }));
      const answers = [{ messageId: 'a1', text: answer }];
      return { turns, questions: [{ questionId: 'q1', text: q.text, phase: 'technical', difficulty: 'medium', turnQuestion: question, answers, followUpIds: [] }], candidateMessages: answers, sinceLastTurn: answers, interviewerTurns: turns.length };
    };
    const decide = (answer: string, followUp = false) => {
      const t = transcript(answer, followUp);
      const assessment = assessAnswer(answer, q.points);
      return decideTurn(details, t, { pending: { record: t.questions[0], rubric: q.points, answer, messageIds: ['a1'] }, assessment }, { now: new Date().toISOString(), startedAt: null });
    };

    it('follows up on the first missed point when an answer is weak', () => {
      const d = decide('It is a hash table.');
      expect(d).toMatchObject({ move: 'follow_up', question: { parentQuestionId: 'q1', probedPointId: 'complexity' }, next: 'What is the time complexity of a lookup?' });
      expect(d!.reason).toContain('missed "Average O(1) lookup');
    });

    it('moves on after a good answer, and after one follow-up even if still weak', () => {
      expect(decide('It is a hash table with O(1) lookups; collisions use open addressing and it resizes at a load factor of two thirds.')?.move).toBe('ask');
      expect(decide('No idea.', true)?.move).toBe('move_on');
    });
  });

  it('generates a job description from a title and the skills taxonomy', () => {
    const { skills, difficulty, level } = jobSkillsFor('Senior Java Developer');
    expect(skills[0]).toBe('java');
    expect(skills).toEqual(expect.arrayContaining(['sql', 'rest_api']));
    expect([difficulty, level]).toEqual(['hard', 'senior']);
    const jd = generateJobDescription({ title: 'Senior Java Developer', company: 'Tech Corp' }, skills, difficulty);
    expect(jd.description).toContain('Tech Corp');
    expect(jd.description).toContain('Java');
    expect(jd.required_skills).toEqual(expect.arrayContaining(['Java', 'SQL']));
    expect(jd.requirements[0]).toBe('5+ years of professional experience');
    expect(jd.responsibilities).toContain('Mentor other engineers and lead technical decisions');
    const frontend = generateJobDescription({ title: 'Frontend Engineer', company: null }, jobSkillsFor('Frontend Engineer').skills, 'medium');
    expect(frontend.required_skills).toEqual(expect.arrayContaining(['JavaScript', 'React']));
  });

  it('reviews code from the code itself, and answers free prompts from the bank', () => {
    const review = composeCodeReview({ kind: 'code_review', prompt: 'Review', code: 'def add(a, b): return a + b', language: 'python', findings: null, analysisScore: null });
    expect(review.text).toContain('Line 1: function add has no type hints for a, b and no return type');
    expect(review.text).toContain('def add(a: int, b: int) -> int:');
    const withFindings = composeCodeReview({
      kind: 'code_review', prompt: 'Review', code: 'import os\nprint(x)', language: 'python', analysisScore: 6,
      findings: [{ type: 'unused-import', message: "'os' imported but unused", line: 1, column: 1, severity: 'warning', source: 'pyflakes', code: 'F401' }],
    });
    expect(withFindings.text).toContain("Line 1: 'os' imported but unused [pyflakes F401, warning]");
    expect(withFindings.text).toContain('Remove unused imports');
    const answer = composeFreeAnswer({ kind: 'free', prompt: 'How do database indexes work and when do they slow writes?', language: null });
    expect(answer.text).toContain('B-trees');
  });
});
