import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { defer, from, isObservable, mergeAll, Observable } from 'rxjs';
import { RequestContextInterceptor } from './request-context.interceptor';
import { S4EnvelopeInterceptor } from './s4-envelope.interceptor';
import { AuditorReadRecorderInterceptor } from './auth/auditor-read-recorder.interceptor';

/**
 * The interceptors every route runs, as one global interceptor calling them in order (outermost first: the
 * request context, so the S4 wrapper sees the handler's value; then the S4 envelope; then the auditor's read
 * record). Nest wraps each global interceptor's `next` in `AsyncResource.bind`, whose price (two `util.deprecate`
 * wrappers per call) showed in the CPU profile of every command; inside the chain a `next` is a plain deferred
 * call, started on subscription like Nest's, and subscribed within the request context the first one opened.
 */
@Injectable()
export class GlobalInterceptorChain implements NestInterceptor {
  private readonly chain: readonly NestInterceptor[];

  constructor(requestContext: RequestContextInterceptor, s4Envelope: S4EnvelopeInterceptor, auditorReads: AuditorReadRecorderInterceptor) {
    this.chain = [requestContext, s4Envelope, auditorReads];
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return this.from(0, context, next);
  }

  private from(index: number, context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (index === this.chain.length) return next.handle();
    const inner: CallHandler = { handle: () => defer(() => this.from(index + 1, context, next)) };
    const result = this.chain[index].intercept(context, inner);
    return isObservable(result) ? result : from(result).pipe(mergeAll());
  }
}
