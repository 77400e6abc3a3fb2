import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export interface PageParamOptions {
  /** Documented default; the property's initializer is what applies it. */
  readonly default: number;
  readonly min: number;
  readonly max?: number;
}

/**
 * One optional integer paging parameter of a query string (S0 `limit`/`offset`, S1 `skip`/`limit`, S3
 * `page`/`page_size`, S4 `page`/`size`): converted from text, checked as an integer within its bounds, documented.
 */
export function PageParam(options: PageParamOptions): PropertyDecorator {
  const decorators = [
    ApiPropertyOptional({ type: Number, default: options.default, minimum: options.min, ...(options.max === undefined ? {} : { maximum: options.max }) }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(options.min),
  ];
  if (options.max !== undefined) decorators.push(Max(options.max));
  return applyDecorators(...decorators);
}
