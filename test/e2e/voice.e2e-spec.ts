import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';
import { requireSystemPackages } from '@candor/testing/system-packages';

/** S2 `POST /api/v1/voice/tts` and `POST /api/v1/voice/stt` with the local engines (espeak-ng, sox + pocketsphinx). */
requireSystemPackages('espeak-ng', 'sox', 'pocketsphinx', 'pocketsphinx-en-us');

describe('S2 voice: text to speech and speech to text', () => {
  let t: TestApp;
  let user: Actor;
  const MAX_BYTES = 200_000;

  beforeAll(async () => {
    t = await startTestApp({ TTS_MAX_CHARS: '300', STT_MAX_BYTES: String(MAX_BYTES) });
    user = await signUp(t.url, 'voice-user@example.com');
  });
  afterAll(async () => t.close());

  const speak = async (text: string, voice = 'nova') =>
    Buffer.from((await request(t.url).post('/api/v1/voice/tts').set(user.auth).send({ text, voice }).expect(200)).body.audio_base64, 'base64');

  it('answers the documented TTS body with a WAV', async () => {
    const res = await request(t.url)
      .post('/api/v1/voice/tts')
      .set(user.auth)
      .send({ text: 'Hello, welcome to your interview!', voice: 'alloy', model: 'tts-1-hd' })
      .expect(200);
    expect(res.body).toMatchObject({
      audio_base64: expect.stringMatching(/^UklGR/),
      text: 'Hello, welcome to your interview!',
      voice: 'alloy',
      model: 'tts-1-hd',
      mime_type: 'audio/wav',
      engine: 'espeak-ng',
      duration_seconds: expect.any(Number),
    });
    const wav = Buffer.from(res.body.audio_base64, 'base64');
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.toString('ascii', 8, 16)).toBe('WAVEfmt ');
    expect(wav.readUInt16LE(20)).toBe(1); // PCM
    const dataAt = wav.indexOf('data', 12, 'ascii');
    expect(wav.readUInt32LE(dataAt + 4)).toBe(wav.length - dataAt - 8);
    expect(res.body.duration_seconds).toBeCloseTo((wav.length - dataAt - 8) / wav.readUInt32LE(28), 2);
  });

  it('refuses empty and too long text with S2 422 bodies, unknown voices with 400, and callers without a token', async () => {
    const empty = await request(t.url).post('/api/v1/voice/tts').set(user.auth).send({ text: '  ', voice: 'alloy' }).expect(422);
    expect(empty.body).toEqual({ detail: [expect.objectContaining({ loc: ['text'], msg: 'text must not be empty' })], status_code: 422 });
    const missing = await request(t.url).post('/api/v1/voice/tts').set(user.auth).send({ voice: 'alloy' }).expect(422);
    expect(missing.body.detail).toEqual([{ loc: ['text'], msg: 'field required', type: 'value_error.missing' }]);
    const long = await request(t.url).post('/api/v1/voice/tts').set(user.auth).send({ text: 'a'.repeat(301) }).expect(422);
    expect(long.body).toEqual({
      detail: [{ loc: ['text'], msg: 'ensure this value has at most 300 characters', type: 'value_error.any_str.max_length' }],
      status_code: 422,
    });
    const voice = await request(t.url).post('/api/v1/voice/tts').set(user.auth).send({ text: 'Hi', voice: 'darth' }).expect(400);
    expect(voice.body).toEqual({ detail: expect.stringContaining("unknown voice 'darth'"), status_code: 400 });
    const anonymous = await request(t.url).post('/api/v1/voice/tts').send({ text: 'Hi' }).expect(401);
    expect(anonymous.body).toMatchObject({ detail: expect.any(String), status_code: 401 });
    await request(t.url).post('/api/v1/voice/stt').send({ audio_base64: 'AAAA' }).expect(401);
  });

  it('transcribes a multipart upload (field file or audio)', async () => {
    const wav = await speak('Hello, welcome to your interview');
    const res = await request(t.url).post('/api/v1/voice/stt').set(user.auth).attach('file', wav, { filename: 'greeting.wav', contentType: 'audio/wav' }).expect(200);
    expect(res.body).toEqual({ text: expect.stringContaining('interview'), confidence: expect.any(Number), duration_seconds: expect.any(Number), engine: 'pocketsphinx' });
    expect(res.body.duration_seconds).toBeGreaterThan(1);

    const viaAudio = await request(t.url).post('/api/v1/voice/stt').set(user.auth).attach('audio', wav, 'greeting.wav').expect(200);
    expect(viaAudio.body.text).toBe(res.body.text);
  });

  it('transcribes base64 JSON (a data: URL prefix too)', async () => {
    const wav = await speak('Hello, welcome to your interview');
    const res = await request(t.url).post('/api/v1/voice/stt').set(user.auth).send({ audio_base64: wav.toString('base64'), mime_type: 'audio/wav' }).expect(200);
    expect(res.body).toMatchObject({ text: expect.stringContaining('interview'), engine: 'pocketsphinx' });
    const dataUrl = await request(t.url).post('/api/v1/voice/stt').set(user.auth).send({ audio_base64: `data:audio/wav;base64,${wav.toString('base64')}` }).expect(200);
    expect(dataUrl.body.text).toBe(res.body.text);
  });

  it('refuses non-audio (400), oversized uploads (413), missing files and bad base64 (422), in S2 bodies', async () => {
    const notAudio = await request(t.url).post('/api/v1/voice/stt').set(user.auth).attach('file', Buffer.from('%PDF-1.7 a resume, not a recording'), 'cv.pdf').expect(400);
    expect(notAudio.body).toEqual({ detail: expect.stringContaining('not a recognised audio file'), status_code: 400 });

    const big = Buffer.concat([await speak('Hello'), Buffer.alloc(MAX_BYTES)]);
    const tooBig = await request(t.url).post('/api/v1/voice/stt').set(user.auth).attach('file', big, 'long.wav').expect(413);
    expect(tooBig.body).toMatchObject({ detail: expect.any(String), status_code: 413 });
    await request(t.url).post('/api/v1/voice/stt').set(user.auth).send({ audio_base64: big.toString('base64') }).expect(413);

    const noFile = await request(t.url).post('/api/v1/voice/stt').set(user.auth).field('mime_type', 'audio/wav').expect(422);
    expect(noFile.body).toEqual({ detail: [{ loc: ['file'], msg: 'field required', type: 'value_error.missing' }], status_code: 422 });
    const badBase64 = await request(t.url).post('/api/v1/voice/stt').set(user.auth).send({ audio_base64: 'not base64!' }).expect(422);
    expect(badBase64.body.detail[0]).toMatchObject({ loc: ['audio_base64'] });
    const corrupt = Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'), Buffer.alloc(8, 0xff)]);
    await request(t.url).post('/api/v1/voice/stt').set(user.auth).send({ audio_base64: corrupt.toString('base64') }).expect(400);
  });

  it('documents both routes in the OpenAPI spec, multipart included', async () => {
    const spec = (await request(t.url).get('/openapi.json').expect(200)).body;
    const tts = spec.paths['/api/v1/voice/tts'].post;
    const stt = spec.paths['/api/v1/voice/stt'].post;
    expect(Object.keys(tts.requestBody.content)).toContain('application/json');
    expect(Object.keys(stt.requestBody.content)).toEqual(expect.arrayContaining(['multipart/form-data', 'application/json']));
    expect(spec.components.schemas.VoiceSttUploadDto.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(spec.components.schemas.VoiceTtsResponseDto.required).toEqual(expect.arrayContaining(['audio_base64', 'text', 'voice', 'model']));
  });
});
