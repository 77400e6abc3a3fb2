import { INTERVIEW_TYPES, InterviewDetails, InterviewType } from '@candor/domain';
import { FieldProblem, RequestValidationError } from '../../../http/request-validation.error';
import { CreateSessionDto } from './create-session.dto';

/** S0 carries difficulty, technologies and interview type inside `metadata`; they become interview fields. */
export function sessionDetails(dto: CreateSessionDto): Partial<InterviewDetails> {
  const metadata = dto.metadata ?? {};
  const problems: FieldProblem[] = [];
  const { difficulty, technologies, interview_type: interviewType } = metadata;
  if (difficulty !== undefined && (typeof difficulty !== 'string' || difficulty.length > 500)) {
    problems.push({ loc: ['metadata', 'difficulty'], msg: 'must be a string', type: 'type_error.str' });
  }
  if (technologies !== undefined && !(Array.isArray(technologies) && technologies.every((t) => typeof t === 'string'))) {
    problems.push({ loc: ['metadata', 'technologies'], msg: 'must be a list of strings', type: 'type_error.list' });
  }
  if (interviewType !== undefined && !INTERVIEW_TYPES.includes(interviewType as InterviewType)) {
    problems.push({
      loc: ['metadata', 'interview_type'],
      msg: `must be one of ${INTERVIEW_TYPES.join(', ')}`,
      type: 'type_error.enum',
    });
  }
  if (problems.length > 0) throw new RequestValidationError(problems);
  return {
    title: dto.title,
    description: dto.description,
    candidateEmail: dto.candidate_email,
    durationMinutes: dto.duration_minutes,
    difficulty: difficulty as string | undefined,
    technologies: technologies as string[] | undefined,
    interviewType: interviewType as InterviewType | undefined,
    metadata,
  };
}
