import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export interface StringListOptions {
  readonly maxItems: number;
  /** The longest an item may be. */
  readonly maxLength: number;
  /** The shortest an item may be, when an empty one is refused. */
  readonly minLength?: number;
  readonly example?: string[];
  readonly description?: string;
}

/**
 * An optional list of strings in a request body (technologies, questions, skills, …): a list, of at most `maxItems`
 * strings, each within its length bounds, documented. The rules are listed in the order a stacked declaration
 * registers them (bottom up), so a 422 lists a broken rule where the DTOs that stacked them by hand listed it.
 */
export function OptionalStringList(options: StringListOptions): PropertyDecorator {
  return applyDecorators(
    MaxLength(options.maxLength, { each: true }),
    ...(options.minLength === undefined ? [] : [MinLength(options.minLength, { each: true })]),
    IsString({ each: true }),
    ArrayMaxSize(options.maxItems),
    IsArray(),
    IsOptional(),
    ApiPropertyOptional({
      type: [String],
      ...(options.example === undefined ? {} : { example: options.example }),
      ...(options.description === undefined ? {} : { description: options.description }),
    }),
  );
}
