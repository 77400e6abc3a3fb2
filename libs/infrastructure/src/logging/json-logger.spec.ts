import { JsonLogger } from './json-logger';

describe('JsonLogger recent-entries ring', () => {
  let out: jest.SpyInstance;
  let err: jest.SpyInstance;
  beforeEach(() => {
    out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    out.mockRestore();
    err.mockRestore();
  });

  it('keeps the last N entries oldest first, with increasing sequence numbers', () => {
    const logger = new JsonLogger('info', 3);
    for (let i = 1; i <= 5; i += 1) logger.entry('info', `m${i}`, { i });
    const recent = logger.recent();
    expect(recent.map((e) => e.msg)).toEqual(['m3', 'm4', 'm5']);
    expect(recent.map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(recent[2].fields).toEqual({ i: 5 });
  });

  it('remembers info entries even when the output level is quieter, but prints only what the level allows', () => {
    const logger = new JsonLogger('error', 10);
    logger.entry('debug', 'noise');
    logger.entry('info', 'request', { status: 200 });
    logger.error(new Error('boom'));
    expect(logger.recent().map((e) => [e.level, e.msg])).toEqual([
      ['info', 'request'],
      ['error', 'boom'],
    ]);
    expect(out).not.toHaveBeenCalled();
    expect(err).toHaveBeenCalledTimes(1);
  });
});
