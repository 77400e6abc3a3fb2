import { ServerResponse } from 'node:http';
import { DomainError } from '@candor/domain';
import { RecordingServer } from '@candor/testing/recording-server';
import { endpointUrl } from './openai-endpoint';
import { OpenAiSpeechToText } from './openai-stt.adapter';
import { OpenAiTextToSpeech } from './openai-tts.adapter';
import { parseWav } from './wav';

/** A WAV as streaming servers send it: RIFF and data sizes set to 0xFFFFFFFF. */
function streamedWav(seconds: number, sampleRate = 24_000): Buffer {
  const data = Buffer.alloc(Math.round(seconds * sampleRate) * 2);
  for (let i = 0; i < data.length / 2; i++) data.writeInt16LE(Math.round(8000 * Math.sin(i / 10)), i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(0xffffffff, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(0xffffffff, 40);
  return Buffer.concat([header, data]);
}

/** Splits a multipart/form-data body into its named parts (enough of RFC 7578 for the adapter's requests). */
function multipartParts(body: Buffer, contentType: string): Record<string, { filename?: string; type?: string; value: Buffer }> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const delimiter = `--${boundary?.[1] ?? boundary?.[2]}`;
  const parts: Record<string, { filename?: string; type?: string; value: Buffer }> = {};
  const text = body.toString('latin1');
  for (const raw of text.split(delimiter).slice(1, -1)) {
    const [head, ...rest] = raw.replace(/^\r\n/, '').split('\r\n\r\n');
    const value = Buffer.from(rest.join('\r\n\r\n').replace(/\r\n$/, ''), 'latin1');
    const name = /name="([^"]+)"/.exec(head)?.[1] ?? '';
    parts[name] = { filename: /filename="([^"]+)"/.exec(head)?.[1], type: /content-type:\s*(\S+)/i.exec(head)?.[1], value };
  }
  return parts;
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('OpenAI-compatible speech adapters', () => {
  /** Speaks OpenAI's audio endpoints; each test sets how it answers. */
  const server = new RecordingServer(() => undefined);
  beforeAll(() => server.start('/v1'));
  afterAll(() => server.stop());
  beforeEach(() => server.received.splice(0));

  const tts = (apiKey: string | null = 'sk-test') =>
    new OpenAiTextToSpeech({ baseUrl: server.url, apiKey, timeoutMs: 5_000, maxChars: 100, defaultModel: 'tts-1' });
  const stt = () => new OpenAiSpeechToText({ baseUrl: server.url, apiKey: 'sk-stt', timeoutMs: 5_000, maxBytes: 1024 * 1024, model: 'whisper-1' });

  it('builds endpoint URLs the way OpenAI clients do', () => {
    expect(endpointUrl('https://api.openai.com/v1/', 'audio/speech')).toBe('https://api.openai.com/v1/audio/speech');
    expect(endpointUrl('http://localhost:8880', 'audio/speech')).toBe('http://localhost:8880/v1/audio/speech');
  });

  describe('TTS: POST /v1/audio/speech', () => {
    it('sends model, input, voice and response_format wav with the key, and returns the WAV with exact sizes', async () => {
      server.answer = (_req, res) => res.writeHead(200, { 'content-type': 'audio/wav' }).end(streamedWav(1.5));
      const speech = await tts().synthesize('Hello, welcome to your interview!', 'shimmer', 'tts-1-hd');

      const [request] = server.received;
      expect(request).toMatchObject({ method: 'POST', url: '/v1/audio/speech' });
      expect(request.headers.authorization).toBe('Bearer sk-test');
      expect(JSON.parse(request.body.toString())).toEqual({ model: 'tts-1-hd', input: 'Hello, welcome to your interview!', voice: 'shimmer', response_format: 'wav' });
      expect(speech).toMatchObject({ mimeType: 'audio/wav', voice: 'shimmer', model: 'tts-1-hd', engine: 'openai-compatible', durationSeconds: 1.5 });
      expect(speech.audio.readUInt32LE(4)).toBe(speech.audio.length - 8);
      expect(parseWav(speech.audio)?.dataBytes).toBe(1.5 * 24_000 * 2);
    });

    it('uses the default model and sends no Authorization header without a key', async () => {
      server.answer = (_req, res) => res.writeHead(200).end(streamedWav(0.5));
      const speech = await tts(null).synthesize('Hi', 'alloy');
      expect(speech.model).toBe('tts-1');
      expect(server.received[0].headers.authorization).toBeUndefined();
    });

    it("passes the server's 400 on as invalid with its message, and refuses bad text before calling it", async () => {
      server.answer = (_req, res) => json(res, 400, { error: { message: "Input should be 'alloy', 'echo'…", type: 'invalid_request_error' } });
      const error = await failure(tts().synthesize('Hello', 'robot'));
      expect(error).toMatchObject({ code: 'SPEECH.REMOTE_REJECTED', kind: 'invalid' });
      expect(error.message).toContain("Input should be 'alloy'");

      server.received.splice(0);
      expect(await failure(tts().synthesize('', 'alloy'))).toMatchObject({ code: 'SPEECH.EMPTY_TEXT' });
      expect(await failure(tts().synthesize('x'.repeat(101), 'alloy'))).toMatchObject({ code: 'SPEECH.TEXT_TOO_LONG', kind: 'limit' });
      expect(server.received).toHaveLength(0);
    });

    it('retries a 503 once, then answers unavailable; a 401 (our key) is unavailable without retry', async () => {
      server.answer = (_req, res) => json(res, 503, { error: { message: 'overloaded' } });
      expect(await failure(tts().synthesize('Hello', 'alloy'))).toMatchObject({ code: 'SPEECH.REMOTE_FAILED', kind: 'unavailable' });
      expect(server.received).toHaveLength(2);

      server.received.splice(0);
      server.answer = (_req, res) => json(res, 401, { error: { message: 'Incorrect API key provided' } });
      expect(await failure(tts().synthesize('Hello', 'alloy'))).toMatchObject({ kind: 'unavailable' });
      expect(server.received).toHaveLength(1);
    });

    it('succeeds when the retry does', async () => {
      let calls = 0;
      server.answer = (_req, res) => (calls++ === 0 ? json(res, 429, { error: { message: 'slow down' } }) : res.writeHead(200).end(streamedWav(0.25)));
      expect((await tts().synthesize('Hello', 'alloy')).durationSeconds).toBe(0.25);
    });

    it('refuses an answer that is not WAV, and an unreachable server', async () => {
      server.answer = (_req, res) => res.writeHead(200, { 'content-type': 'audio/mpeg' }).end(Buffer.from('ID3 not a wav'));
      expect(await failure(tts().synthesize('Hello', 'alloy'))).toMatchObject({ code: 'SPEECH.REMOTE_FAILED', kind: 'unavailable' });
      const nowhere = new OpenAiTextToSpeech({ baseUrl: 'http://127.0.0.1:1/v1', apiKey: null, timeoutMs: 2_000, maxChars: 100, defaultModel: 'tts-1' });
      expect(await failure(nowhere.synthesize('Hello', 'alloy'))).toMatchObject({ code: 'SPEECH.ENGINE_UNREACHABLE', kind: 'unavailable' });
    });
  });

  describe('STT: POST /v1/audio/transcriptions', () => {
    it('uploads the file as multipart with model and verbose_json, and maps text, duration and confidence', async () => {
      server.answer = (_req, res) =>
        json(res, 200, {
          task: 'transcribe',
          language: 'english',
          duration: 1.5,
          text: ' Hello, welcome to your interview. ',
          segments: [{ avg_logprob: -0.1 }, { avg_logprob: -0.3 }],
        });
      const audio = streamedWav(1.5, 16_000);
      const transcript = await stt().transcribe(audio, 'audio/x-wav');

      const [request] = server.received;
      expect(request).toMatchObject({ method: 'POST', url: '/v1/audio/transcriptions' });
      expect(request.headers.authorization).toBe('Bearer sk-stt');
      const parts = multipartParts(request.body, String(request.headers['content-type']));
      expect(parts.file).toMatchObject({ filename: 'audio.wav', type: 'audio/wav' });
      expect(parts.file.value.equals(audio)).toBe(true);
      expect(parts.model.value.toString()).toBe('whisper-1');
      expect(parts.response_format.value.toString()).toBe('verbose_json');
      expect(transcript).toEqual({ text: 'Hello, welcome to your interview.', confidence: Math.round(Math.exp(-0.2) * 1000) / 1000, durationSeconds: 1.5, engine: 'openai-compatible' });
    });

    it('works with servers that answer plain json (no segments): confidence null, duration from the WAV header', async () => {
      server.answer = (_req, res) => json(res, 200, { text: 'hello' });
      expect(await stt().transcribe(streamedWav(0.5, 16_000))).toEqual({ text: 'hello', confidence: null, durationSeconds: 0.5, engine: 'openai-compatible' });
    });

    it('names other containers by their extension (Whisper decodes by file name)', async () => {
      server.answer = (_req, res) => json(res, 200, { text: 'hi', duration: 1 });
      await stt().transcribe(Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(64)]));
      const parts = multipartParts(server.received[0].body, String(server.received[0].headers['content-type']));
      expect(parts.file).toMatchObject({ filename: 'audio.webm', type: 'audio/webm' });
    });

    it('refuses non-audio and oversized input before calling the server, and maps its errors', async () => {
      expect(await failure(stt().transcribe(Buffer.from('just some text')))).toMatchObject({ code: 'SPEECH.UNSUPPORTED_AUDIO', kind: 'invalid' });
      expect(await failure(stt().transcribe(streamedWav(40, 16_000)))).toMatchObject({ code: 'SPEECH.AUDIO_TOO_LARGE', kind: 'limit' });
      expect(server.received).toHaveLength(0);

      server.answer = (_req, res) => json(res, 400, { error: { message: 'Invalid file format.' } });
      expect(await failure(stt().transcribe(streamedWav(0.5, 16_000)))).toMatchObject({ code: 'SPEECH.REMOTE_REJECTED', kind: 'invalid' });
      server.answer = (_req, res) => json(res, 500, { detail: 'CUDA out of memory' });
      const error = await failure(stt().transcribe(streamedWav(0.5, 16_000)));
      expect(error).toMatchObject({ code: 'SPEECH.REMOTE_FAILED', kind: 'unavailable' });
      expect(error.message).toContain('CUDA out of memory');
    });
  });
});
