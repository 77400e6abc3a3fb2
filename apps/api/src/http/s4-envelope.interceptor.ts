import { CallHandler, ExecutionContext, Injectable, NestInterceptor, StreamableFile } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { map, Observable } from 'rxjs';
import { surfaceOf } from './surface';
import { S4Response } from './s4-response';

/** S4 answers `{success:true, data, message?, pagination?}`; downloads stay raw streams. */
@Injectable()
export class S4EnvelopeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (surfaceOf(request.url) !== 'S4') return next.handle();
    return next.handle().pipe(
      map((value) => {
        if (value instanceof StreamableFile || Buffer.isBuffer(value)) return value;
        if (value instanceof S4Response) {
          return {
            success: true,
            data: value.data,
            ...(value.message !== undefined ? { message: value.message } : {}),
            ...(value.pagination ? { pagination: value.pagination } : {}),
          };
        }
        return { success: true, data: value ?? null };
      }),
    );
  }
}
