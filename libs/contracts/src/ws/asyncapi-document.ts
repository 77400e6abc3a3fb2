/**
 * The AsyncAPI 3.0 document of the WebSocket channels (served at /asyncapi.json): the messages each way with
 * their schemas (the shapes of ws-messages.ts and interview-chat-messages.ts), how a connection
 * authenticates, and the close codes. The gateway e2e tests validate every message they exchange against it.
 */
type Json = Record<string, unknown>;

const ref = (path: string) => ({ $ref: `#/components/${path}` });
const nullable = (type: string) => ({ type: [type, 'null'] });
const TIMESTAMP = { type: 'string', format: 'date-time' };
const ID = { type: 'string', minLength: 1 };

function object(properties: Json, required: string[]): Json {
  return { type: 'object', required, properties };
}

function message(name: string, title: string, summary: string, payload: Json, ...examples: Json[]): Json {
  return { name, title, summary, contentType: 'application/json', payload, ...(examples.length ? { examples: examples.map((example) => ({ name, payload: example })) } : {}) };
}

// Examples from the seeds (000 "WebSocket Events", 003 "Message Types"), the seeds' ids as UUIDs as in /openapi.json,
// and the fields the server always sends filled in.
const SEED_SESSION = '00000000-0000-4000-8000-000000000123';
const SEED_INTERVIEW = '2c5ea4c0-4067-4e3a-8a4c-6d1c4a1f5b0e';
const SEED_EXECUTION = '7d9f1b2e-5a3c-4e8f-9b6d-0c1a2e3f4b5c';

const typed = (type: string, properties: Json = {}, required: string[] = []) =>
  object({ type: { type: 'string', const: type }, ...properties }, ['type', ...required]);

const SCHEMAS: Json = {
  StatusChange: object(
    { interview_id: ID, status: { type: 'string', enum: ['pending', 'scheduled', 'in_progress', 'completed', 'cancelled'] }, timestamp: TIMESTAMP, scheduled_at: nullable('string'), reason: nullable('string') },
    ['interview_id', 'status', 'timestamp'],
  ),
};

