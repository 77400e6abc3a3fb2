import { Readable } from 'node:stream';
import { longestPauseSeconds, readPcmWavFormat } from './pause-detection';

/** A mono 16-bit PCM WAV at 8 kHz: `plan` lists [seconds, loud?] segments. */
function wav(plan: [number, boolean][]): Buffer {
  const rate = 8000;
  const samples: number[] = [];
  for (const [seconds, loud] of plan) for (let i = 0; i < seconds * rate; i += 1) samples.push(loud ? Math.round(8000 * Math.sin(i / 3)) : 0);
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(s, i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** Splits into odd-sized chunks so windows and frames straddle chunk boundaries. */
const chunked = (b: Buffer) => Readable.from(Array.from({ length: Math.ceil(b.length / 777) }, (_, i) => b.subarray(i * 777, (i + 1) * 777)));

describe('longestPauseSeconds', () => {
  it('finds the longest silence between sounds, ignoring leading and trailing silence', async () => {
    const audio = wav([[1, false], [0.5, true], [0.4, false], [0.5, true], [1.2, false], [0.3, true], [2, false]]);
    expect(await longestPauseSeconds(chunked(audio))).toBeCloseTo(1.2, 1);
  });

  it('is null for silence only and for anything that is not PCM WAV', async () => {
    expect(await longestPauseSeconds(chunked(wav([[1, false]])))).toBeNull();
    expect(await longestPauseSeconds(Readable.from([Buffer.from('OggS not a wav file at all')]))).toBeNull();
    expect(readPcmWavFormat(Buffer.from('RIFF....WAVEjunk'))).toBeNull();
  });
});
