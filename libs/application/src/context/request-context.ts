import { AsyncLocalStorage } from 'node:async_hooks';
import { LogPosition } from '@candor/contracts';

/** Who is acting and on behalf of which request: the source of every event's metadata. */
export interface RequestContext {
  readonly requestId: string;
  readonly correlationId: string;
  userId: string | null;
  /** The highest log position written during this request (read-your-writes). */
  writtenPosition: LogPosition | null;
  /** False when the projections could not catch up with this request's writes in time. */
  readModelsCurrent: boolean;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  enterWith(context: RequestContext): void {
    storage.enterWith(context);
  },
  /** Runs `fn` outside any request context: what it writes is not the request's write (nor its metadata). */
  outside<T>(fn: () => T): T {
    return storage.exit(fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
};
