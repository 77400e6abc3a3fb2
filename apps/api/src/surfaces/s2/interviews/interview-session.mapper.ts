import { CodeSubmissionEntry, CodingProblemView, InterviewStateDocument } from '@candor/application';
import { InterviewFeedback } from '@candor/application/assessment/feedback/interview-feedback';
import { CodeExecutionResult } from '@candor/domain';
import { ExecutionResultDto, FeedbackDto, InterviewStateResponseDto } from './interview-session.response.dto';
import { CodingProblemResponseDto } from './submit-code.dto';

const ROLE = { candidate: 'user', ai: 'assistant', interviewer: 'interviewer' } as const;

export function toExecutionResult(r: CodeExecutionResult): ExecutionResultDto {
  return {
    stdout: r.stdout,
    stderr: r.stderr,
    exit_code: r.exitCode,
    status: r.status,
    execution_time_ms: r.durationMs,
    memory_kb: r.memoryKb,
    limits_hit: [...r.limitsHit],
    test_results: r.testResults.map((t) => ({ ...t })),
  };
}

export function toStateResponse(doc: InterviewStateDocument): InterviewStateResponseDto {
  return {
    interview_id: doc.interviewId,
    status: doc.status,
    turn_count: doc.turnCount,
    phase: doc.phase,
    conversation_history: doc.conversationHistory.map((t) => ({
      speaker: t.speaker,
      role: ROLE[t.speaker],
      content: t.text,
      timestamp: t.timestamp,
    })),
    questions_asked: doc.questionsAsked.map((q) => ({
      id: q.id,
      question: q.text,
      category: q.category,
      difficulty: q.difficulty,
      asked_at: q.askedAt,
    })),
    code_submissions: doc.codeSubmissions.map((s: CodeSubmissionEntry) => ({
      id: s.id,
      code: s.code,
      language: s.language,
      execution_result: toExecutionResult(s.result),
      submitted_at: s.submittedAt,
    })),
  };
}

export function toFeedback(f: InterviewFeedback): FeedbackDto {
  return {
    overall_score: f.overallScore,
    communication_score: f.communicationScore,
    technical_score: f.technicalScore,
    problem_solving_score: f.problemSolvingScore,
    code_quality_score: f.codeQualityScore,
    skill_breakdown: { ...f.skillBreakdown },
    summary: f.summary,
    source: f.source,
    ...(f.recommendation
      ? {
          recommendation: f.recommendation,
          recommendation_reasoning: f.recommendationReasoning,
          behavioral_score: f.behavioralScore ?? null,
          strengths: [...(f.strengths ?? [])],
          weaknesses: [...(f.weaknesses ?? [])],
          question_scores: (f.questionScores ?? []).map((q) => ({
            question_id: q.questionId,
            question: q.question,
            phase: q.phase,
            skill: q.skill,
            score: q.score,
            max_score: q.maxScore,
            feedback: q.feedback,
            covered_points: [...q.covered],
            missing_points: [...q.missing],
            evidence: { message_ids: [...q.evidence.messageIds], execution_ids: [...q.evidence.executionIds] },
          })),
          versions: { ...f.versions },
        }
      : {}),
    ...(f.pending ? { pending: true } : {}),
  };
}

export function toCodingProblemResponse(p: CodingProblemView): CodingProblemResponseDto {
  return {
    id: p.id,
    title: p.title,
    difficulty: p.difficulty,
    statement: p.statement,
    input_format: p.inputFormat,
    output_format: p.outputFormat,
    examples: p.examples.map((e) => ({ input: e.input, output: e.output })),
    hidden_tests: p.hiddenTests,
    starter_code: { ...p.starterCode },
    bank_version: p.bankVersion,
  };
}
