import type { LlmMessage, LlmRequest } from '../ports/llm.port';
import { LlmTask } from '../ports/llm-task';

/** The version of each prompt template; recorded with every AI turn and score (an audit names the exact prompt). */
export const PROMPT_VERSIONS: Record<LlmTask['kind'], string> = {
  assess_answer: 'assess-answer.v1',
  interviewer_reply: 'interviewer-reply.v1',
  code_review: 'code-review.v1',
  job_description: 'job-description.v1',
  interview_questions: 'interview-questions.v1',
  free: 'free.v1',
};

const INTERVIEWER_SYSTEM =
  'You are a professional, friendly technical interviewer. Be concise (at most three sentences), never reveal the expected answers, ' +
  'and always end with the exact question or closing line you are given.';

/** Renders a task into chat messages for a remote model; the built-in engine reads the task itself. */
export function renderTask(task: LlmTask, options: { maxTokens?: number; temperature?: number } = {}): LlmRequest {
  return { messages: messagesFor(task), task, ...options };
}

function messagesFor(task: LlmTask): LlmMessage[] {
  switch (task.kind) {
    case 'assess_answer':
      return [
        {
          role: 'system',
          content:
            'You grade interview answers against a rubric. Answer with one JSON object only: ' +
            '{"score": number between 0 and 1, "covered": [ids of the points the answer covers], "missing": [ids of the points it misses], "feedback": "one or two sentences"}. ' +
            'A point is covered only if the answer states it, in any words. Every point id goes in exactly one of covered or missing.',
        },
        {
          role: 'user',
          content: `Question: ${task.question}\nExpected points:\n${task.points.map((p) => `- ${p.id}: ${p.text}`).join('\n')}\n\nCandidate answer:\n${task.answer}`,
        },
      ];
    case 'interviewer_reply': {
      const last = task.lastAnswer
        ? `The candidate's last answer scored ${task.lastAnswer.score} of 1; it covered ${task.lastAnswer.covered.length} expected point(s) and missed ${task.lastAnswer.missing.length}.`
        : 'There is no previous answer.';
      return [
        { role: 'system', content: INTERVIEWER_SYSTEM },
        {
          role: 'user',
          content:
            `Interview for ${task.position ?? 'a software role'}; candidate: ${task.candidateName ?? 'the candidate'}. Phase: ${task.phase}. Move: ${task.move}.\n${last}\n` +
            `Briefly acknowledge the last answer if there is one (without grading it aloud), then say exactly:\n${task.next}`,
        },
      ];
    }
    case 'code_review':
      return [
        { role: 'system', content: 'You are a senior engineer reviewing code. Be specific: cite line numbers and give concrete improvements.' },
        {
          role: 'user',
          content:
            `${task.prompt}\n\nLanguage: ${task.language ?? 'unknown'}\n\`\`\`\n${task.code}\n\`\`\`` +
            (task.findings ? `\n\nStatic analysis findings:\n${task.findings.map((f) => `- line ${f.line ?? '?'}: ${f.message} (${f.source})`).join('\n') || '- none'}` : ''),
        },
      ];
    case 'job_description':
      return [
        {
          role: 'system',
          content:
            'You write job descriptions. Answer with one JSON object only: {"title": string, "description": string, "responsibilities": [string], ' +
            '"requirements": [string], "required_skills": [string], "experience_level": string}.',
        },
        {
          role: 'user',
          content: `Title: ${task.title}\nCompany: ${task.company ?? 'unnamed'}\nLevel: ${task.level}\nSkills to feature: ${task.skills.join(', ')}`,
        },
      ];
    case 'interview_questions':
      return [
        {
          role: 'system',
          content:
            'You are a senior engineer preparing a technical interview. Write one question per slot, in the order given, for this job and this candidate: ' +
            'specific to the job and to what the CV claims, at the slot\'s difficulty, answerable in a few minutes of speech (no coding). ' +
            'For each question give 3 to 5 points a good answer makes, each with an id (kebab-case), a one-sentence text, 2 to 6 lower-case keywords or synonyms ' +
            'a candidate would say when making the point, and a probe (a follow-up question) for the point. Answer with one JSON object only: ' +
            '{"questions": [{"skill": slot skill id, "difficulty": "easy"|"medium"|"hard", "text": string, "points": [{"id": string, "text": string, "keywords": [string], "probe": string}]}]}.',
        },
        {
          role: 'user',
          content:
            `Job title: ${task.job.title ?? 'unspecified'}\nJob skills: ${task.job.skills.join(', ') || 'unspecified'}\nJob description:\n${task.job.description ?? 'none'}\n\n` +
            (task.candidate
              ? `Candidate summary: ${task.candidate.summary ?? 'none'}\nCandidate skills: ${task.candidate.skills.join(', ') || 'none listed'}\n` +
                `Experience (${task.candidate.years ?? '?'} years):\n${task.candidate.experience.map((e) => `- ${e}`).join('\n') || '- none listed'}\n` +
                (task.candidate.cvExcerpt ? `CV excerpt:\n${task.candidate.cvExcerpt}\n` : '')
              : 'No CV is available for this candidate.\n') +
            `\nSlots:\n${task.slots.map((slot, i) => `${i + 1}. skill "${slot.skill}" (${slot.label}), difficulty ${slot.difficulty}`).join('\n')}`,
        },
      ];
    case 'free':
      return [
        { role: 'system', content: 'You are a helpful assistant for software engineers and interviewers.' },
        { role: 'user', content: task.language ? `${task.prompt}\n(Language: ${task.language})` : task.prompt },
      ];
  }
}
