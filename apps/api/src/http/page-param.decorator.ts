import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export interface PageParamOptions {
  /** Documented default; the property's initializer is what applies it. */
  readonly default: number;
  readonly min: number;
  readonly max?: number;
  /**
   * The order a 422 lists the rules a value breaks (`abc` is no integer and outside both bounds). S1's audit reads
   * and S2's resume list have always answered bounds first; the other lists, integer first (the default).
   */
  readonly ruleOrder?: 'integer-first' | 'bounds-first';
}

/**
 * One optional integer paging parameter of a query string (S0 `limit`/`offset`, S1 `skip`/`limit`, S3
 * `page`/`page_size`, S4 `page`/`size`): converted from text, checked as an integer within its bounds, documented.
 */
export function PageParam(options: PageParamOptions): PropertyDecorator {
  const rules = [IsInt(), Min(options.min), ...(options.max === undefined ? [] : [Max(options.max)])];
  if (options.ruleOrder === 'bounds-first') rules.reverse();
  return applyDecorators(
    ApiPropertyOptional({ type: Number, default: options.default, minimum: options.min, ...(options.max === undefined ? {} : { maximum: options.max }) }),
    IsOptional(),
    Type(() => Number),
    ...rules,
  );
}
