/** The vocabulary shared by the interview's commands, events and state (CONTRACTS.md, "Interviews"). */
export type InterviewStatus = 'pending' | 'scheduled' | 'in_progress' | 'completed' | 'cancelled';
export const INTERVIEW_STATUSES: readonly InterviewStatus[] = ['pending', 'scheduled', 'in_progress', 'completed', 'cancelled'];

export type InterviewType = 'technical' | 'video' | 'chat' | 'behavioral';
export const INTERVIEW_TYPES: readonly InterviewType[] = ['technical', 'video', 'chat', 'behavioral'];

export type Speaker = 'candidate' | 'ai' | 'interviewer';
export const SPEAKERS: readonly Speaker[] = ['candidate', 'ai', 'interviewer'];

/** The descriptive fields of an interview: everything a creator or an update may set. */
export interface InterviewDetails {
  readonly title: string | null;
  readonly description: string | null;
  readonly candidateName: string | null;
  readonly candidateEmail: string | null;
  /** S3's candidate id. */
  readonly candidateId: string | null;
  /** S3's job id. */
  readonly jobId: string | null;
  readonly position: string | null;
  readonly resumeId: string | null;
  readonly jobDescription: string | null;
  readonly interviewType: InterviewType | null;
  /** `auto` | `easy` | `medium` | `hard`, or S0's free text such as `senior`. */
  readonly difficulty: string | null;
  readonly technologies: readonly string[];
  readonly durationMinutes: number | null;
  readonly enableVideoAnalysis: boolean;
  readonly enableRecording: boolean;
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** The reviewer's verdict fields S1 sets with PUT (any scale the reviewer uses; S1 shows 0..100). */
export interface InterviewReview {
  readonly technicalScore: number | null;
  readonly behavioralScore: number | null;
  readonly overallFeedback: string | null;
}

export type InterviewChanges = Partial<InterviewDetails & InterviewReview>;

export const EMPTY_DETAILS: InterviewDetails = {
  title: null,
  description: null,
  candidateName: null,
  candidateEmail: null,
  candidateId: null,
  jobId: null,
  position: null,
  resumeId: null,
  jobDescription: null,
  interviewType: null,
  difficulty: null,
  technologies: [],
  durationMinutes: null,
  enableVideoAnalysis: false,
  enableRecording: false,
  metadata: {},
};

export const EMPTY_REVIEW: InterviewReview = { technicalScore: null, behavioralScore: null, overallFeedback: null };

/** One test case the sandbox ran against a submission. */
export interface CodeTestResult {
  readonly name: string;
  readonly passed: boolean;
  /** Visible cases only: a hidden case's input and expected output are never recorded where a candidate reads them. */
  readonly expected?: string;
  readonly actual?: string;
  readonly message?: string;
  /** Recorded since the coding bank: whether the case is hidden, and what the run took. */
  readonly hidden?: boolean;
  readonly timeMs?: number;
  readonly memoryKb?: number | null;
}

/** What running a piece of code produced; recorded as a fact on the interview. */
export interface CodeExecutionResult {
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr as the candidate saw them. */
  readonly output: string;
  readonly exitCode: number | null;
  readonly durationMs: number;
  readonly memoryKb: number | null;
  /** `ok`, `error` (non-zero exit), `timeout`, `memory_limit`, `output_limit`, `compile_error`, ... */
  readonly status: string;
  /** The resource limits the run reached, e.g. `["time"]`. */
  readonly limitsHit: readonly string[];
  readonly testResults: readonly CodeTestResult[];
}

/** Scores of one evaluation, each on `0..scale` (S0 uses 10, S2's feedback 1). */
export interface EvaluationScores {
  readonly overall: number | null;
  readonly technical: number | null;
  readonly coding: number | null;
  readonly communication: number | null;
  readonly problemSolving: number | null;
  readonly codeQuality: number | null;
  readonly behavioral: number | null;
}

export interface KeyFinding {
  readonly category: string;
  readonly finding: string;
  readonly evidence: string | null;
}

/** A type alias (not an interface) so event payloads built from it stay plain records. */
export type EvaluationInput = {
  readonly evaluationId: string;
  /** `reviewer` (a person), `automatic` (computed from the recorded facts), `ai` (the scoring engine). */
  readonly source: 'reviewer' | 'automatic' | 'ai';
  readonly evaluatorId: string | null;
  readonly scale: number;
  readonly scores: EvaluationScores;
  readonly skillBreakdown: Readonly<Record<string, number>>;
  readonly keyFindings: readonly KeyFinding[];
  readonly recommendations: readonly string[];
  readonly summary: string | null;
};
