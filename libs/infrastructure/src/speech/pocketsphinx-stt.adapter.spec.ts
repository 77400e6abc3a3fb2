import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '@candor/domain';
import { EspeakTextToSpeech } from './espeak-tts.adapter';
import { parsePocketsphinxOutput, PocketsphinxSpeechToText } from './pocketsphinx-stt.adapter';
import { ProcessGate } from './process-gate';
import { requireSystemPackages } from '@candor/testing/system-packages';

const gate = new ProcessGate(2);
const stt = (overrides: Partial<ConstructorParameters<typeof PocketsphinxSpeechToText>[0]> = {}) =>
  new PocketsphinxSpeechToText({ maxBytes: 5 * 1024 * 1024, maxSeconds: 30, timeoutMs: 60_000, gate, ...overrides });
const tts = new EspeakTextToSpeech({ maxChars: 500, timeoutMs: 20_000, defaultModel: 'tts-1', gate });

const words = (text: string) => text.toLowerCase().replace(/[^a-z' ]/g, ' ').split(/\s+/).filter(Boolean);

/** Word accuracy = 1 − WER (word-level edit distance over the reference length), floored at 0. */
function wordAccuracy(reference: string, hypothesis: string): number {
  const ref = words(reference);
  const hyp = words(hypothesis);
  const row = Array.from({ length: hyp.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ref.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= hyp.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (ref[i - 1] === hyp[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return Math.max(0, 1 - row[hyp.length] / ref.length);
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

requireSystemPackages('espeak-ng', 'sox', 'pocketsphinx', 'pocketsphinx-en-us');

describe('PocketsphinxSpeechToText (sox + pocketsphinx)', () => {
  it('turns an espeak-ng recording of a short phrase back into text', async () => {
    const phrase = 'Hello, welcome to your interview';
    const recording = await tts.synthesize(phrase, 'nova');
    const transcript = await stt().transcribe(recording.audio, 'audio/wav');

    expect(transcript.engine).toBe('pocketsphinx');
    expect(transcript.durationSeconds).toBeCloseTo(recording.durationSeconds!, 1);
    expect(transcript.confidence).toBeGreaterThan(0);
    expect(transcript.confidence).toBeLessThanOrEqual(1);
    // What this engine reliably gets from espeak-ng's nova voice (it hears "welcome" as "will come").
    expect(words(transcript.text)).toEqual(expect.arrayContaining(['your', 'interview']));
  });

  it('measures word accuracy over several phrases and voices (synthetic speech is hard for pocketsphinx)', async () => {
    const phrases = [
      'Hello, welcome to your interview',
      'Tell me about your experience with python',
      'The quick brown fox jumps over the lazy dog',
      'Please describe a difficult project you worked on',
    ];
    const voices = ['alloy', 'nova', 'fable', 'echo'];
    const rows: { voice: string; phrase: string; heard: string; accuracy: number }[] = [];
    for (const voice of voices) {
      for (const phrase of phrases) {
        const heard = (await stt().transcribe((await tts.synthesize(phrase, voice)).audio)).text;
        rows.push({ voice, phrase, heard, accuracy: wordAccuracy(phrase, heard) });
      }
    }
    const mean = rows.reduce((sum, r) => sum + r.accuracy, 0) / rows.length;
    const referenceWords = rows.flatMap((r) => words(r.phrase).map((w) => words(r.heard).includes(w)));
    const recall = referenceWords.filter(Boolean).length / referenceWords.length;
    // Printed so the number is reported, not just asserted.
    console.log(
      `pocketsphinx on espeak-ng speech: mean word accuracy (1 - WER) ${(mean * 100).toFixed(1)}%, ` +
        `reference words heard ${(recall * 100).toFixed(1)}%\n` +
        rows.map((r) => `${(r.accuracy * 100).toFixed(0).padStart(4)}%  ${r.voice.padEnd(6)} "${r.phrase}" -> "${r.heard}"`).join('\n'),
    );
    // Measured with Debian 12's pocketsphinx 0.8 and espeak-ng 1.51: 7.5% (deterministic). The decoder keeps its
    // defaults (tuned for human speech, not for espeak-ng's formant voice); this only guards against the pipeline
    // breaking (silence, wrong rate or sample format), which scores 0.
    expect(rows.every((r) => r.heard.length > 0)).toBe(true);
    expect(mean).toBeGreaterThan(0.04);
  }, 120_000);

  it('resamples other containers, rates and channel counts (FLAC, 44.1 kHz stereo)', async () => {
    const recording = await tts.synthesize('Hello, welcome to your interview', 'nova');
    const dir = mkdtempSync(join(tmpdir(), 'stt-spec-'));
    try {
      writeFileSync(join(dir, 'in.wav'), recording.audio);
      execFileSync('sox', [join(dir, 'in.wav'), '-r', '44100', '-c', '2', join(dir, 'out.flac')]);
      const transcript = await stt().transcribe(readFileSync(join(dir, 'out.flac')), 'audio/flac');
      expect(words(transcript.text)).toContain('interview');
      expect(transcript.durationSeconds).toBeCloseTo(recording.durationSeconds!, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses what is not audio, corrupt audio, and recordings past the size or length limits', async () => {
    const recording = await tts.synthesize('Hello, welcome to your interview', 'alloy');
    expect(await failure(stt().transcribe(Buffer.from('%PDF-1.4 not audio at all')))).toMatchObject({ code: 'SPEECH.UNSUPPORTED_AUDIO', kind: 'invalid' });
    expect(await failure(stt().transcribe(Buffer.alloc(0)))).toMatchObject({ code: 'SPEECH.EMPTY_AUDIO', kind: 'invalid' });
    const corrupt = Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'), Buffer.from([0xff, 0xff, 0, 0, 9, 9])]);
    expect(await failure(stt().transcribe(corrupt))).toMatchObject({ code: 'SPEECH.CORRUPT_AUDIO', kind: 'invalid' });
    expect(await failure(stt({ maxBytes: 1024 }).transcribe(recording.audio))).toMatchObject({ code: 'SPEECH.AUDIO_TOO_LARGE', kind: 'limit' });
    expect(await failure(stt({ maxSeconds: 1 }).transcribe(recording.audio))).toMatchObject({ code: 'SPEECH.AUDIO_TOO_LONG', kind: 'limit' });
    const webm = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0, 0, 0, 0]);
    expect(await failure(stt().transcribe(webm))).toMatchObject({ code: 'SPEECH.UNSUPPORTED_AUDIO', kind: 'invalid' });
  });

  it('answers unavailable when sox or pocketsphinx is not installed', async () => {
    const recording = await tts.synthesize('Hello', 'alloy');
    expect(await failure(stt({ soxBinary: '/nonexistent/sox' }).transcribe(recording.audio))).toMatchObject({ code: 'SPEECH.ENGINE_MISSING', kind: 'unavailable' });
    expect(await failure(stt({ pocketsphinxBinary: '/nonexistent/pocketsphinx_continuous' }).transcribe(recording.audio))).toMatchObject({
      code: 'SPEECH.ENGINE_MISSING',
      kind: 'unavailable',
    });
  });

  it('reads words and posteriors from -time output, dropping fillers and pronunciation numbers', () => {
    const output = [
      'oh will come to your interview',
      '<s> 0.000 0.140 0.999700',
      'oh 0.150 0.670 0.994216',
      'to(3) 1.180 1.300 0.260473',
      '<sil> 1.300 1.310 1.000000',
      '[NOISE] 1.310 1.400 0.5',
      'interview 1.490 2.360 0.728741',
      '</s> 2.370 2.420 1.000000',
    ].join('\n');
    expect(parsePocketsphinxOutput(output)).toEqual({ text: 'oh to interview', confidence: 0.661 });
    expect(parsePocketsphinxOutput('')).toEqual({ text: '', confidence: 0 });
  });
});
