import { WebhookDestinationRefused, WebhookSendError } from '@candor/application/ports/webhook-sender.port';
import { RecordingServer } from '@candor/testing/recording-server';
import { refusedUrl } from '@candor/testing/refused-url';
import { HttpWebhookSender, ResolvedAddress } from './http-webhook-sender.adapter';

/** A local receiver that records what reaches it; `/redirect` answers 302 to `/target`. */
const receiver = () =>
  new RecordingServer((request, response) =>
    request.url === '/redirect' ? response.writeHead(302, { Location: '/target' }).end() : response.writeHead(200).end('ok'),
  );
const portOf = (server: RecordingServer) => Number(new URL(server.url).port);

const send = (sender: HttpWebhookSender, url: string) => sender.send({ url, body: '{"a":1}', headers: { 'Content-Type': 'application/json' }, timeoutMs: 2000 });
const resolver = (answers: Record<string, ResolvedAddress[]>) => {
  const asked: string[] = [];
  return { asked, resolve: async (host: string) => (asked.push(host), answers[host] ?? []) };
};

describe('HttpWebhookSender', () => {
  const local = receiver();
  beforeAll(() => local.start());
  afterAll(() => local.stop());
  beforeEach(() => local.received.splice(0));

  it.each([
    ['a loopback address', (port: number) => `http://127.0.0.1:${port}/`, /127\.0\.0\.1 is a loopback address/],
    ['an IPv6 loopback address', (port: number) => `http://[::1]:${port}/`, /::1 is a loopback address/],
    ['the cloud metadata address', () => 'http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is a link-local address/],
    ['a private address', () => 'http://10.0.0.7/', /10\.0\.0\.7 is a private address/],
    ['an IPv4-mapped loopback address', (port: number) => `http://[::ffff:127.0.0.1]:${port}/`, /is a ipv4-mapped address/],
  ])('refuses %s when private addresses are not allowed, and sends nothing', async (_name, url, reason) => {
    const error = await send(new HttpWebhookSender({ allowPrivateAddresses: false }), url(portOf(local))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookDestinationRefused);
    expect((error as Error).message).toMatch(reason);
    expect(local.received).toHaveLength(0);
  });

  it('refuses a host name that resolves to a private address, naming both', async () => {
    const dns = resolver({ 'hooks.example': [{ address: '192.168.1.20', family: 4 }] });
    const error = await send(new HttpWebhookSender({ allowPrivateAddresses: false, resolve: dns.resolve }), 'https://hooks.example/in').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookDestinationRefused);
    expect((error as Error).message).toContain('hooks.example resolves to 192.168.1.20, a private address');
  });

  it('refuses a host name when any of its addresses is private (one public answer does not make it safe)', async () => {
    const dns = resolver({ 'mixed.example': [{ address: '93.184.216.34', family: 4 }, { address: '127.0.0.1', family: 4 }] });
    await expect(send(new HttpWebhookSender({ allowPrivateAddresses: false, resolve: dns.resolve }), 'https://mixed.example/')).rejects.toBeInstanceOf(WebhookDestinationRefused);
  });

  it('connects to the address it checked, asking DNS once (no second lookup to rebind)', async () => {
    const dns = resolver({ 'receiver.test': [{ address: '127.0.0.1', family: 4 }] });
    const answer = await send(new HttpWebhookSender({ allowPrivateAddresses: true, resolve: dns.resolve }), `http://receiver.test:${portOf(local)}/in`);
    expect(answer).toEqual({ statusCode: 200, body: 'ok' });
    expect(dns.asked).toEqual(['receiver.test']);
    expect(local.received).toEqual([expect.objectContaining({ url: '/in', headers: expect.objectContaining({ host: `receiver.test:${portOf(local)}` }) })]);
  });

  it('does not follow a redirect: the 3xx is the answer', async () => {
    const answer = await send(new HttpWebhookSender({ allowPrivateAddresses: true }), `${local.url}/redirect`);
    expect(answer.statusCode).toBe(302);
    expect(local.received.map((h) => h.url)).toEqual(['/redirect']);
  });

  it('reports a receiver that is not listening as a send error with its code (retried, not refused)', async () => {
    const error = await send(new HttpWebhookSender({ allowPrivateAddresses: true }), await refusedUrl('/')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookSendError);
    expect(error).not.toBeInstanceOf(WebhookDestinationRefused);
    expect((error as Error).message).toContain('ECONNREFUSED');
  });
});
