import { ServerResponse } from 'node:http';
import { DomainError } from '@candor/domain';
import { RecordedRequest, RecordingServer } from '@candor/testing/recording-server';
import { OpenAiCompatibleLlm, retryAfterMs } from './openai-compatible-llm.adapter';

type Handler = (res: ServerResponse) => void;

/** A local server speaking the OpenAI chat-completions protocol; each test scripts its answers in order. */
describe('OpenAiCompatibleLlm against a local OpenAI-protocol server', () => {
  let script: Handler[] = [];
  const server = new RecordingServer((_request, res) => {
    const next = script.shift();
    if (!next) {
      res.writeHead(500).end('no scripted answer');
      return;
    }
    next(res);
  });
  const requests = server.received;
  const bodyOf = (request: RecordedRequest) => JSON.parse(request.body.toString() || '{}');

  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => {
    script = [];
    requests.splice(0);
  });

  const llm = (overrides: Partial<ConstructorParameters<typeof OpenAiCompatibleLlm>[0]> = {}) =>
    new OpenAiCompatibleLlm({ baseUrl: server.url, apiKey: 'sk-test', model: 'test-model', timeoutMs: 2000, maxRetries: 2, backoffBaseMs: 10, ...overrides });
  const json = (status: number, body: unknown, headers: Record<string, string> = {}): Handler => (res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  };
  const answer = (content: string, usage = { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 }) =>
    json(200, { id: 'x', model: 'served-model', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage });

  it('sends a chat completion and returns the answer, the served model and the token usage', async () => {
    script.push(answer('Hello there'));
    const client = llm();
    const result = await client.complete({ messages: [{ role: 'user', content: 'Hi' }], maxTokens: 50, temperature: 0.2 });
    expect(result).toEqual({ content: 'Hello there', model: 'served-model', usage: { promptTokens: 12, completionTokens: 5, totalTokens: 17 }, finishReason: 'stop' });
    expect(requests[0].url).toBe('/v1/chat/completions');
    expect(requests[0].headers.authorization).toBe('Bearer sk-test');
    expect(bodyOf(requests[0])).toEqual({ model: 'test-model', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 50, temperature: 0.2 });
    expect(client.usageTotals.totalTokens).toBe(17);
  });

  it('does not double /v1 when the base URL already ends with it', async () => {
    script.push(answer('ok'));
    await llm({ baseUrl: `${server.url}/v1/` }).complete({ messages: [{ role: 'user', content: 'x' }] });
    expect(requests[0].url).toBe('/v1/chat/completions');
  });

  it('streams server-sent deltas, then a final chunk with the usage', async () => {
    script.push((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const chunk = (o: unknown) => res.write(`data: ${JSON.stringify(o)}\n\n`);
      chunk({ model: 'served-model', choices: [{ delta: { role: 'assistant' } }] });
      chunk({ model: 'served-model', choices: [{ delta: { content: 'Hel' } }] });
      // A chunk split across two writes must still parse.
      const split = `data: ${JSON.stringify({ model: 'served-model', choices: [{ delta: { content: 'lo ' } }] })}\n\n`;
      res.write(split.slice(0, 10));
      res.write(split.slice(10));
      chunk({ model: 'served-model', choices: [{ delta: { content: 'world' }, finish_reason: 'stop' }] });
      chunk({ model: 'served-model', choices: [], usage: { prompt_tokens: 3, completion_tokens: 3, total_tokens: 6 } });
      res.end('data: [DONE]\n\n');
    });
    const chunks = [];
    for await (const c of llm().stream({ messages: [{ role: 'user', content: 'Say hello' }] })) chunks.push(c);
    expect(chunks.filter((c) => !c.done).map((c) => c.delta)).toEqual(['Hel', 'lo ', 'world']);
    expect(chunks[chunks.length - 1]).toEqual({ delta: '', done: true, model: 'served-model', usage: { promptTokens: 3, completionTokens: 3, totalTokens: 6 } });
    expect(bodyOf(requests[0])).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('asks for a JSON object, retries once on a malformed answer and validates the second', async () => {
    script.push(answer('Sure! Here it is: {"score": "high"'), answer('{"score": 0.7, "label": "good"}'));
    const validate = (v: unknown) => {
      const o = v as { score?: unknown };
      if (typeof o.score !== 'number') throw new Error('score must be a number');
      return { score: o.score };
    };
    const result = await llm().completeJson({ messages: [{ role: 'user', content: 'Grade it' }] }, validate);
    expect(result.value).toEqual({ score: 0.7 });
    expect(result.attempts).toBe(2);
    expect(result.usage.totalTokens).toBe(34);
    expect(bodyOf(requests[0]).response_format).toEqual({ type: 'json_object' });
    // The retry shows the model its malformed answer and why it was refused.
    const retry = bodyOf(requests[1]).messages;
    expect(retry[retry.length - 2]).toEqual({ role: 'assistant', content: 'Sure! Here it is: {"score": "high"' });
    expect(retry[retry.length - 1].content).toContain('not valid');
  });

  it('fails clearly (unavailable) when the JSON answer is malformed twice', async () => {
    script.push(answer('not json'), answer('{"score": "bad"}'));
    const error = await llm()
      .completeJson({ messages: [{ role: 'user', content: 'x' }] }, (v) => {
        if (typeof (v as any).score !== 'number') throw new Error('score must be a number');
        return v;
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'AI.MALFORMED_OUTPUT', kind: 'unavailable' });
    expect(error.message).toContain('score must be a number');
    expect(requests).toHaveLength(2);
  });

  it('retries a 429 after the Retry-After delay, then succeeds', async () => {
    script.push(json(429, { error: { message: 'rate limited' } }, { 'retry-after': '0.3' }), answer('after the wait'));
    const started = Date.now();
    const result = await llm({ backoffBaseMs: 1 }).complete({ messages: [{ role: 'user', content: 'x' }] });
    expect(result.content).toBe('after the wait');
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(requests).toHaveLength(2);
  });

  it('retries 5xx with backoff and gives up with a clear error after the configured retries', async () => {
    script.push(json(500, { error: 'boom' }), json(502, { error: 'bad gateway' }), json(503, { error: { message: 'overloaded' } }), answer('too late'));
    const error = await llm({ maxRetries: 2 }).complete({ messages: [{ role: 'user', content: 'x' }] }).catch((e) => e);
    expect(error).toMatchObject({ code: 'AI.UNAVAILABLE', kind: 'unavailable' });
    expect(error.message).toContain('3 attempt(s)');
    expect(error.message).toContain('503');
    expect(requests).toHaveLength(3);
  });

  it('does not retry a client error other than 429', async () => {
    script.push(json(401, { error: { message: 'invalid api key' } }), answer('never'));
    const error = await llm().complete({ messages: [{ role: 'user', content: 'x' }] }).catch((e) => e);
    expect(error).toMatchObject({ code: 'AI.UPSTREAM_REJECTED', kind: 'unavailable' });
    expect(error.message).toContain('invalid api key');
    expect(requests).toHaveLength(1);
  });

  it('times out a server that does not answer', async () => {
    script.push(() => undefined); // never responds
    const started = Date.now();
    const error = await llm({ timeoutMs: 300 }).complete({ messages: [{ role: 'user', content: 'x' }] }).catch((e) => e);
    expect(error).toMatchObject({ code: 'AI.TIMEOUT', kind: 'unavailable' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 5_000)).toBe(5000);
    expect(retryAfterMs(null)).toBeNull();
  });
});
