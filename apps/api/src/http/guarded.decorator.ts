import { UseGuards } from '@nestjs/common';
import { AdmittedRequestGuard } from './admitted-request.guard';

/**
 * The guards of a controller or route, in order, then AdmittedRequestGuard: what must follow a route's own guards
 * (`X-Min-Position`, the auditor's read record) can be neither left out nor run before them.
 */
export const Guarded = (...guards: Parameters<typeof UseGuards>) => UseGuards(...guards, AdmittedRequestGuard);
