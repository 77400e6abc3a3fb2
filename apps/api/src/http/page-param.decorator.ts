import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { buildMessage, IsInt, IsOptional, Max, Min, ValidateBy } from 'class-validator';

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
 * Without a documented maximum, a number still stops at the last exact integer: past it, text such as
 * `99999999999999999999` is no longer the number asked for, and no read store can skip that far (SQLite refused it:
 * a 500). Only numbers are checked, so text keeps breaking just the integer and minimum rules.
 */
function AtMostExactInteger(): PropertyDecorator {
  return ValidateBy({
    name: 'max',
    constraints: [Number.MAX_SAFE_INTEGER],
    validator: {
      validate: (value: unknown) => typeof value !== 'number' || Number.isNaN(value) || value <= Number.MAX_SAFE_INTEGER,
      defaultMessage: buildMessage((each) => `${each}$property must not be greater than $constraint1`),
    },
  });
}

/**
 * One optional integer paging parameter of a query string (S0 `limit`/`offset`, S1 `skip`/`limit`, S3
 * `page`/`page_size`, S4 `page`/`size`): converted from text (an empty value is no integer), checked as an integer
 * within its bounds, documented.
 */
export function PageParam(options: PageParamOptions): PropertyDecorator {
  const rules = [IsInt(), Min(options.min), options.max === undefined ? AtMostExactInteger() : Max(options.max)];
  if (options.ruleOrder === 'bounds-first') rules.reverse();
  return applyDecorators(
    ApiPropertyOptional({ type: Number, default: options.default, minimum: options.min, maximum: options.max ?? Number.MAX_SAFE_INTEGER }),
    IsOptional(),
    Type(() => Number),
    // Number('') is 0: an empty value (`?skip=`) would pass as a 0 nobody sent; it is no integer
    Transform(({ value, obj, key }) => ((obj as Record<string, unknown>)[key] === '' ? Number.NaN : value)),
    ...rules,
  );
}
