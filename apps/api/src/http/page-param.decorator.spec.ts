import { PageParam } from './page-param.decorator';
import { pipeValidation, problemTypesOr } from './testing/pipe-validation';

class IntegerFirstQuery {
  @PageParam({ default: 100, min: 0, max: 1000 })
  limit: number = 100;
}

class BoundsFirstQuery {
  @PageParam({ default: 100, min: 1, max: 1000, ruleOrder: 'bounds-first' })
  limit: number = 100;
}

class NoMaximumQuery {
  @PageParam({ default: 0, min: 0, ruleOrder: 'bounds-first' })
  skip: number = 0;
}

describe('PageParam', () => {
  it.each([
    ['a number in bounds is converted from text', IntegerFirstQuery, { limit: '7' }, { limit: 7 }],
    ['an absent parameter keeps the default', IntegerFirstQuery, {}, { limit: 100 }],
    ['the minimum is allowed', BoundsFirstQuery, { limit: '1' }, { limit: 1 }],
    ['past the maximum is refused', IntegerFirstQuery, { limit: '1001' }, ['value_error.max']],
    ['below the minimum is refused', BoundsFirstQuery, { limit: '0' }, ['value_error.min']],
    ['integer first by default: every rule text breaks, listed integer first', IntegerFirstQuery, { limit: 'abc' }, ['value_error.isint', 'value_error.min', 'value_error.max']],
    ['bounds first when asked: the same rules, bounds first', BoundsFirstQuery, { limit: 'abc' }, ['value_error.max', 'value_error.min', 'value_error.isint']],
    ['bounds first without a maximum', NoMaximumQuery, { skip: '-1.5' }, ['value_error.min', 'value_error.isint']],
    ['without a maximum, text still breaks only the integer and minimum rules', NoMaximumQuery, { skip: 'abc' }, ['value_error.min', 'value_error.isint']],
    ['without a maximum, the last exact integer is allowed', NoMaximumQuery, { skip: String(Number.MAX_SAFE_INTEGER) }, { skip: Number.MAX_SAFE_INTEGER }],
    ['without a maximum, a number past the exact integers is refused', NoMaximumQuery, { skip: '99999999999999999999' }, ['value_error.max']],
    ['without a maximum, the first inexact integer is refused', NoMaximumQuery, { skip: '9007199254740993' }, ['value_error.max']],
    ['an empty value is no integer (it was read as 0)', NoMaximumQuery, { skip: '' }, ['value_error.min', 'value_error.isint']],
    ['an empty value is no integer, bounds listed too', IntegerFirstQuery, { limit: '' }, ['value_error.isint', 'value_error.min', 'value_error.max']],
  ])('%s', async (_name, metatype, query, expected) => {
    expect(problemTypesOr(await pipeValidation(metatype, query, 'query'))).toEqual(expected);
  });
});
