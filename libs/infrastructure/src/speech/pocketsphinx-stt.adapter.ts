import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '@candor/domain';
import { SpeechToText, Transcription } from '@candor/application/ports/stt.port';
import { AudioFormat } from './audio-format';
import { ProcessGate } from './process-gate';
import { runProcess } from './run-process';
import { checkAudio } from './speech-input';
import { parseWav } from './wav';

export interface PocketsphinxSttOptions {
  readonly maxBytes: number;
  readonly maxSeconds: number;
  readonly timeoutMs: number;
  readonly gate: ProcessGate;
  readonly soxBinary?: string;
  /** Debian's pocketsphinx 0.8 ships `pocketsphinx_continuous` with the en-us model as its built-in default. */
  readonly pocketsphinxBinary?: string;
}

/** What sox reads from Debian's libsox-fmt-base (mp3 only where libsox-fmt-mp3 is installed too). */
const SOX_FORMATS: readonly AudioFormat['type'][] = ['wav', 'flac', 'ogg', 'aiff', 'au', 'mp3'];
const SAMPLE_RATE = 16_000;
const MAX_LOG_BYTES = 1024 * 1024;

/**
 * Local speech to text: sox turns any supported recording into 16 kHz mono 16-bit PCM (what the en-us acoustic model
 * was trained on), pocketsphinx decodes it. Confidence is the mean of pocketsphinx's per-word posterior probabilities.
 */
export class PocketsphinxSpeechToText implements SpeechToText {
  readonly maxBytes: number;
  private readonly sox: string;
  private readonly pocketsphinx: string;

  constructor(private readonly options: PocketsphinxSttOptions) {
    this.maxBytes = options.maxBytes;
    this.sox = options.soxBinary ?? 'sox';
    this.pocketsphinx = options.pocketsphinxBinary ?? 'pocketsphinx_continuous';
  }

  async transcribe(audio: Buffer, _mimeType?: string): Promise<Transcription> {
    const format = checkAudio(audio, this.maxBytes, SOX_FORMATS);
    return this.options.gate.run(async () => {
      const dir = await mkdtemp(join(tmpdir(), 'candor-stt-'));
      try {
        const pcm = await this.resample(audio, format, dir);
        const info = parseWav(pcm.bytes);
        if (!info) throw new DomainError('SPEECH.CORRUPT_AUDIO', 'the audio could not be decoded', 'invalid');
        if (info.durationSeconds > this.options.maxSeconds) {
          throw new DomainError('SPEECH.AUDIO_TOO_LONG', `the audio is longer than ${this.options.maxSeconds} seconds`, 'limit');
        }
        const durationSeconds = Math.round(info.durationSeconds * 1000) / 1000;
        if (info.dataBytes === 0) return { text: '', confidence: 0, durationSeconds, engine: 'pocketsphinx' };
        const decoded = await runProcess(this.pocketsphinx, ['-infile', pcm.path, '-time', 'yes', '-logfn', '/dev/null'], {
          timeoutMs: this.options.timeoutMs,
          maxStdoutBytes: MAX_LOG_BYTES,
        });
        if (decoded.code !== 0) {
          throw new DomainError('SPEECH.ENGINE_FAILED', `pocketsphinx failed (exit ${decoded.code})`, 'unavailable');
        }
        return { ...parsePocketsphinxOutput(decoded.stdout.toString('utf8')), durationSeconds, engine: 'pocketsphinx' };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }

  private async resample(audio: Buffer, format: AudioFormat, dir: string): Promise<{ path: string; bytes: Buffer }> {
    const input = join(dir, `input.${format.extension}`);
    const output = join(dir, 'speech.wav');
    await writeFile(input, audio);
    // Decoding stops a second past the limit, so a long recording costs no more than that to refuse. -R makes sox's
    // dither repeatable: the same recording always gives the same transcript.
    const args = ['-V1', '-R', '-t', format.type, input, '-r', String(SAMPLE_RATE), '-c', '1', '-b', '16', '-e', 'signed-integer', '-t', 'wav', output, 'trim', '0', String(this.options.maxSeconds + 1)];
    const converted = await runProcess(this.sox, args, { timeoutMs: this.options.timeoutMs, maxStdoutBytes: MAX_LOG_BYTES });
    if (converted.code !== 0) {
      const reason = converted.stderr.split('\n').find((line) => line.includes('FAIL')) ?? converted.stderr;
      const withoutPaths = reason.split(dir).join('').replace(/^sox FAIL \w+:\s*/, '').trim().slice(0, 200);
      if (/no handler|cannot find a format/i.test(reason)) {
        throw new DomainError('SPEECH.UNSUPPORTED_AUDIO', `${format.type} audio is not supported on this server`, 'invalid');
      }
      throw new DomainError('SPEECH.CORRUPT_AUDIO', `the ${format.type} audio could not be decoded${withoutPaths ? `: ${withoutPaths}` : ''}`, 'invalid');
    }
    return { path: output, bytes: await readFile(output) };
  }
}

/** Segment lines of `-time yes` are `word start end posterior`; fillers (<s>, <sil>, [NOISE]) are not words. */
const SEGMENT = /^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?(?:e[-+]?\d+)?)$/i;
const FILLER = /^(<.*>|\[.*\])$/;

export function parsePocketsphinxOutput(stdout: string): { text: string; confidence: number } {
  const words: { word: string; posterior: number }[] = [];
  for (const line of stdout.split('\n')) {
    const match = SEGMENT.exec(line.trim());
    if (!match || FILLER.test(match[1])) continue;
    // `to(3)` is the third pronunciation of "to".
    words.push({ word: match[1].replace(/\(\d+\)$/, ''), posterior: Number(match[4]) });
  }
  const confidence = words.length === 0 ? 0 : words.reduce((sum, w) => sum + w.posterior, 0) / words.length;
  return { text: words.map((w) => w.word).join(' '), confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 1000) / 1000 };
}
