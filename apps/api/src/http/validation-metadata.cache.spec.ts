import { getMetadataStorage, IsInt, IsString, MaxLength, validate } from 'class-validator';
import { rememberValidationMetadata } from './validation-metadata.cache';

class Named {
  @IsString()
  @MaxLength(5)
  name!: string;
}

const problems = async (value: object) => (await validate(value, { whitelist: true })).map((e) => `${e.property}:${Object.keys(e.constraints ?? {}).join(',')}`);

describe('rememberValidationMetadata', () => {
  beforeAll(() => rememberValidationMetadata());

  it('answers the same rules of a class twice without looking them up again', async () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Named, '', false, false);
    expect(storage.getTargetValidationMetadatas(Named, '', false, false)).toBe(first);
    expect(storage.getTargetValidationMetadatas(Named, '', true, false)).not.toBe(first);
    expect(first.map((m) => m.propertyName)).toEqual(['name', 'name']);
  });

  it('validates as class-validator does, again and again', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect(await problems(Object.assign(new Named(), { name: 'too long' }))).toEqual(['name:maxLength']);
      expect(await problems(Object.assign(new Named(), { name: 'ok' }))).toEqual([]);
    }
  });

  it('takes in rules added after a first validation: a class declared later, a subclass, a rule added to a known class', async () => {
    expect(await problems(Object.assign(new Named(), { name: 'ok' }))).toEqual([]);
    class Later {
      @IsInt()
      count!: number;
    }
    class Child extends Named {
      @IsInt()
      age!: number;
    }
    expect(await problems(Object.assign(new Later(), { count: 'x' }))).toEqual(['count:isInt']);
    expect(await problems(Object.assign(new Child(), { name: 'too long', age: 'x' }))).toEqual(['age:isInt', 'name:maxLength']);

    IsInt()(Named.prototype, 'rank');

    expect(await problems(Object.assign(new Named(), { name: 'ok', rank: 'x' }))).toEqual(['rank:isInt']);
  });
});
