import { WsPathRouter } from './ws-path-router';

describe('WsPathRouter', () => {
  const router = new WsPathRouter<string>()
    .add('/ws/session/:id', 'session')
    .add('/ws/interview/:id', 'interview')
    .add('/ws/interview/:id/status', 'status')
    .add('/ws/batch/:jobId/progress', 'batch')
    .add('/ws/user/:userId/notifications', 'notifications');

  it.each([
    ['/ws/session/abc', 'session', { id: 'abc' }],
    ['/ws/session/abc/', 'session', { id: 'abc' }],
    ['/ws/interview/abc/', 'interview', { id: 'abc' }],
    ['/ws/interview/abc/status', 'status', { id: 'abc' }],
    ['/ws/interview/abc/status/', 'status', { id: 'abc' }],
    ['/ws/batch/j-1/progress', 'batch', { jobId: 'j-1' }],
    ['/ws/user/u%201/notifications', 'notifications', { userId: 'u 1' }],
  ])('%s → %s %j', (path, value, params) => {
    expect(router.match(path)).toEqual({ value, params });
  });

  it.each([
    '/ws/session',
    '/ws/session/',
    '/ws/session/a/b',
    '/ws/session//',
    '/ws//session/a',
    '/ws/interview/abc/other',
    '/ws/user/u/notification',
    '/WS/session/abc',
    '/ws/session/%E0%A4%A',
    'ws/session/abc',
    '/',
    '',
  ])('%j matches nothing', (path) => {
    expect(router.match(path)).toBeNull();
  });

  it('refuses a duplicate or malformed pattern', () => {
    expect(() => new WsPathRouter().add('/a/:x', 1).add('/a/:x/', 2)).toThrow(/Duplicate/);
    expect(() => new WsPathRouter().add('a/b', 1)).toThrow(/Invalid/);
  });

  it('lists its patterns', () => {
    expect(router.patterns).toEqual([
      '/ws/session/:id',
      '/ws/interview/:id',
      '/ws/interview/:id/status',
      '/ws/batch/:jobId/progress',
      '/ws/user/:userId/notifications',
    ]);
  });
});
