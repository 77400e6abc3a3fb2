import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** An S4 list's `sort_by`: one of the list's own keys (any other is refused, 400), documented with its default. */
export function S4SortBy(keys: readonly string[], defaultKey: string): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ enum: keys, default: defaultKey }), IsOptional(), IsIn(keys));
}