const MESSAGES: Json = {
  // every channel
  auth: message('auth', 'Authenticate', 'Client → server, first message when the URL has no `?token=`: within 5 s, or the socket closes with 4401', typed('auth', { token: { type: 'string', minLength: 1 } }, ['token']), { type: 'auth', token: 'eyJhbGciOi...' }),
  ping: message('ping', 'Ping', 'Client → server: application keepalive (browsers cannot send protocol pings); answered with `pong`', typed('ping')),
  pong: message('pong', 'Pong', 'Server → client: the answer to `ping`', typed('pong')),
  error: message('error', 'Error', 'Server → client: a message could not be handled; the connection stays open', typed('error', { message: { type: 'string' }, code: { type: 'string', description: 'The domain error code when there is one (e.g. `INTERVIEW.ALREADY_COMPLETED`)' } }, ['message']), { type: 'error', message: 'Unknown message type "dance"' }),
  sessionConnected: message('connected', 'Connected', 'Server → client once authenticated and allowed', typed('connected', { user_id: ID, session_id: ID }, ['user_id', 'session_id'])),
  interviewConnected: message('connected', 'Connected', 'Server → client once authenticated and allowed', typed('connected', { user_id: ID, interview_id: ID, status: { type: 'string' } }, ['user_id', 'interview_id', 'status'])),
  userConnected: message('connected', 'Connected', 'Server → client once authenticated and allowed', typed('connected', { user_id: ID }, ['user_id'])),
  // S0 /ws/session/{session_id}
  codeUpdateRequest: message('code_update', 'Code update (from a participant)', 'Client → server: the editor changed; recorded on the interview and relayed to every participant', typed('code_update', { data: object({ code: { type: 'string' }, language: { type: 'string', minLength: 1 } }, ['code', 'language']) }, ['data']), { type: 'code_update', data: { code: "print('Updated code')", language: 'python' } }),
  codeUpdate: message('code_update', 'Code update', 'Server → client: a participant changed the code', typed('code_update', { data: object({ session_id: ID, code: { type: 'string' }, language: { type: 'string' }, timestamp: TIMESTAMP, user_id: nullable('string') }, ['session_id', 'code', 'language', 'timestamp', 'user_id']) }, ['data']), { type: 'code_update', data: { session_id: SEED_SESSION, code: "print('Updated code')", language: 'python', timestamp: '2024-01-15T14:05:00Z', user_id: null } }),
  executionResult: message('execution_result', 'Execution result', 'Server → client: code of the session ran (an execution or a submission)', typed('execution_result', {
    data: object(
      { session_id: ID, output: { type: 'string' }, exit_code: nullable('integer'), execution_time: { type: 'number', description: 'Seconds' }, timestamp: TIMESTAMP, execution_id: ID, kind: { type: 'string', enum: ['execution', 'submission'] }, language: { type: 'string' }, error: nullable('string'), status: { type: 'string' },
        tests_passed: { type: 'integer', minimum: 0, description: 'Graded runs only: cases passed' },
        tests_total: { type: 'integer', minimum: 1, description: "Graded runs only: cases of the interview's coding problem" },
        test_results: {
          type: 'array',
          description: 'Graded runs only: each case; a hidden case has no expected or actual output',
          items: object({ name: { type: 'string' }, passed: { type: 'boolean' }, hidden: { type: 'boolean' }, expected: { type: 'string' }, actual: { type: 'string' }, message: { type: 'string' }, time_ms: { type: 'number' } }, ['name', 'passed', 'hidden']),
        },
      },
      ['session_id', 'output', 'exit_code', 'execution_time', 'timestamp', 'execution_id', 'kind', 'language', 'error', 'status'],
    ),
  }, ['data']), { type: 'execution_result', data: { session_id: SEED_SESSION, output: 'Hello, World!\n', exit_code: 0, execution_time: 0.123, timestamp: '2024-01-15T14:05:00Z', execution_id: SEED_EXECUTION, kind: 'execution', language: 'python', error: null, status: 'completed' } }),
  aiAnalysis: message('ai_analysis', 'AI analysis', 'Server → client: the static analysis of a run', typed('ai_analysis', {
    data: object(
      {
        session_id: ID, analysis: { type: 'string' }, confidence: { type: 'number', minimum: 0, maximum: 1 }, timestamp: TIMESTAMP, execution_id: ID,
        kind: { type: 'string', enum: ['execution', 'submission'] }, language: { type: 'string' }, analysis_type: { type: 'string' }, score: { type: 'number', minimum: 0, maximum: 10 },
        issues: { type: 'array', items: object({ type: { type: 'string' }, message: { type: 'string' }, line: nullable('integer'), severity: { type: 'string' }, source: { type: 'string' }, code: nullable('string') }, ['type', 'message', 'line', 'severity', 'source', 'code']) },
        suggestions: { type: 'array', items: { type: 'string' } }, tools: { type: 'array', items: { type: 'string' } },
      },
      ['session_id', 'analysis', 'confidence', 'timestamp', 'execution_id', 'kind', 'language', 'analysis_type', 'score', 'issues', 'suggestions', 'tools'],
    ),
  }, ['data']), { type: 'ai_analysis', data: { session_id: SEED_SESSION, analysis: 'Code looks good with minor suggestions...', confidence: 0.95, timestamp: '2024-01-15T14:05:00Z', execution_id: SEED_EXECUTION, kind: 'execution', language: 'python', analysis_type: 'quality', score: 8.5, issues: [], suggestions: [], tools: [] } }),
  // S3 /ws/interview/{interview_id}/
  startInterview: message('start_interview', 'Start the interview', 'Client → server: start (or rejoin) the interview; the AI interviewer opens it', typed('start_interview'), { type: 'start_interview' }),
  candidateMessage: message('candidate_message', 'Candidate message', "Client → server: the candidate's answer", typed('candidate_message', { content: { type: 'string', minLength: 1 } }, ['content']), { type: 'candidate_message', content: 'I have 5 years of experience with Java...' }),
  audioData: message('audio_data', 'Audio data', "Client → server: a recording (base64) to transcribe as the candidate's message; `final: false` on every chunk but the last", typed('audio_data', { audio: { type: 'string', contentEncoding: 'base64' }, final: { type: 'boolean' }, mime_type: { type: 'string' } }, ['audio']), { type: 'audio_data', audio: 'UklGRiQAAABXQVZFZm10' }),
  endInterview: message('end_interview', 'End the interview', 'Client → server: complete the interview', typed('end_interview'), { type: 'end_interview' }),
  interviewStarted: message('interview_started', 'Interview started', "Server → client: the AI interviewer's opening", typed('interview_started', { message: { type: 'string' }, timestamp: TIMESTAMP, interview_id: ID, message_id: ID, resumed: { type: 'boolean' } }, ['message', 'timestamp', 'interview_id', 'message_id']), { type: 'interview_started', message: "Hello! I'm your AI interviewer...", timestamp: '2024-01-20T14:00:00Z', interview_id: SEED_INTERVIEW, message_id: 'b7c1d2e3-4f5a-4b6c-8d7e-9f0a1b2c3d4e' }),
  chatMessage: message('message', 'Chat message', 'Server → client: a message of the interview, to everyone on its socket (the sender too)', typed('message', {
    sender: { type: 'string', enum: ['candidate', 'ai', 'interviewer'] }, content: { type: 'string' }, message_id: ID, timestamp: TIMESTAMP,
    move: { type: 'string' }, phase: { type: 'string' }, question_id: nullable('string'),
  }, ['sender', 'content', 'message_id', 'timestamp']), { type: 'message', sender: 'candidate', content: 'I have 5 years...', message_id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', timestamp: '2024-01-20T14:02:00Z' }, { type: 'message', sender: 'ai', content: "That's great! Can you tell me more about...", message_id: 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60', timestamp: '2024-01-20T14:02:05Z' }),
  audioProcessed: message('audio_processed', 'Audio processed', 'Server → client: `received` per chunk, `transcribed` once the recording became the candidate\'s message', typed('audio_processed', { status: { type: 'string', enum: ['received', 'transcribed'] }, text: { type: 'string' }, confidence: nullable('number'), engine: { type: 'string' } }, ['status']), { type: 'audio_processed', status: 'received' }),
  interviewEnded: message('interview_ended', 'Interview ended', 'Server → client: the interview completed or was cancelled', typed('interview_ended', { message: { type: 'string' }, timestamp: TIMESTAMP, interview_id: ID, status: { type: 'string', enum: ['completed', 'cancelled'] } }, ['message', 'timestamp', 'interview_id', 'status']), { type: 'interview_ended', message: 'Interview session ended. Thank you!', timestamp: '2024-01-20T14:58:00Z', interview_id: SEED_INTERVIEW, status: 'completed' }),
  interviewScored: message('interview_scored', 'Interview scored', 'Server → client: the score is ready at `GET /api/interviews/{id}/score/`', typed('interview_scored', { interview_id: ID, timestamp: TIMESTAMP }, ['interview_id', 'timestamp'])),
  // S4 /ws/batch/{job_id}/progress
  batchConnected: message('connected', 'Connected', 'Server → client once authenticated: the job and its counts so far', typed('connected', {
    user_id: ID, job_id: ID, kind: { type: 'string' }, status: { type: 'string' }, total: { type: 'integer' },
    processed: { type: 'integer' }, succeeded: { type: 'integer' }, failed: { type: 'integer' }, percent: { type: 'number' },
  }, ['user_id', 'job_id', 'status', 'total', 'processed', 'succeeded', 'failed', 'percent'])),
  batchProgress: message('progress', 'Progress', 'Server → client: one item of the batch was processed, with the running counts', typed('progress', {
    job_id: ID,
    item: object({ index: { type: 'integer' }, label: { type: 'string' }, status: { type: 'string' }, result_id: nullable('string'), error: nullable('string') }, ['index', 'status']),
    total: { type: 'integer' }, processed: { type: 'integer' }, succeeded: { type: 'integer' }, failed: { type: 'integer' }, percent: { type: 'number' }, timestamp: TIMESTAMP,
  }, ['job_id', 'item', 'total', 'processed', 'succeeded', 'failed', 'percent', 'timestamp'])),
  batchCompleted: message('completed', 'Completed', 'Server → client: every item was processed', typed('completed', {
    job_id: ID, status: { type: 'string', const: 'completed' }, total: { type: 'integer' }, processed: { type: 'integer' }, succeeded: { type: 'integer' }, failed: { type: 'integer' }, percent: { type: 'number' }, timestamp: TIMESTAMP,
  }, ['job_id', 'status', 'total', 'processed', 'succeeded', 'failed', 'percent', 'timestamp'])),
  // S4 status and notifications
  interviewStatus: message('interview_status', 'Interview status', "Server → client: the interview's status changed", typed('interview_status', { data: ref('schemas/StatusChange') }, ['data'])),
  notification: message('notification', 'Notification', "Server → client: a status change of one of the user's interviews", typed('notification', {
    data: object(
      { id: { ...ID, description: 'The id of the event it reports (stable: de-duplicate on it)' }, kind: { type: 'string', const: 'interview_status' }, interview_id: ID, title: nullable('string'), status: { type: 'string' }, message: { type: 'string' }, timestamp: TIMESTAMP },
      ['id', 'kind', 'interview_id', 'title', 'status', 'message', 'timestamp'],
    ),
  }, ['data'])),
};

/** Close codes a server may close a socket with (ws-close-codes.ts). */
export const WS_CLOSE_CODES: Readonly<Record<number, string>> = {
  1000: 'Normal closure',
  1001: 'The server is shutting down',
  1008: 'Policy violation (the client does not read fast enough)',
  1009: 'Message too big: a client message past 256 KiB (nothing of it is recorded)',
  1011: 'Internal error',
  1013: 'Try again later: a service the channel needs is down',
  4401: 'No token, an invalid one, or no `auth` message within 5 s; or the session ended (logout, suspension, deletion)',
  4403: 'Authenticated, but not allowed on this channel',
  4404: 'The interview (or session) does not exist',
  4429: 'The user already holds the maximum number of connections',
};

interface ChannelSpec {
  address: string;
  title: string;
  description: string;
  parameters: Record<string, string>;
  security: string[];
  fromClient: string[];
  toClient: string[];
}

const COMMON_FROM_CLIENT = ['auth', 'ping'];
const COMMON_TO_CLIENT = ['pong', 'error'];

const CHANNELS: Record<string, ChannelSpec> = {
  session: {
    address: '/ws/session/{session_id}',
    title: 'S0 live coding session',
    description: 'Seed 000: code updates between the participants, execution results and AI analyses of the session (an interview).',
    parameters: { session_id: 'The session (interview) id' },
    security: ['accessToken'],
    fromClient: ['codeUpdateRequest'],
    toClient: ['sessionConnected', 'codeUpdate', 'executionResult', 'aiAnalysis'],
  },
  interviewChat: {
    address: '/ws/interview/{interview_id}/',
    title: 'S3 real-time interview',
    description: 'Seed 003: the candidate chats (text or audio) with the AI interviewer. The trailing slash is optional.',
    parameters: { interview_id: 'The interview id' },
    security: ['accessToken', 'inviteToken'],
    fromClient: ['startInterview', 'candidateMessage', 'audioData', 'endInterview'],
    toClient: ['interviewConnected', 'interviewStarted', 'chatMessage', 'audioProcessed', 'interviewEnded', 'interviewScored'],
  },
  interviewStatus: {
    address: '/ws/interview/{interview_id}/status',
    title: 'S4 interview status',
    description: "Seed 004: the interview's status changes, as they are recorded.",
    parameters: { interview_id: 'The interview id' },
    security: ['accessToken'],
    fromClient: [],
    toClient: ['interviewConnected', 'interviewStatus'],
  },
  batchProgress: {
    address: '/ws/batch/{job_id}/progress',
    title: 'S4 batch progress',
    description: 'Seed 004: the progress of a batch job (invitations from a CSV, CV bulk upload); only its owner may connect.',
    parameters: { job_id: 'The batch job id' },
    security: ['accessToken'],
    fromClient: [],
    toClient: ['batchConnected', 'batchProgress', 'batchCompleted'],
  },
  userNotifications: {
    address: '/ws/user/{user_id}/notifications',
    title: 'S4 user notifications',
    description: "Seed 004: notifications about the user's interviews (only the user itself may connect).",
    parameters: { user_id: 'The user id (must be the authenticated user)' },
    security: ['accessToken'],
    fromClient: [],
    toClient: ['userConnected', 'notification'],
  },
};

const CLOSE_CODES_TEXT = Object.entries(WS_CLOSE_CODES).map(([code, meaning]) => `\`${code}\` ${meaning}`).join('; ');

/** The AsyncAPI 3.0 document; `publicUrl` is the API's configured public URL (PUBLIC_URL). */
export function buildAsyncApiDocument(publicUrl: string): Json {
  const url = new URL(publicUrl);
  const channels: Json = {};
  const operations: Json = {};
  for (const [id, spec] of Object.entries(CHANNELS)) {
    const names = [...COMMON_FROM_CLIENT, ...spec.fromClient, ...COMMON_TO_CLIENT, ...spec.toClient];
    channels[id] = {
      address: spec.address,
      title: spec.title,
      description: `${spec.description} Every message is a JSON text frame with a \`type\`. Close codes: ${CLOSE_CODES_TEXT}.`,
      parameters: Object.fromEntries(Object.entries(spec.parameters).map(([name, description]) => [name, { description }])),
      messages: Object.fromEntries(names.map((name) => [name, ref(`messages/${name}`)])),
      bindings: { ws: { method: 'GET', query: object({ token: { type: 'string', description: 'An access token (or, where allowed, the invite token); else send `auth` first' } }, []) } },
    };
    const security = spec.security.map((scheme) => ref(`securitySchemes/${scheme}`));
    operations[`${id}FromClient`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${id}` },
      title: `${spec.title}: client to server`,
      summary: 'What a client may send',
      security,
      messages: [...COMMON_FROM_CLIENT, ...spec.fromClient].map((name) => ({ $ref: `#/channels/${id}/messages/${name}` })),
    };
    operations[`${id}ToClient`] = {
      action: 'send',
      channel: { $ref: `#/channels/${id}` },
      title: `${spec.title}: server to client`,
      summary: 'What the server sends',
      security,
      messages: [...COMMON_TO_CLIENT, ...spec.toClient].map((name) => ({ $ref: `#/channels/${id}/messages/${name}` })),
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Candor WebSockets',
      version: '1.0.0',
      description:
        'Plain RFC 6455 WebSockets (not Socket.IO) beside the HTTP API (OpenAPI at /openapi.json). A connection ' +
        'authenticates with `?token=<access token>` on the URL, or with a first message `{"type":"auth","token":...}` ' +
        `within 5 s; refused connections close with 4401 or 4403. Close codes: ${CLOSE_CODES_TEXT}.`,
    },
    defaultContentType: 'application/json',
    servers: {
      api: {
        host: url.host,
        protocol: url.protocol === 'https:' ? 'wss' : 'ws',
        description: 'The configured public URL (PUBLIC_URL)',
        security: [ref('securitySchemes/accessToken')],
      },
    },
    channels,
    operations,
    components: {
      schemas: SCHEMAS,
      messages: MESSAGES,
      securitySchemes: {
        accessToken: {
          type: 'httpApiKey',
          name: 'token',
          in: 'query',
          description: 'An access token from any surface\'s login, as `?token=`; or, without it, sent in the first message `{"type":"auth","token":...}` within 5 s.',
        },
        inviteToken: {
          type: 'httpApiKey',
          name: 'token',
          in: 'query',
          description: "The interview's `invite_token` (S3), as `?token=` or in the `auth` message: admits the interview's candidate without an account.",
        },
      },
    },
    'x-close-codes': WS_CLOSE_CODES,
  };
}
