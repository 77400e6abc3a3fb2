import { DomainError } from '../shared/domain-error';

/** The candidate's stable error codes; each surface's filter turns the kind into its status and body. */
export const CandidateErrors = {
  notFound: () => new DomainError('CANDIDATE.NOT_FOUND', 'Candidate not found', 'not_found'),
  alreadyExists: (id: string) => new DomainError('CANDIDATE.ALREADY_EXISTS', `Candidate ${id} already exists`, 'conflict'),
  forbidden: (action: string) =>
    new DomainError('CANDIDATE.FORBIDDEN', `Not enough permissions: only the candidate's owner or a superuser may ${action}`, 'forbidden'),
  invalid: (field: string, message: string) => new DomainError('CANDIDATE.INVALID', `${field}: ${message}`, 'invalid', { field }),
  unsupportedCv: (message: string) => new DomainError('CANDIDATE.UNSUPPORTED_CV_TYPE', message, 'invalid', { field: 'cv_file' }),
};
