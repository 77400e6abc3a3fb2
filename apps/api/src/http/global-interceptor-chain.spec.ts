import { AsyncLocalStorage } from 'node:async_hooks';
import { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { firstValueFrom, map, Observable, of } from 'rxjs';
import { GlobalInterceptorChain } from './global-interceptor-chain';
import { RequestContextInterceptor } from './request-context.interceptor';
import { S4EnvelopeInterceptor } from './s4-envelope.interceptor';
import { AuditorReadRecorderInterceptor } from './auth/auditor-read-recorder.interceptor';

const context = {} as ExecutionContext;

function chainOf(first: NestInterceptor, second: NestInterceptor, third: NestInterceptor): GlobalInterceptorChain {
  return new GlobalInterceptorChain(
    first as RequestContextInterceptor,
    second as S4EnvelopeInterceptor,
    third as AuditorReadRecorderInterceptor,
  );
}

function recording(name: string, log: string[]): NestInterceptor {
  return {
    intercept: (_context, next) => {
      log.push(`${name} in`);
      return next.handle().pipe(map((value) => (log.push(`${name} out`), `${name}(${value})`)));
    },
  };
}

function handler(log: string[], value = 'handled'): CallHandler {
  return { handle: () => new Observable((s) => (log.push('handler'), s.next(value), s.complete())) };
}

describe('GlobalInterceptorChain', () => {
  it('runs the interceptors outermost first around the handler, each seeing what the inner ones returned', async () => {
    const log: string[] = [];
    const chain = chainOf(recording('a', log), recording('b', log), recording('c', log));
    expect(await firstValueFrom(chain.intercept(context, handler(log)))).toBe('a(b(c(handled)))');
    expect(log).toEqual(['a in', 'b in', 'c in', 'handler', 'c out', 'b out', 'a out']);
  });

  it('starts an inner interceptor only when its next is subscribed (one that answers by itself runs nothing further)', async () => {
    const log: string[] = [];
    const answersAlone: NestInterceptor = { intercept: (_context, next) => (next.handle(), of('short')) };
    const chain = chainOf(recording('a', log), answersAlone, recording('c', log));
    expect(await firstValueFrom(chain.intercept(context, handler(log)))).toBe('a(short)');
    expect(log).toEqual(['a in', 'a out']);
  });

  it('takes an interceptor that returns a promise of an observable', async () => {
    const log: string[] = [];
    const later: NestInterceptor = { intercept: async (_context, next) => next.handle().pipe(map((v) => `later(${v})`)) };
    const chain = chainOf(later, recording('b', log), recording('c', log));
    expect(await firstValueFrom(chain.intercept(context, handler(log)))).toBe('later(b(c(handled)))');
  });

  it('runs the inner interceptors and the handler in the async context the outer one opened', async () => {
    const storage = new AsyncLocalStorage<string>();
    const seen: (string | undefined)[] = [];
    const opening: NestInterceptor = {
      intercept: (_context, next) =>
        new Observable((subscriber) =>
          storage.run('request-1', () => {
            // subscribed after an await, as the request context interceptor does
            void Promise.resolve().then(() => next.handle().subscribe(subscriber));
          }),
        ),
    };
    const reading: NestInterceptor = { intercept: (_context, next) => (seen.push(storage.getStore()), next.handle()) };
    const waiting: NestInterceptor = {
      intercept: (_context, next) =>
        new Observable((subscriber) => {
          setTimeout(() => next.handle().subscribe(subscriber), 1);
        }),
    };
    const chain = chainOf(opening, reading, waiting);
    const last: CallHandler = { handle: () => of(null).pipe(map(() => storage.getStore())) };
    expect(await firstValueFrom(chain.intercept(context, last))).toBe('request-1');
    expect(seen).toEqual(['request-1']);
  });
});
