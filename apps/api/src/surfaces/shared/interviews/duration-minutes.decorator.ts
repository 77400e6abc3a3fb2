import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * An interview's optional length in minutes, 1 to 1440, as every create body checks it (S0 sessions, the shared
 * interview fields, S1's `interview_config.duration`). The rules are listed in the order a stacked declaration
 * registers them (bottom up), so a 422 still lists a broken maximum before the minimum and the integer rule.
 */
export function DurationMinutes(options: { readonly description?: string } = {}): PropertyDecorator {
  return applyDecorators(
    Max(1440),
    Min(1),
    IsInt(),
    IsOptional(),
    ApiPropertyOptional({ example: 60, minimum: 1, maximum: 1440, ...(options.description === undefined ? {} : { description: options.description }) }),
  );
}
