import { DomainError } from '@candor/domain';
import { EspeakTextToSpeech } from './espeak-tts.adapter';
import { ESPEAK_VOICE_BY_OPENAI_NAME } from './espeak-voices';
import { ProcessGate } from './process-gate';
import { requireSystemPackages } from '@candor/testing/system-packages';

const tts = (overrides: Partial<ConstructorParameters<typeof EspeakTextToSpeech>[0]> = {}) =>
  new EspeakTextToSpeech({ maxChars: 200, timeoutMs: 20_000, defaultModel: 'tts-1', gate: new ProcessGate(2), ...overrides });

/** Reads a RIFF/WAVE header field by field, independently of the adapter's own parser. */
function readHeader(wav: Buffer) {
  const chunks: Record<string, { offset: number; size: number }> = {};
  for (let offset = 12; offset + 8 <= wav.length; ) {
    const size = wav.readUInt32LE(offset + 4);
    chunks[wav.toString('ascii', offset, offset + 4)] = { offset: offset + 8, size };
    offset += 8 + size + (size % 2);
  }
  const fmt = chunks['fmt '];
  return {
    riff: wav.toString('ascii', 0, 4),
    riffSize: wav.readUInt32LE(4),
    wave: wav.toString('ascii', 8, 12),
    audioFormat: wav.readUInt16LE(fmt.offset),
    channels: wav.readUInt16LE(fmt.offset + 2),
    sampleRate: wav.readUInt32LE(fmt.offset + 4),
    byteRate: wav.readUInt32LE(fmt.offset + 8),
    blockAlign: wav.readUInt16LE(fmt.offset + 12),
    bitsPerSample: wav.readUInt16LE(fmt.offset + 14),
    data: chunks.data,
  };
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

requireSystemPackages('espeak-ng', 'sox');

describe('EspeakTextToSpeech (espeak-ng)', () => {
  it('turns text into a well-formed PCM WAV whose header sizes match the bytes', async () => {
    const speech = await tts().synthesize('Hello, welcome to your interview!', 'alloy', 'tts-1-hd');
    const header = readHeader(speech.audio);

    expect(header).toMatchObject({ riff: 'RIFF', wave: 'WAVE', audioFormat: 1, channels: 1, bitsPerSample: 16 });
    expect(header.riffSize).toBe(speech.audio.length - 8);
    expect(header.data.offset + header.data.size).toBe(speech.audio.length);
    expect(header.byteRate).toBe(header.sampleRate * header.blockAlign);
    expect(header.sampleRate).toBeGreaterThanOrEqual(16_000);
    // Six words at espeak-ng's default rate: about two seconds of audio, not silence.
    expect(speech.durationSeconds).toBeCloseTo(header.data.size / header.byteRate, 2);
    expect(speech.durationSeconds).toBeGreaterThan(1);
    expect(speech.durationSeconds).toBeLessThan(6);
    const samples = new Int16Array(speech.audio.buffer, speech.audio.byteOffset + header.data.offset, header.data.size / 2);
    expect(Math.max(...samples.map(Math.abs))).toBeGreaterThan(1000);
    expect(speech).toMatchObject({ mimeType: 'audio/wav', voice: 'alloy', model: 'tts-1-hd', engine: 'espeak-ng' });
  });

  it('reports the default model when none is named, and longer text gives longer audio', async () => {
    const short = await tts().synthesize('Hello.', 'alloy');
    const long = await tts().synthesize('Hello. Please tell me about a project you are proud of, and why.', 'alloy');
    expect(short.model).toBe('tts-1');
    expect(long.durationSeconds!).toBeGreaterThan(short.durationSeconds! * 2);
  });

  it('gives every OpenAI voice name its own espeak-ng voice, and accepts espeak-ng names', async () => {
    const engine = tts();
    const [alloy, nova, fable, british] = await Promise.all(
      ['alloy', 'nova', 'fable', 'en-gb+f3'].map((voice) => engine.synthesize('Good morning', voice)),
    );
    expect(nova.audio.equals(alloy.audio)).toBe(false);
    expect(fable.audio.equals(alloy.audio)).toBe(false);
    expect(british.voice).toBe('en-gb+f3');
    expect(new Set(Object.values(ESPEAK_VOICE_BY_OPENAI_NAME)).size).toBe(Object.keys(ESPEAK_VOICE_BY_OPENAI_NAME).length);
  });

  it('reads text that looks like an option as text (it goes in on stdin)', async () => {
    const speech = await tts().synthesize('-v xx --help', 'alloy');
    expect(speech.durationSeconds).toBeGreaterThan(0.3);
  });

  it('refuses empty text, text past the limit and unknown voices', async () => {
    expect(await failure(tts().synthesize('   ', 'alloy'))).toMatchObject({ code: 'SPEECH.EMPTY_TEXT', kind: 'invalid' });
    expect(await failure(tts({ maxChars: 10 }).synthesize('eleven char', 'alloy'))).toMatchObject({ code: 'SPEECH.TEXT_TOO_LONG', kind: 'limit' });
    expect(await failure(tts().synthesize('Hello', 'robot-overlord-9000x'))).toMatchObject({ code: 'SPEECH.UNKNOWN_VOICE', kind: 'invalid' });
    // Well-formed, but espeak-ng has no such voice.
    expect(await failure(tts().synthesize('Hello', 'zz-qq'))).toMatchObject({ code: 'SPEECH.UNKNOWN_VOICE', kind: 'invalid' });
    expect(await failure(tts().synthesize('Hello', '--stdout'))).toMatchObject({ code: 'SPEECH.UNKNOWN_VOICE' });
  });

  it('answers unavailable when espeak-ng is not installed', async () => {
    const error = await failure(tts({ binary: '/nonexistent/espeak-ng' }).synthesize('Hello', 'alloy'));
    expect(error).toMatchObject({ code: 'SPEECH.ENGINE_MISSING', kind: 'unavailable' });
  });
});
