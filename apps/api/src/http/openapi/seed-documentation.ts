/**
 * What the five seed documents (docs/api/seeds) say about each operation they document, copied from them:
 * the seed's name for the operation, its prose, its sentences per error status, and its request and response
 * examples as written (comments and `...` placeholders dropped). The OpenAPI document carries all of it
 * (apply-seed-documentation.ts), adapted only where CONTRACTS.md decides otherwise: ids are UUIDs, and fields
 * the seed leaves out of an example but the answer always has are filled in from their schemas.
 * test/docs/openapi-seed-examples.e2e-spec.ts reads the seeds again and checks each of these is in the document.
 */
export interface SeedDocumentation {
  /** '000' … '004' */
  seed: string;
  /** 'METHOD /path' as the OpenAPI document spells the path (no trailing slash). */
  operation: string;
  /** The seed's heading for the operation (004: its table's description). */
  title: string;
  /** The seed's paragraph about the operation. */
  prose?: string;
  /** The seed's sentence per error status. */
  errors?: Record<number, string>;
  /** Where this server answers otherwise than the seed says (CONTRACTS.md decides): added to the description. */
  departure?: string;
  /** The seed's words per query or path parameter. */
  parameters?: Record<string, string>;
  /** The query of the seed's example request: each value becomes its parameter's example. */
  query?: Record<string, string | number>;
  /** The JSON request body example. */
  request?: unknown;
  /** The form (application/x-www-form-urlencoded) request body example. */
  form?: Record<string, string>;
  /** The response body example per status. */
  responses?: Record<number, unknown>;
}

const INACTIVE_USER =
  'Seed 001 lists `400 Bad Request`: Inactive user. Here the tokens of an inactive or suspended user stop working: 401 ' +
  '(CONTRACTS.md, Identity).';

