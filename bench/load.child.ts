/**
 * The load generator in a process of its own (so it does not share the measured server's event loop):
 * `node -r ./test/support/ts-register.js bench/load.child.ts '<json>'` runs autocannon with PUTs spread over
 * the given paths and prints its result as one JSON line.
 */
import autocannon from 'autocannon';

interface LoadSpec {
  url: string;
  paths: string[];
  connections: number;
  seconds: number;
  token?: string;
}

const spec = JSON.parse(process.argv[2]) as LoadSpec;
let n = 0;
autocannon(
  {
    url: spec.url,
    connections: spec.connections,
    duration: spec.seconds,
    requests: [
      {
        setupRequest: (req) => {
          n += 1;
          return {
            ...req,
            method: 'PUT',
            path: spec.paths[n % spec.paths.length],
            headers: { 'content-type': 'application/json', ...(spec.token ? { authorization: `Bearer ${spec.token}` } : {}) },
            body: JSON.stringify({ title: `Title ${n}`, overall_feedback: `note ${n}` }),
          };
        },
      },
    ],
  },
  (error, result) => {
    if (error) {
      process.stderr.write(`${error}\n`);
      process.exit(1);
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
);
