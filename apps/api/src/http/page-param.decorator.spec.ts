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
  ])('%s', async (_name, metatype, query, expected) => {
    expect(problemTypesOr(await pipeValidation(metatype, query, 'query'))).toEqual(expected);
  });
});
