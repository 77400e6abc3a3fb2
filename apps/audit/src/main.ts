import { parseArgs, runVerify } from './audit-cli';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  return runVerify(args, process.stdout, process.stderr);
}

main().then((code) => process.exit(code));
