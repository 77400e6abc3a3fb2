import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { pipeValidation, problemTypesOr } from '../../http/testing/pipe-validation';
import { OptionalStringList } from './string-list.decorator';

class Body {
  @OptionalStringList({ maxItems: 2, maxLength: 3, minLength: 1 })
  tags?: string[];
}

/** The same rules stacked by hand, as the DTOs declared them before: the decorator must answer exactly as they did. */
class StackedBody {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(3, { each: true })
  tags?: string[];
}

describe('OptionalStringList', () => {
  it.each([
    ['absent is allowed', {}, {}],
    ['strings within the bounds are allowed', { tags: ['a', 'abc'] }, { tags: ['a', 'abc'] }],
    ['too many items', { tags: ['a', 'b', 'c'] }, ['value_error.arraymaxsize']],
    ['an item too long', { tags: ['abcd'] }, ['value_error.maxlength']],
    ['an empty item', { tags: [''] }, ['value_error.minlength']],
    ['an item that is no string', { tags: [7] }, ['value_error.maxlength', 'value_error.minlength', 'value_error.isstring']],
    ['no list', { tags: 'abc' }, ['value_error.arraymaxsize', 'value_error.isarray']],
  ])('%s', async (_name, body, expected) => {
    expect(problemTypesOr(await pipeValidation(Body, body))).toEqual(expected);
  });

  it.each([[{ tags: 'abc' }], [{ tags: [7, 'abcd', ''] }], [{ tags: ['a', 'b', 'c'] }], [{ tags: null }]])('answers %j as the rules stacked by hand do', async (body) => {
    expect(await pipeValidation(Body, body)).toEqual(await pipeValidation(StackedBody, body));
  });
});
