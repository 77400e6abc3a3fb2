import { Parser } from '@asyncapi/parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { containsSeedExample, readSeedWebSocketEvents } from '../support/seed-operations';
import { startTestApp, TestApp } from '../support/test-app';
import { WS_CLOSE } from '../../apps/api/src/gateways/ws-close-codes';
import { WS_GATEWAYS, WsGateway } from '../../apps/api/src/gateways/ws-gateway';

/** /asyncapi.json describes the WebSocket channels, and @asyncapi/parser accepts it without an error. */
describe('AsyncAPI document of the WebSockets', () => {
  let t: TestApp;
  let doc: Record<string, any>;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://api.candor.test' });
    doc = (await (await fetch(`${t.url}/asyncapi.json`)).json()) as Record<string, any>;
  });
  afterAll(async () => t.close());

  it('is a valid AsyncAPI 3.0 document (no error, no warning from @asyncapi/parser)', async () => {
    expect(doc.asyncapi).toBe('3.0.0');
    const diagnostics = await new Parser().validate(JSON.stringify(doc));
    // Severity 0 is an error, 1 a warning (Spectral's scale).
    expect(diagnostics.filter((d) => d.severity <= 1).map((d) => `${d.path.join('.')}: ${d.message}`)).toEqual([]);
  });

  it('describes every WebSocket route the server serves, on the configured public host', () => {
    const addresses = Object.values<any>(doc.channels).map((c) => c.address);
    expect(addresses).toEqual(expect.arrayContaining(['/ws/session/{session_id}', '/ws/interview/{interview_id}/', '/ws/interview/{interview_id}/status', '/ws/user/{user_id}/notifications']));
    expect(doc.servers.api).toMatchObject({ host: 'api.candor.test', protocol: 'wss' });
  });

  it('has a channel for each route of every gateway the server runs (whoever added it)', () => {
    const address = (path: string) => path.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '');
    const documented = Object.values<any>(doc.channels).map((c) => address(c.address).replace(/\{[^}]+\}/g, '{}'));
    const served = t.app.get<WsGateway[]>(WS_GATEWAYS).map((g) => address(g.path).replace(/\{[^}]+\}/g, '{}'));
    expect(served.length).toBeGreaterThanOrEqual(4);
    expect(served.filter((path) => !documented.includes(path))).toEqual([]);
  });

  it('gives each channel its messages both ways, its authentication and the close codes the gateways use', () => {
    for (const [id, channel] of Object.entries<any>(doc.channels)) {
      const ops = Object.values<any>(doc.operations).filter((op) => op.channel.$ref === `#/channels/${id}`);
      expect(ops.map((op) => op.action).sort()).toEqual(['receive', 'send']);
      for (const op of ops) expect(op.security.length).toBeGreaterThan(0);
      expect(Object.keys(channel.messages)).toEqual(expect.arrayContaining(['auth', 'ping', 'pong', 'error']));
    }
    expect(Object.keys(doc['x-close-codes']).map(Number)).toEqual(expect.arrayContaining(Object.values(WS_CLOSE)));
    const chat = Object.values<any>(doc.operations).find((op) => op.channel.$ref === '#/channels/interviewChat' && op.action === 'receive');
    expect(chat.security.map((s: { $ref: string }) => s.$ref)).toContain('#/components/securitySchemes/inviteToken');
  });

  it("carries the seeds' WebSocket examples (000's events, 003's message types), each matching its payload schema", () => {
    const messages = Object.values<any>(doc.components.messages);
    const examplesOf = (type: string) => messages.flatMap((m) => (m.examples ?? []).map((e: { payload: any }) => e.payload)).filter((p) => p.type === type);
    const events = readSeedWebSocketEvents();
    expect(events.map((e) => `${e.seed} ${e.message.type}`)).toEqual([
      '000 code_update', '000 execution_result', '000 ai_analysis',
      '003 start_interview', '003 interview_started', '003 candidate_message', '003 message', '003 message', '003 audio_processed', '003 end_interview', '003 interview_ended',
    ]);
    const missing = events.filter(({ message }) => !examplesOf(message.type).some((example) => containsSeedExample(example, message)));
    expect(missing).toEqual([]);
    // 003's audio_data carries a placeholder (`base64_encoded_audio_chunk`), not data: the document shows real base64.
    expect(examplesOf('audio_data')).toEqual([expect.objectContaining({ audio: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) })]);
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const wrong: string[] = [];
    ajv.addSchema({ ...doc, $id: 'asyncapi' });
    for (const [id, message] of Object.entries<any>(doc.components.messages)) {
      const validate = ajv.compile({ $ref: `asyncapi#/components/messages/${id}/payload` });
      for (const example of message.examples ?? []) if (!validate(example.payload)) wrong.push(`${id}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('renders a page beside /docs', async () => {
    const page = await fetch(`${t.url}/docs/asyncapi`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    for (const address of ['/ws/session/{session_id}', '/ws/user/{user_id}/notifications', '4401']) expect(html).toContain(address);
  });
});
