import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** Go: at least five questions at each difficulty, each with the points a good answer makes. */
export const GO_QUESTIONS: readonly BankQuestion[] = [
  t('go-e-1', 'go', 'easy', 'What are goroutines and channels in Go?', [
    p('goroutine', 'Goroutines are lightweight threads managed by the Go runtime', ['lightweight', 'green thread', 'runtime', 'scheduler', 'cheap', 'go keyword'], 'How is a goroutine different from an OS thread?'),
    p('channel', 'Channels pass values between goroutines and synchronise them', ['channel', 'send', 'receive', 'communicate', 'synchronise', 'synchronize'], 'How do goroutines exchange data?'),
    p('buffered', 'Unbuffered channels block until both sides are ready; buffered ones hold values', ['buffered', 'unbuffered', 'block', 'capacity']),
  ]),
  t('go-m-1', 'go', 'medium', 'How do you handle errors and cancellation in Go services?', [
    p('errors-values', 'Errors are values returned and checked explicitly', ['error value', 'if err', 'err != nil', 'return error', 'explicit'], 'How does Go report a failure from a function?'),
    p('wrapping', 'Wrap errors with context and inspect with errors.Is / errors.As', ['wrap', 'errors.is', 'errors.as', 'fmt.errorf'], 'How do you add context to an error and inspect it later?'),
    p('context', 'context.Context carries deadlines and cancellation through calls', ['context', 'ctx', 'deadline', 'timeout', 'cancel', 'withcancel'], 'How do you stop work when the client goes away?'),
    p('panic', 'panic/recover only for truly exceptional cases', ['panic', 'recover']),
  ]),
  t('go-h-1', 'go', 'hard', 'How does the Go scheduler work, and how would you find and fix a goroutine leak?', [
    p('gmp', 'M:N scheduling with Gs, Ms and Ps; work stealing', ['m:n', 'gmp', 'processor', 'work stealing', 'gomaxprocs', 'os thread'], 'How are goroutines mapped onto OS threads?'),
    p('leak-cause', 'Leaks come from goroutines blocked forever on channels or locks', ['blocked forever', 'never returns', 'blocked', 'stuck', 'never closed', 'leak'], 'What usually causes a goroutine leak?'),
    p('detect', 'Detect with pprof goroutine profiles or runtime.NumGoroutine', ['pprof', 'profile', 'numgoroutine', 'goleak', 'stack dump'], 'How would you find one in production?'),
    p('fix', 'Fix with context cancellation, closing channels, select with done', ['context', 'cancel', 'close the channel', 'select', 'done channel', 'timeout']),
  ]),
];
