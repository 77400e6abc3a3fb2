/** `npm run audit -- verify FILE [--public-key K]`: checks an audit export offline, needing nothing but the file. */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ExportVerification, verifyAuditExport } from '@candor/contracts';

export const USAGE = 'usage: npm run audit -- verify FILE [--public-key KEY_OR_PEM_FILE] [--json]';

export interface VerifyArgs {
  readonly command: 'verify';
  readonly file: string;
  /** The key text, or the path of a PEM file holding it. */
  readonly publicKey: string | undefined;
  readonly json: boolean;
}

export function parseArgs(argv: readonly string[]): VerifyArgs {
  const [command, ...rest] = argv;
  if (command !== 'verify') throw new Error(USAGE);
  let file: string | undefined;
  let publicKey: string | undefined;
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--public-key') {
      publicKey = rest[++i];
      if (!publicKey) throw new Error(`--public-key needs a value\n${USAGE}`);
    } else if (arg.startsWith('--public-key=')) {
      publicKey = arg.slice('--public-key='.length);
    } else if (arg === '--json') {
      json = true;
    } else if (!file && !arg.startsWith('--')) {
      file = arg;
    } else {
      throw new Error(`unexpected argument ${arg}\n${USAGE}`);
    }
  }
  if (!file) throw new Error(USAGE);
  return { command: 'verify', file, publicKey, json };
}

/** Exit code 0 when the export holds, 1 when a link is broken (named on stderr), 2 for usage or I/O errors. */
export async function runVerify(args: VerifyArgs, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  if (!existsSync(args.file)) {
    err.write(`no such file: ${args.file}\n`);
    return 2;
  }
  const key = args.publicKey && existsSync(args.publicKey) ? readFileSync(args.publicKey, 'utf8') : args.publicKey;
  let result: ExportVerification;
  try {
    result = await verifyAuditExport(createInterface({ input: createReadStream(args.file), crlfDelay: Infinity }), key);
  } catch (error) {
    err.write(`cannot verify ${args.file}: ${(error as Error).message}\n`);
    return 2;
  }
  if (args.json) out.write(`${JSON.stringify(result)}\n`);
  if (!result.valid) {
    err.write(`BROKEN at line ${result.error!.line}: ${result.error!.reason}\n`);
    return 1;
  }
  if (!args.json) {
    const what = result.scope === 'stream' ? `stream ${result.stream}` : 'log range';
    out.write(
      `OK ${what}: ${result.events} events, ${result.links} later log entries to the checkpoint at ${result.checkpoint!.position} ` +
        `signed ${result.checkpoint!.signed_at}${result.key_pinned ? ' with the given key' : ' (key taken from the file: pass --public-key to pin it)'}\n`,
    );
  }
  return 0;
}
