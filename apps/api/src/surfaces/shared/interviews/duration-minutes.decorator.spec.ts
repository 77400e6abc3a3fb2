import { pipeValidation, problemTypesOr } from '../../../http/testing/pipe-validation';
import { DurationMinutes } from './duration-minutes.decorator';

class Body {
  @DurationMinutes()
  duration_minutes?: number;
}

describe('DurationMinutes', () => {
  it.each([
    ['absent is allowed', {}, {}],
    ['1 to 1440 minutes are allowed', { duration_minutes: 1440 }, { duration_minutes: 1440 }],
    ['0 is too short', { duration_minutes: 0 }, ['value_error.min']],
    ['past a day is too long', { duration_minutes: 1441 }, ['value_error.max']],
    ['a fraction is no whole number of minutes', { duration_minutes: 1.5 }, ['value_error.isint']],
    ['text breaks every rule, listed maximum first (as the create routes always answered)', { duration_minutes: 'abc' }, ['value_error.max', 'value_error.min', 'value_error.isint']],
  ])('%s', async (_name, body, expected) => {
    expect(problemTypesOr(await pipeValidation(Body, body))).toEqual(expected);
  });
});
