import { exampleFromSeed, uuidFor } from './example-from-seed';

const schemas = {
  Session: {
    type: 'object',
    required: ['id', 'title', 'recruiter_id', 'started_at', 'status', 'tags', 'room'],
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      recruiter_id: { type: 'string', format: 'uuid' },
      started_at: { type: ['string', 'null'], format: 'date-time' },
      status: { type: 'string', enum: ['scheduled', 'active'] },
      tags: { type: 'array', items: { type: 'string' } },
      room: { type: 'string', example: 'interview-0123456789ab' },
      score: { anyOf: [{ type: 'number' }, { type: 'null' }] },
    },
  },
};

describe('exampleFromSeed', () => {
  it("keeps every value the seed gives, turning only its ids into UUIDs (the same seed id, the same UUID)", () => {
    const example = exampleFromSeed({ id: 123, title: 'Senior Python Developer Interview', recruiter_id: 'uuid-string', status: 'active', score: 8.5 }, { $ref: '#/components/schemas/Session' }, schemas) as Record<string, unknown>;
    expect(example).toMatchObject({ id: uuidFor(123), title: 'Senior Python Developer Interview', recruiter_id: uuidFor('uuid-string'), status: 'active', score: 8.5 });
    expect(uuidFor(123)).toBe('00000000-0000-4000-8000-000000000123');
    expect(uuidFor('uuid-string')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('fills the required fields the seed leaves out from their schemas (own example, first choice, null, empty, a UUID for an id)', () => {
    const example = exampleFromSeed({ title: 'T' }, { $ref: '#/components/schemas/Session' }, schemas);
    expect(example).toEqual({
      title: 'T',
      id: uuidFor('id'),
      recruiter_id: uuidFor('recruiter_id'),
      started_at: null,
      status: 'scheduled',
      tags: [],
      room: 'interview-0123456789ab',
    });
  });

  it('leaves a value the schema does not know, or of the wrong type, as the seed wrote it (the docs test then fails)', () => {
    expect(exampleFromSeed({ title: 42, extra: 'x' }, { $ref: '#/components/schemas/Session' }, schemas)).toMatchObject({ title: 42, extra: 'x' });
  });
});
