/**
 * WebSocket message shapes (CONTRACTS.md, "Cross-cutting"): every message is a JSON object with a `type`.
 * Ids are strings (UUIDs), timestamps ISO 8601.
 */
export interface WsMessage {
  readonly type: string;
  readonly [field: string]: unknown;
}

// ---- every route ----------------------------------------------------------------------------------------

/** Client → server: authenticate when the URL carried no `?token=` (within 5 s of connecting). */
export interface WsAuthMessage extends WsMessage {
  readonly type: 'auth';
  readonly token: string;
}

/** Server → client once the connection is authenticated and authorized; gateways add their own fields. */
export interface WsConnectedMessage extends WsMessage {
  readonly type: 'connected';
  readonly user_id: string;
}

/** Server → client: a message could not be handled; the connection stays open. */
export interface WsErrorMessage extends WsMessage {
  readonly type: 'error';
  readonly message: string;
  /** The domain error code when there is one (e.g. `INTERVIEW.ALREADY_COMPLETED`). */
  readonly code?: string;
}

/** Application-level keepalive for clients that cannot send protocol pings (browsers): `ping` → `pong`. */
export interface WsPongMessage extends WsMessage {
  readonly type: 'pong';
}

// ---- S0 /ws/session/{session_id} ---------------------------------------------------------------------

export interface CodeUpdateMessage extends WsMessage {
  readonly type: 'code_update';
  readonly data: {
    readonly session_id: string;
    readonly code: string;
    readonly language: string;
    readonly timestamp: string;
    /** Who typed it. */
    readonly user_id: string | null;
  };
}

export interface ExecutionResultMessage extends WsMessage {
  readonly type: 'execution_result';
  readonly data: {
    readonly session_id: string;
    readonly output: string;
    readonly exit_code: number | null;
    /** Seconds. */
    readonly execution_time: number;
    readonly timestamp: string;
    readonly execution_id: string;
    /** `execution` (POST /api/coding/execute and the like) or `submission` (submit-code). */
    readonly kind: 'execution' | 'submission';
    readonly language: string;
    readonly error: string | null;
    readonly status: string;
    /** Graded runs only (a submission against the interview's coding problem): the cases passed, of how many. */
    readonly tests_passed?: number;
    readonly tests_total?: number;
    readonly test_results?: readonly ExecutionTestResult[];
  };
}

/** One case of a graded run; a hidden case never shows its expected or actual output. */
export interface ExecutionTestResult {
  readonly name: string;
  readonly passed: boolean;
  readonly hidden: boolean;
  readonly expected?: string;
  readonly actual?: string;
  readonly message?: string;
  readonly time_ms?: number;
}

/**
 * Server → client: the static analysis of a run (queued when the code was executed or submitted), from the
 * interview's CodeAnalyzed event. `analysis` is the summary for people; the rest is what it was made from.
 */
export interface AiAnalysisMessage extends WsMessage {
  readonly type: 'ai_analysis';
  readonly data: {
    readonly session_id: string;
    readonly analysis: string;
    /** 0–1: lower when a planned tool could not run. */
    readonly confidence: number;
    readonly timestamp: string;
    readonly execution_id: string;
    readonly kind: 'execution' | 'submission';
    readonly language: string;
    readonly analysis_type: string;
    /** 0–10. */
    readonly score: number;
    readonly issues: readonly { readonly type: string; readonly message: string; readonly line: number | null; readonly severity: string; readonly source: string; readonly code: string | null }[];
    readonly suggestions: readonly string[];
    readonly tools: readonly string[];
  };
}

/** Client → server: the editor's content changed; recorded on the interview and relayed to the other participants. */
export interface CodeUpdateRequest extends WsMessage {
  readonly type: 'code_update';
  readonly data: { readonly code: string; readonly language: string };
}

// ---- S4 /ws/interview/{interview_id}/status and /ws/user/{user_id}/notifications ---------------------

export interface InterviewStatusMessage extends WsMessage {
  readonly type: 'interview_status';
  readonly data: {
    readonly interview_id: string;
    /** `pending` | `scheduled` | `in_progress` | `completed` | `cancelled`. */
    readonly status: string;
    readonly timestamp: string;
    readonly scheduled_at?: string | null;
    readonly reason?: string | null;
  };
}

export interface NotificationMessage extends WsMessage {
  readonly type: 'notification';
  readonly data: {
    /** The id of the event it reports (stable: a client may de-duplicate on it). */
    readonly id: string;
    readonly kind: 'interview_status';
    readonly interview_id: string;
    readonly title: string | null;
    readonly status: string;
    readonly message: string;
    readonly timestamp: string;
  };
}