export const SEED_DOCUMENTATION: readonly SeedDocumentation[] = [
  {
    seed: '000',
    operation: 'POST /api/auth/register',
    title: 'Register User',
    request: {
      email: 'user@example.com',
      password: 'securePassword123',
      full_name: 'John Doe',
      role: 'recruiter',
    },
    responses: {
      201: {
        id: 'uuid-string',
        email: 'user@example.com',
        full_name: 'John Doe',
        role: 'recruiter',
        is_active: true,
        created_at: '2024-01-01T00:00:00Z',
      },
    },
  },
  {
    seed: '000',
    operation: 'POST /api/auth/login',
    title: 'Login User',
    request: {
      email: 'user@example.com',
      password: 'securePassword123',
    },
    responses: {
      200: {
        access_token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...',
        refresh_token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...',
        token_type: 'bearer',
        expires_in: 3600,
      },
    },
  },
  {
    seed: '000',
    operation: 'GET /api/auth/me',
    title: 'Get Current User',
    responses: {
      200: {
        id: 'uuid-string',
        email: 'user@example.com',
        full_name: 'John Doe',
        role: 'recruiter',
        is_active: true,
      },
    },
  },
  {
    seed: '000',
    operation: 'POST /api/auth/refresh',
    title: 'Refresh Token',
    request: {
      refresh_token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...',
    },
  },
  {
    seed: '000',
    operation: 'POST /api/auth/logout',
    title: 'Logout',
  },
  {
    seed: '000',
    operation: 'POST /api/sessions',
    title: 'Create Session',
    request: {
      title: 'Senior Python Developer Interview',
      description: 'Technical interview for senior Python position',
      candidate_email: 'candidate@example.com',
      scheduled_at: '2024-01-15T14:00:00Z',
      duration_minutes: 60,
      metadata: {
        difficulty: 'senior',
        technologies: [
          'python',
          'django',
          'postgresql',
        ],
        interview_type: 'technical',
      },
    },
    responses: {
      201: {
        id: 123,
        title: 'Senior Python Developer Interview',
        status: 'scheduled',
        recruiter_id: 'uuid-string',
        candidate_email: 'candidate@example.com',
        session_code: 'ABC123',
        created_at: '2024-01-01T00:00:00Z',
      },
    },
  },
  {
    seed: '000',
    operation: 'GET /api/sessions',
    title: 'Get Sessions',
    parameters: {
      status: 'Filter by status (`scheduled`, `active`, `completed`)',
      limit: 'Number of results (default: 20)',
      offset: 'Pagination offset',
    },
    responses: {
      200: {
        sessions: [
          {
            id: 123,
            title: 'Senior Python Developer Interview',
            status: 'scheduled',
            session_code: 'ABC123',
            created_at: '2024-01-01T00:00:00Z',
          },
        ],
        total: 1,
        limit: 20,
        offset: 0,
      },
    },
  },
  {
    seed: '000',
    operation: 'GET /api/sessions/{session_id}',
    title: 'Get Session Details',
    responses: {
      200: {
        id: 123,
        title: 'Senior Python Developer Interview',
        description: 'Technical interview for senior Python position',
        status: 'active',
        session_code: 'ABC123',
        recruiter_id: 'uuid-string',
        candidate_email: 'candidate@example.com',
        livekit_room: 'interview-123',
        created_at: '2024-01-01T00:00:00Z',
        started_at: '2024-01-15T14:00:00Z',
      },
    },
  },
  {
    seed: '000',
    operation: 'POST /api/coding/execute',
    title: 'Execute Code',
    request: {
      session_id: 123,
      code: 'print(\'Hello, World!\')',
      language: 'python',
      input: '',
    },
    responses: {
      200: {
        output: 'Hello, World!\n',
        error: null,
        execution_time: 0.123,
        exit_code: 0,
        memory_usage: 1024,
      },
    },
  },
  {
    seed: '000',
    operation: 'GET /api/coding/events/{session_id}',
    title: 'Get Coding History',
    responses: {
      200: {
        events: [
          {
            id: 456,
            session_id: 123,
            event_type: 'code_execution',
            code: 'print(\'Hello\')',
            language: 'python',
            output: 'Hello\n',
            created_at: '2024-01-15T14:05:00Z',
          },
        ],
      },
    },
  },
  {
    seed: '000',
    operation: 'POST /api/ai/complete',
    title: 'Complete Code',
    request: {
      prompt: 'Review this Python code and suggest improvements',
      code: 'def add(a, b): return a + b',
      language: 'python',
      max_tokens: 500,
      temperature: 0.1,
    },
    responses: {
      200: {
        completion: 'The code looks good. Consider adding type hints...',
        model_used: 'llama2',
        tokens_used: 150,
        confidence: 0.95,
      },
    },
  },
  {
    seed: '000',
    operation: 'POST /api/ai/analyze',
    title: 'Analyze Code',
    request: {
      code: 'def add(a, b): return a + b',
      language: 'python',
      analysis_type: 'quality',
    },
    responses: {
      200: {
        score: 8.5,
        issues: [
          {
            type: 'style',
            message: 'Missing type hints',
            line: 1,
            severity: 'info',
          },
        ],
        suggestions: [
          'Add type hints: def add(a: int, b: int) -> int:',
        ],
      },
    },
  },
  {
    seed: '000',
    operation: 'POST /api/livekit/token',
    title: 'Generate Token',
    request: {
      room_name: 'interview-123',
      participant_name: 'John Doe',
      participant_role: 'host',
    },
    responses: {
      200: {
        token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...',
        room_url: 'wss://your-project.livekit.cloud',
        expires_at: '2024-01-15T15:00:00Z',
      },
    },
  },
  {
    seed: '000',
    operation: 'POST /api/evaluations',
    title: 'Create Evaluation',
    request: {
      session_id: 123,
      overall_score: 8.5,
      coding_score: 9,
      communication_score: 8,
      problem_solving_score: 8.5,
      key_findings: [
        {
          category: 'technical_skills',
          finding: 'Strong Python knowledge',
          evidence: 'Successfully solved complex algorithm problems',
        },
        {
          category: 'communication',
          finding: 'Clear explanations',
          evidence: 'Articulated thought process well',
        },
      ],
      recommendations: [
        'Consider exploring system design topics',
        'Practice more complex data structures',
      ],
    },
  },
  {
    seed: '000',
    operation: 'GET /api/evaluations/{session_id}',
    title: 'Get Evaluation',
    responses: {
      200: {
        id: 789,
        session_id: 123,
        overall_score: 8.5,
        coding_score: 9,
        communication_score: 8,
        problem_solving_score: 8.5,
        created_at: '2024-01-15T15:30:00Z',
      },
    },
  },
  {
    seed: '001',
    operation: 'POST /api/v1/auth/register',
    title: 'Register a new user',
    prose: 'Registers a new user in the system.',
    errors: {
      400: 'If email or username already exists.',
    },
    request: {
      email: 'user@example.com',
      username: 'newuser',
      full_name: 'New User',
      password: 'securepassword',
    },
    responses: {
      200: {
        id: 'b1a2...',
        email: 'user@example.com',
        username: 'newuser',
        full_name: 'New User',
        is_active: true,
        is_superuser: false,
        created_at: '2023-01-01T12:00:00.000Z',
      },
    },
  },
  {
    seed: '001',
    operation: 'POST /api/v1/auth/login',
    title: 'Login user and return access token',
    prose: 'Authenticates a user with email and password, returning an access token.',
    errors: {
      401: 'Incorrect email or password.',
    },
    form: {
      username: 'user@example.com',
      password: 'securepassword',
    },
    responses: {
      200: {
        access_token: 'eyJhbGciOiJIUzI1Ni...',
        token_type: 'bearer',
      },
    },
  },
  {
    seed: '001',
    operation: 'POST /api/v1/auth/logout',
    title: 'Logout user',
    prose: 'Logs out the current user by invalidating their access token. The token is added to a blocklist.',
    errors: {
      401: 'Invalid token.',
    },
    responses: {
      200: {
        message: 'Successfully logged out',
      },
    },
  },
  {
    seed: '001',
    operation: 'GET /api/v1/users/me',
    title: 'Get current user profile',
    prose: 'Retrieves the profile information of the currently authenticated user. (Alias for `/auth/me`)',
    errors: {
      401: 'Not authenticated.',
    },
    departure: INACTIVE_USER,
    responses: {
      200: {
        id: 'b1a2...',
        email: 'user@example.com',
        username: 'newuser',
        full_name: 'New User',
        is_active: true,
        is_superuser: false,
        created_at: '2023-01-01T12:00:00.000Z',
      },
    },
  },
  {
    seed: '001',
    operation: 'PUT /api/v1/users/me',
    title: 'Update current user profile',
    prose: 'Updates the profile information of the currently authenticated user.',
    errors: {
      401: 'Not authenticated.',
    },
    departure: INACTIVE_USER,
    request: {
      full_name: 'Updated Name',
      is_active: true,
    },
    responses: {
      200: {
        id: 'b1a2...',
        email: 'user@example.com',
        username: 'newuser',
        full_name: 'Updated Name',
        is_active: true,
        is_superuser: false,
        created_at: '2023-01-01T12:00:00.000Z',
      },
    },
  },
  {
    seed: '001',
    operation: 'POST /api/v1/api-keys',
    title: 'Create new API key',
    prose: 'Creates a new API key for the current user. There is a limit on the number of active API keys per user.',
    errors: {
      400: 'Maximum number of API keys reached.',
      401: 'Not authenticated.',
    },
    request: {
      name: 'My Integration Key',
    },
    responses: {
      200: {
        id: 'key_123...',
        name: 'My Integration Key',
        key: 'pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        secret: 'sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        is_active: true,
        usage_count: 0,
        created_at: '2023-01-01T12:00:00.000Z',
        last_used_at: null,
      },
    },
  },
  {
    seed: '001',
    operation: 'GET /api/v1/api-keys',
    title: 'List user\'s API keys',
    prose: 'Lists all API keys belonging to the current user.',
    errors: {
      401: 'Not authenticated.',
    },
    responses: {
      200: [
        {
          id: 'key_123...',
          name: 'My Integration Key',
          key: 'pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
          is_active: true,
          usage_count: 10,
          created_at: '2023-01-01T12:00:00.000Z',
          last_used_at: '2023-01-02T10:00:00.000Z',
        },
      ],
    },
  },
  {
    seed: '001',
    operation: 'DELETE /api/v1/api-keys/{key_id}',
    title: 'Deactivate API key',
    prose: 'Deactivates a specific API key by its ID.',
    errors: {
      401: 'Not authenticated.',
      404: 'API key not found or does not belong to the user.',
    },
    parameters: {
      key_id: 'The ID of the API key to deactivate (string UUID).',
    },
    responses: {
      200: {
        message: 'API key deactivated successfully',
      },
    },
  },
  {
    seed: '001',
    operation: 'POST /api/v1/interviews',
    title: 'Create new interview session',
    prose: 'Creates a new interview session and a corresponding LiveKit room.',
    errors: {
      401: 'Not authenticated.',
    },
    request: {
      title: 'Software Engineer Interview',
      candidate_name: 'Jane Doe',
      candidate_email: 'jane.doe@example.com',
      position: 'Software Engineer',
      interview_config: {
        duration: 60,
        difficulty: 'medium',
      },
      scheduled_at: '2023-08-15T10:00:00Z',
    },
    responses: {
      200: {
        id: 'a3b4...',
        title: 'Software Engineer Interview',
        candidate_name: 'Jane Doe',
        candidate_email: 'jane.doe@example.com',
        position: 'Software Engineer',
        status: 'scheduled',
        room_name: 'interview-abcdef123456',
        technical_score: 0,
        behavioral_score: 0,
        created_at: '2023-08-10T14:30:00.000Z',
        creator_id: 'b1a2...',
      },
    },
  },
  {
    seed: '001',
    operation: 'GET /api/v1/interviews',
    title: 'List user\'s interviews',
    prose: 'Lists all interview sessions created by the current user.',
    errors: {
      401: 'Not authenticated.',
    },
    parameters: {
      skip: '(Optional) Number of records to skip (for pagination). Default: 0.',
      limit: '(Optional) Maximum number of records to return. Default: 100.',
    },
    responses: {
      200: [
        {
          id: 'a3b4...',
          title: 'Software Engineer Interview',
          candidate_name: 'Jane Doe',
          candidate_email: 'jane.doe@example.com',
          position: 'Software Engineer',
          status: 'scheduled',
          room_name: 'interview-abcdef123456',
          technical_score: 0,
          behavioral_score: 0,
          created_at: '2023-08-10T14:30:00.000Z',
          creator_id: 'b1a2...',
        },
      ],
    },
  },
  {
    seed: '001',
    operation: 'GET /api/v1/interviews/{interview_id}',
    title: 'Get interview details',
    prose: 'Retrieves the details of a specific interview session.',
    errors: {
      401: 'Not authenticated.',
      403: 'Not enough permissions (if not creator or superuser).',
      404: 'Interview not found.',
    },
    parameters: {
      interview_id: 'The ID of the interview to retrieve (string UUID).',
    },
    responses: {
      200: {
        id: 'a3b4...',
        title: 'Software Engineer Interview',
        candidate_name: 'Jane Doe',
        candidate_email: 'jane.doe@example.com',
        position: 'Software Engineer',
        status: 'scheduled',
        room_name: 'interview-abcdef123456',
        technical_score: 0,
        behavioral_score: 0,
        created_at: '2023-08-10T14:30:00.000Z',
        creator_id: 'b1a2...',
      },
    },
  },
  {
    seed: '001',
    operation: 'PUT /api/v1/interviews/{interview_id}',
    title: 'Update interview',
    prose: 'Updates the details of an existing interview session.',
    errors: {
      401: 'Not authenticated.',
      403: 'Not enough permissions (if not creator or superuser).',
      404: 'Interview not found.',
    },
    parameters: {
      interview_id: 'The ID of the interview to update (string UUID).',
    },
    request: {
      title: 'Updated Interview Title',
      status: 'completed',
      technical_score: 85,
      behavioral_score: 90,
      overall_feedback: 'Excellent candidate.',
    },
    responses: {
      200: {
        id: 'a3b4...',
        title: 'Updated Interview Title',
        candidate_name: 'Jane Doe',
        candidate_email: 'jane.doe@example.com',
        position: 'Software Engineer',
        status: 'completed',
        room_name: 'interview-abcdef123456',
        technical_score: 85,
        behavioral_score: 90,
        created_at: '2023-08-10T14:30:00.000Z',
        creator_id: 'b1a2...',
      },
    },
  },
  {
    seed: '001',
    operation: 'POST /api/v1/interviews/{interview_id}/token',
    title: 'Generate LiveKit token for interview participant',
    prose: 'Generates a LiveKit token for a participant to join the specified interview\'s room.',
    errors: {
      401: 'Not authenticated.',
      403: 'Not enough permissions (if not creator or superuser).',
      404: 'Interview not found.',
    },
    parameters: {
      interview_id: 'The ID of the interview for which to generate a token (string UUID).',
    },
    responses: {
      200: {
        token: 'eyJhbGciOiJIUzI1Ni...',
        room_name: 'interview-abcdef123456',
        participant_name: 'Jane Doe',
      },
    },
  },
  {
    seed: '001',
    operation: 'POST /api/v1/interviews/api/create',
    title: 'Create interview via API key (for integrations)',
    prose: 'Creates a new interview session using an API key for authentication. This endpoint is intended for integrations.',
    errors: {
      401: 'Invalid or inactive API key.',
    },
    request: {
      title: 'Integration Interview',
      candidate_name: 'John Smith',
      candidate_email: 'john.smith@example.com',
      position: 'Data Scientist',
      interview_config: {
        duration: 45,
      },
    },
    responses: {
      200: {
        id: 2,
        title: 'Integration Interview',
        candidate_name: 'John Smith',
        candidate_email: 'john.smith@example.com',
        position: 'Data Scientist',
        status: 'pending',
        room_name: 'interview-fedcba987654',
        technical_score: 0,
        behavioral_score: 0,
        created_at: '2023-08-10T15:00:00.000Z',
        creator_id: 1,
      },
    },
  },
  {
    seed: '001',
    operation: 'POST /api/v1/interviews/api/{interview_id}/token',
    title: 'Generate interview token via API key',
    prose: 'Generates a LiveKit token for a participant to join the specified interview\'s room, using an API key for authentication.',
    errors: {
      401: 'Invalid or inactive API key.',
      404: 'Interview not found or does not belong to the API key owner.',
    },
    parameters: {
      interview_id: 'The ID of the interview for which to generate a token.',
    },
    responses: {
      200: {
        token: 'eyJhbGciOiJIUzI1Ni...',
        room_name: 'interview-abcdef123456',
        participant_name: 'Jane Doe',
      },
    },
  },
  {
    seed: '002',
    operation: 'POST /api/v1/interviews',
    title: 'Create Interview',
    request: {
      title: 'Senior Python Engineer Interview',
      resume_id: 123,
      job_description: 'Looking for senior Python engineer...',
    },
    responses: {
      200: {
        id: 456,
        title: 'Senior Python Engineer Interview',
        status: 'pending',
        created_at: '2024-01-15T10:00:00Z',
      },
    },
  },
  {
    seed: '002',
    operation: 'POST /api/v1/interviews/{interview_id}/start',
    title: 'Start Interview',
    responses: {
      200: {
        interview_id: 456,
        room_name: 'interview-456',
        token: 'eyJhbGciOiJIUzI1NiIs...',
        url: 'wss://livekit.example.com',
      },
    },
  },
  {
    seed: '002',
    operation: 'POST /api/v1/interviews/{interview_id}/submit-code',
    title: 'Submit Code',
    request: {
      code: 'def fibonacci(n):\n    if n <= 1:\n        return n\n    return fibonacci(n-1) + fibonacci(n-2)',
      language: 'python',
    },
    responses: {
      200: {
        message: 'Code submitted successfully',
        execution_result: {
          stdout: '',
          stderr: '',
          exit_code: 0,
        },
      },
    },
  },
  {
    seed: '002',
    operation: 'GET /api/v1/interviews/{interview_id}/state',
    title: 'Get Interview State',
    responses: {
      200: {
        interview_id: 456,
        turn_count: 5,
        phase: 'technical',
      },
    },
  },
  {
    seed: '002',
    operation: 'POST /api/v1/interviews/{interview_id}/complete',
    title: 'Complete Interview',
    responses: {
      200: {
        interview_id: 456,
        status: 'completed',
        feedback: {
          overall_score: 0.85,
          communication_score: 0.9,
          technical_score: 0.8,
          problem_solving_score: 0.85,
          code_quality_score: 0.75,
        },
      },
    },
  },
  {
    seed: '002',
    operation: 'POST /api/v1/sandbox/execute',
    title: 'Execute Code',
    request: {
      code: 'print(\'Hello, World!\')',
      language: 'python',
      timeout_seconds: 30,
    },
    responses: {
      200: {
        stdout: 'Hello, World!\n',
        stderr: '',
        exit_code: 0,
        execution_time_ms: 150,
      },
    },
  },
  {
    seed: '002',
    operation: 'POST /api/v1/interviews/{interview_id}/submit-code',
    title: 'Submit Code to Interview',
    request: {
      code: 'def solve(): ...',
      language: 'python',
    },
  },
  {
    seed: '002',
    operation: 'POST /api/v1/voice/token',
    title: 'Get LiveKit Token',
    request: {
      room_name: 'interview-456',
      participant_name: 'John Doe',
      can_publish: true,
      can_subscribe: true,
    },
    responses: {
      200: {
        token: 'eyJhbGciOiJIUzI1NiIs...',
        room_name: 'interview-456',
        url: 'wss://livekit.example.com',
      },
    },
  },
  {
    seed: '002',
    operation: 'POST /api/v1/voice/tts',
    title: 'Text-to-Speech',
    request: {
      text: 'Hello, welcome to your interview!',
      voice: 'alloy',
      model: 'tts-1-hd',
    },
    responses: {
      200: {
        audio_base64: 'UklGRiQAAABXQVZFZm10...',
        text: 'Hello, welcome to your interview!',
        voice: 'alloy',
        model: 'tts-1-hd',
      },
    },
  },
  {
    seed: '003',
    operation: 'POST /api/auth/login',
    title: 'Get Access Token',
    request: {
      email: 'user@example.com',
      password: 'password123',
    },
    responses: {
      200: {
        access: 'eyJ0eXAiOiJKV1QiLCJhbGc...',
        refresh: 'eyJ0eXAiOiJKV1QiLCJhbGc...',
        user: {
          id: 1,
          email: 'user@example.com',
          username: 'user',
        },
      },
    },
  },
  {
    seed: '003',
    operation: 'GET /api/jobs',
    title: 'List All Jobs',
    responses: {
      200: {
        count: 10,
        next: null,
        previous: null,
        results: [
          {
            _id: 'uuid',
            title: 'Senior Java Developer',
            company: 'Tech Corp',
            description: '...',
            required_skills: [
              'Java',
              'Spring',
              'SQL',
            ],
            experience_level: 'senior',
            is_active: true,
            created_at: '2024-01-15T10:00:00Z',
          },
        ],
      },
    },
  },
  {
    seed: '003',
    operation: 'POST /api/jobs',
    title: 'Create Job',
    request: {
      title: 'Senior Java Developer',
      company: 'Tech Corp',
      description: 'We are looking for...',
      responsibilities: [
        'Design and develop Java applications',
        'Lead technical discussions',
      ],
      requirements: [
        '5+ years Java experience',
        'Strong knowledge of Spring Framework',
      ],
      required_skills: [
        'Java',
        'Spring',
        'SQL',
        'REST API',
      ],
      experience_level: 'senior',
      job_type: 'full_time',
      default_difficulty: 'auto',
      enable_video_analysis: true,
    },
    responses: {
      201: {
        _id: 'uuid',
        title: 'Senior Java Developer',
      },
    },
  },
  {
    seed: '003',
    operation: 'POST /api/jobs/generate_from_title',
    title: 'Generate JD from Title (AI)',
    request: {
      title: 'Java Developer',
      company: 'Tech Corp',
    },
    responses: {
      201: {
        _id: 'uuid',
        title: 'Java Developer',
        description: 'AI-generated description...',
        ai_generated: true,
      },
    },
  },
  {
    seed: '003',
    operation: 'GET /api/jobs/{job_id}',
    title: 'Get Job Details',
    responses: {
      200: {
        _id: 'uuid',
        title: 'Senior Java Developer',
      },
    },
  },
  {
    seed: '003',
    operation: 'PUT /api/jobs/{job_id}',
    title: 'Update Job',
    request: {
      title: 'Lead Java Developer',
      is_active: false,
    },
  },
  {
    seed: '003',
    operation: 'PATCH /api/jobs/{job_id}',
    title: 'Update Job',
    request: {
      title: 'Lead Java Developer',
      is_active: false,
    },
  },
  {
    seed: '003',
    operation: 'DELETE /api/jobs/{job_id}',
    title: 'Delete Job',
  },
  {
    seed: '003',
    operation: 'GET /api/candidates',
    title: 'List All Candidates',
    responses: {
      200: {
        count: 25,
        results: [
          {
            _id: 'uuid',
            full_name: 'John Doe',
            email: 'john@example.com',
            phone: '+1234567890',
            technical_skills: [
              'Python',
              'Django',
              'React',
            ],
            total_experience_years: 5.5,
            parsing_status: 'completed',
            created_at: '2024-01-15T10:00:00Z',
          },
        ],
      },
    },
  },
  {
    seed: '003',
    operation: 'POST /api/candidates/upload_cv',
    title: 'Upload CV',
    responses: {
      201: {
        _id: 'uuid',
        full_name: 'John Doe',
        email: 'john@example.com',
        technical_skills: [
          'Python',
          'Django',
          'JavaScript',
        ],
        parsing_status: 'completed',
      },
    },
  },
  {
    seed: '003',
    operation: 'GET /api/candidates/{candidate_id}',
    title: 'Get Candidate Details',
    responses: {
      200: {
        _id: 'uuid',
        full_name: 'John Doe',
        email: 'john@example.com',
        phone: '+1234567890',
        location: 'New York, NY',
        linkedin_url: 'https://linkedin.com/in/johndoe',
        summary: 'Experienced software developer...',
        technical_skills: [
          'Python',
          'Django',
          'React',
          'PostgreSQL',
        ],
        soft_skills: [
          'Leadership',
          'Communication',
        ],
        work_experience: [
          {
            company: 'Tech Corp',
            title: 'Senior Developer',
            start_date: '2020-01',
            end_date: '2023-12',
            description: 'Led development team...',
          },
        ],
        education: [
          {
            degree: 'Bachelor of Science',
            institution: 'University',
            field: 'Computer Science',
            end_date: '2019',
          },
        ],
        total_experience_years: 5.5,
      },
    },
  },
  {
    seed: '003',
    operation: 'POST /api/candidates/{candidate_id}/add_note',
    title: 'Add Note to Candidate',
    request: {
      content: 'Strong technical background, good communication skills.',
    },
    responses: {
      201: {
        _id: 'note_uuid',
        candidate: 'candidate_uuid',
        author: 'recruiter_user_id',
        author_name: 'Recruiter Name',
        content: 'Strong technical background...',
        created_at: '2024-01-15T10:00:00Z',
      },
    },
  },
  {
    seed: '003',
    operation: 'GET /api/interviews',
    title: 'List All Interviews',
    parameters: {
      status: 'scheduled|in_progress|completed|cancelled',
      job: 'job_id',
      candidate: 'candidate_id',
    },
    responses: {
      200: {
        count: 15,
        results: [
          {
            _id: 'uuid',
            interview_type: 'video',
            status: 'scheduled',
            scheduled_at: '2024-01-20T14:00:00Z',
            difficulty: 'auto',
            enable_video_analysis: true,
            created_at: '2024-01-15T10:00:00Z',
          },
        ],
      },
    },
  },
  {
    seed: '003',
    operation: 'POST /api/interviews',
    title: 'Create Interview',
    request: {
      job: 'job_uuid',
      candidate: 'candidate_uuid',
      interview_type: 'video',
      difficulty: 'auto',
      scheduled_at: '2024-01-20T14:00:00Z',
      duration_minutes: 60,
      enable_video_analysis: true,
      enable_recording: true,
    },
    responses: {
      201: {
        _id: 'interview_uuid',
        interview_link: 'https://yourdomain.com/interview/interview_uuid',
        invite_token: 'unique_token',
        status: 'scheduled',
      },
    },
  },
  {
    seed: '003',
    operation: 'GET /api/interviews/{interview_id}',
    title: 'Get Interview Details',
    responses: {
      200: {
        _id: 'uuid',
        job: {
          _id: 'job_uuid',
          title: 'Senior Java Developer',
        },
        candidate: {
          _id: 'candidate_uuid',
          full_name: 'John Doe',
          email: 'john@example.com',
        },
        interview_type: 'video',
        status: 'completed',
        scheduled_at: '2024-01-20T14:00:00Z',
        started_at: '2024-01-20T14:02:00Z',
        ended_at: '2024-01-20T14:58:00Z',
        full_transcript: [
          {
            timestamp: '2024-01-20T14:02:00Z',
            speaker: 'ai',
            text: 'Hello! Let\'s begin the interview...',
          },
          {
            timestamp: '2024-01-20T14:02:30Z',
            speaker: 'candidate',
            text: 'Thank you, I\'m ready.',
          },
        ],
        video_recording_url: 'https://storage.../recording.mp4',
        body_language_analysis: {
          overall_summary: 'Candidate showed high engagement...',
          confidence_score: 8.5,
        },
      },
    },
  },
  {
    seed: '003',
    operation: 'GET /api/interviews/{interview_id}/score',
    title: 'Get Interview Score',
    responses: {
      200: {
        _id: 'uuid',
        interview: 'interview_uuid',
        overall_score: 8.2,
        technical_skills_score: 8.5,
        problem_solving_score: 8,
        communication_score: 8.5,
        cultural_fit_score: 7.8,
        experience_relevance_score: 8.4,
        confidence_score: 8,
        engagement_score: 8.7,
        question_scores: [
          {
            question_id: 'uuid',
            score: 8.5,
            max_score: 10,
            feedback: 'Excellent answer with clear examples.',
          },
        ],
        strengths: [
          'Strong technical knowledge',
          'Good communication skills',
          'Relevant experience',
        ],
        weaknesses: [
          'Could improve system design approach',
        ],
        recommendation: 'hire',
        recommendation_reasoning: 'Candidate demonstrates strong...',
        calculated_at: '2024-01-20T15:00:00Z',
      },
    },
  },
  {
    seed: '003',
    operation: 'GET /api/reports/{interview_id}',
    title: 'Get Interview Report',
    responses: {
      200: {
        _id: 'uuid',
        interview: 'interview_uuid',
        executive_summary: 'Candidate performed well across...',
        technical_assessment: 'Strong knowledge of Java...',
        behavioral_assessment: 'Demonstrated good leadership...',
        communication_assessment: 'Clear and articulate...',
        non_verbal_summary: 'High engagement throughout...',
        overall_score: 8.2,
        recommendation: 'hire',
        share_token: 'unique_share_token',
        pdf_url: 'https://storage.../report.pdf',
        generated_at: '2024-01-20T15:00:00Z',
      },
    },
  },
  {
    seed: '003',
    operation: 'GET /api/reports/{interview_id}/export',
    title: 'Export Report as PDF',
  },
  {
    seed: '003',
    operation: 'POST /api/questions/generate',
    title: 'Generate Questions for Interview',
    request: {
      job_id: 'job_uuid',
      candidate_id: 'candidate_uuid',
      difficulty: 'auto',
      count: 12,
    },
    responses: {
      200: {
        questions: [
          {
            _id: 'uuid',
            question_text: 'Can you describe your experience with Java?',
            question_type: 'technical',
            difficulty: 'medium',
            skills_tested: [
              'Java',
              'OOP',
            ],
            expected_answer_points: [
              'Years of experience',
              'Specific projects',
              'Technologies used',
            ],
            max_score: 10,
          },
        ],
        total_count: 12,
      },
    },
  },
  {
    seed: '004',
    operation: 'POST /auth/register',
    title: 'Register new user',
  },
  {
    seed: '004',
    operation: 'POST /auth/login',
    title: 'User login',
  },
  {
    seed: '004',
    operation: 'POST /auth/refresh',
    title: 'Refresh access token',
  },
  {
    seed: '004',
    operation: 'POST /auth/logout',
    title: 'User logout',
  },
  {
    seed: '004',
    operation: 'GET /auth/me',
    title: 'Get current user',
  },
  {
    seed: '004',
    operation: 'PUT /auth/me',
    title: 'Update user profile',
  },
  {
    seed: '004',
    operation: 'POST /auth/forgot-password',
    title: 'Request password reset',
  },
  {
    seed: '004',
    operation: 'POST /auth/reset-password',
    title: 'Reset password',
  },
  {
    seed: '004',
    operation: 'POST /candidates/interviews',
    title: 'Create new interview session',
  },
  {
    seed: '004',
    operation: 'GET /candidates/interviews',
    title: 'List user\'s interviews',
  },
  {
    seed: '004',
    operation: 'GET /candidates/interviews/{interview_id}',
    title: 'Get interview details',
  },
  {
    seed: '004',
    operation: 'PUT /candidates/interviews/{interview_id}',
    title: 'Update interview',
  },
  {
    seed: '004',
    operation: 'DELETE /candidates/interviews/{interview_id}',
    title: 'Delete interview',
  },
  {
    seed: '004',
    operation: 'POST /candidates/interviews/{interview_id}/start',
    title: 'Start interview session',
  },
  {
    seed: '004',
    operation: 'POST /candidates/interviews/{interview_id}/end',
    title: 'End interview session',
  },
  {
    seed: '004',
    operation: 'POST /candidates/verify/identity',
    title: 'Verify identity with document',
  },
  {
    seed: '004',
    operation: 'GET /candidates/verify/status/{verification_id}',
    title: 'Check verification status',
  },
  {
    seed: '004',
    operation: 'POST /candidates/verify/face',
    title: 'Face verification',
  },
  {
    seed: '004',
    operation: 'POST /candidates/recordings/{interview_id}/upload',
    title: 'Upload interview recording',
  },
  {
    seed: '004',
    operation: 'GET /candidates/recordings/{interview_id}/download',
    title: 'Download recording',
  },
  {
    seed: '004',
    operation: 'DELETE /candidates/recordings/{interview_id}',
    title: 'Delete recording',
  },
  {
    seed: '004',
    operation: 'GET /candidates/recordings/{interview_id}/analysis',
    title: 'Get analysis results',
  },
  {
    seed: '004',
    operation: 'POST /candidates/recordings/{interview_id}/transcribe',
    title: 'Request transcription',
  },
  {
    seed: '004',
    operation: 'POST /interviewer/interviews',
    title: 'Create interview template',
  },
  {
    seed: '004',
    operation: 'GET /interviewer/interviews',
    title: 'List interview templates',
    // 004's "Common Query Parameters" example request.
    query: { page: 1, size: 20, search: 'software', status: 'active', sort_by: 'created_at', sort_order: 'desc' },
  },
  {
    seed: '004',
    operation: 'GET /interviewer/interviews/{template_id}',
    title: 'Get template details',
  },
  {
    seed: '004',
    operation: 'PUT /interviewer/interviews/{template_id}',
    title: 'Update template',
  },
  {
    seed: '004',
    operation: 'DELETE /interviewer/interviews/{template_id}',
    title: 'Delete template',
  },
  {
    seed: '004',
    operation: 'POST /interviewer/interviews/{template_id}/invite',
    title: 'Send interview invitation',
  },
  {
    seed: '004',
    operation: 'GET /interviewer/interviews/invitations',
    title: 'List sent invitations',
  },
  {
    seed: '004',
    operation: 'GET /interviewer/analytics/dashboard',
    title: 'Get dashboard data',
  },
  {
    seed: '004',
    operation: 'GET /interviewer/analytics/reports/{interview_id}',
    title: 'Get interview report',
  },
  {
    seed: '004',
    operation: 'GET /interviewer/analytics/candidates/{candidate_id}',
    title: 'Get candidate analytics',
  },
  {
    seed: '004',
    operation: 'GET /interviewer/analytics/trends',
    title: 'Get hiring trends',
  },
  {
    seed: '004',
    operation: 'POST /interviewer/analytics/export',
    title: 'Export analytics data',
  },
  {
    seed: '004',
    operation: 'GET /interviewer/profile',
    title: 'Get interviewer profile',
  },
  {
    seed: '004',
    operation: 'PUT /interviewer/profile',
    title: 'Update profile',
  },
  {
    seed: '004',
    operation: 'POST /interviewer/profile/avatar',
    title: 'Upload avatar',
  },
  {
    seed: '004',
    operation: 'GET /interviewer/profile/preferences',
    title: 'Get preferences',
  },
  {
    seed: '004',
    operation: 'PUT /interviewer/profile/preferences',
    title: 'Update preferences',
  },
  {
    seed: '004',
    operation: 'GET /interviewer/settings/notifications',
    title: 'Get notification settings',
  },
  {
    seed: '004',
    operation: 'PUT /interviewer/settings/notifications',
    title: 'Update notifications',
  },
  {
    seed: '004',
    operation: 'GET /interviewer/settings/security',
    title: 'Get security settings',
  },
  {
    seed: '004',
    operation: 'PUT /interviewer/settings/security',
    title: 'Update security',
  },
  {
    seed: '004',
    operation: 'POST /interviewer/settings/api-keys',
    title: 'Generate API key',
  },
  {
    seed: '004',
    operation: 'DELETE /interviewer/settings/api-keys/{key_id}',
    title: 'Revoke API key',
  },
  {
    seed: '004',
    operation: 'GET /admin/users',
    title: 'List all users',
  },
  {
    seed: '004',
    operation: 'GET /admin/users/{user_id}',
    title: 'Get user details',
  },
  {
    seed: '004',
    operation: 'PUT /admin/users/{user_id}',
    title: 'Update user',
  },
  {
    seed: '004',
    operation: 'DELETE /admin/users/{user_id}',
    title: 'Delete user',
  },
  {
    seed: '004',
    operation: 'POST /admin/users/{user_id}/suspend',
    title: 'Suspend user',
  },
  {
    seed: '004',
    operation: 'POST /admin/users/{user_id}/activate',
    title: 'Activate user',
  },
  {
    seed: '004',
    operation: 'GET /admin/system/stats',
    title: 'Get system statistics',
  },
  {
    seed: '004',
    operation: 'GET /admin/system/health',
    title: 'System health check',
  },
  {
    seed: '004',
    operation: 'GET /admin/system/logs',
    title: 'Get system logs',
  },
  {
    seed: '004',
    operation: 'POST /admin/system/maintenance',
    title: 'Toggle maintenance mode',
  },
  {
    seed: '004',
    operation: 'GET /billing/plans',
    title: 'Get available plans',
  },
  {
    seed: '004',
    operation: 'GET /billing/subscription',
    title: 'Get current subscription',
  },
  {
    seed: '004',
    operation: 'POST /billing/subscribe',
    title: 'Subscribe to plan',
  },
  {
    seed: '004',
    operation: 'PUT /billing/subscription',
    title: 'Update subscription',
  },
  {
    seed: '004',
    operation: 'DELETE /billing/subscription',
    title: 'Cancel subscription',
  },
  {
    seed: '004',
    operation: 'GET /billing/invoices',
    title: 'Get billing history',
  },
  {
    seed: '004',
    operation: 'GET /billing/usage',
    title: 'Get usage statistics',
  },

];

/** 004's "Common Query Parameters": the pagination and filters of every S4 list, in the seed's words. */
export const S4_COMMON_PARAMETERS: Readonly<Record<string, string>> = {
  page: 'Page number (default: 1)',
  size: 'Items per page (default: 10, max: 100)',
  search: 'Search term',
  status: 'Filter by status',
  date_from: 'Start date (ISO format)',
  date_to: 'End date (ISO format)',
  sort_by: 'Sort field',
  sort_order: '"asc" or "desc" (default: "desc")',
};
