import { WsConnectionLimiter, wsConnectionLimit } from './ws-connection-limiter';

describe('WsConnectionLimiter', () => {
  it('scales the per-user limit like the HTTP limits: 5 at scale 1, never below 1, off at 0', () => {
    expect(wsConnectionLimit(1)).toBe(5);
    expect(wsConnectionLimit(2)).toBe(10);
    expect(wsConnectionLimit(0.01)).toBe(1);
    expect(wsConnectionLimit(0)).toBeNull();
  });

  it('given a limit, then each user gets that many slots, and a released slot can be taken again', () => {
    const limiter = new WsConnectionLimiter(2);
    expect(limiter.tryAcquire('a')).toBe(true);
    expect(limiter.tryAcquire('a')).toBe(true);
    expect(limiter.tryAcquire('a')).toBe(false);
    expect(limiter.tryAcquire('b')).toBe(true);
    limiter.release('a');
    expect(limiter.countFor('a')).toBe(1);
    expect(limiter.tryAcquire('a')).toBe(true);
    limiter.release('a');
    limiter.release('a');
    expect(limiter.countFor('a')).toBe(0);
  });

  it('given no limit, then nobody is refused', () => {
    const limiter = new WsConnectionLimiter(null);
    for (let i = 0; i < 100; i++) expect(limiter.tryAcquire('a')).toBe(true);
  });
});
