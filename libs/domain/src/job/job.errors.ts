import { DomainError } from '../shared/domain-error';

/** The job's stable error codes; each surface's filter turns the kind into its status and body. */
export const JobErrors = {
  notFound: () => new DomainError('JOB.NOT_FOUND', 'Job not found', 'not_found'),
  alreadyExists: (id: string) => new DomainError('JOB.ALREADY_EXISTS', `Job ${id} already exists`, 'conflict'),
  forbidden: (action: string) => new DomainError('JOB.FORBIDDEN', `Not enough permissions: only the job's owner or a superuser may ${action}`, 'forbidden'),
  invalid: (field: string, message: string) => new DomainError('JOB.INVALID', `${field}: ${message}`, 'invalid', { field }),
};
