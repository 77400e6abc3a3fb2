import { applyDecorators, Controller, UseInterceptors } from '@nestjs/common';
import { S4EnvelopeInterceptor } from './s4-envelope.interceptor';

/** An S4 controller: its answers are wrapped `{success, data, message?, pagination?}` (S4EnvelopeInterceptor). */
export const S4Controller = (prefix: string) => applyDecorators(UseInterceptors(S4EnvelopeInterceptor), Controller(prefix));
