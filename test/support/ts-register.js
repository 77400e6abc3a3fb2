/**
 * Lets tests start the real server in a child process straight from the TypeScript sources
 * (`node -r ./test/support/ts-register.js apps/api/src/main.ts`): transpiles each .ts file on load and
 * resolves the @candor/* path aliases, so a fault test can SIGKILL a real process without a prior build.
 */
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const ts = require('typescript');

const root = path.resolve(__dirname, '../..');
const aliases = ['domain', 'contracts', 'application', 'infrastructure'].map((lib) => [
  `@candor/${lib}`,
  path.join(root, 'libs', lib, 'src'),
]);

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  for (const [alias, target] of aliases) {
    if (request === alias || request.startsWith(`${alias}/`)) {
      return resolve.call(this, target + request.slice(alias.length), parent, ...rest);
    }
  }
  return resolve.call(this, request, parent, ...rest);
};

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  esModuleInterop: true,
  sourceMap: false,
};

// Transpiled output is cached by content hash: every fault test starts the server (often twice), and
// transpiling the whole app each time costs seconds of the 2 shared cores.
const crypto = require('node:crypto');
const os = require('node:os');
const cacheDir = path.join(os.tmpdir(), `candor-ts-register-${ts.version}`);
fs.mkdirSync(cacheDir, { recursive: true });

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha1').update(filename).update('\0').update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  let outputText;
  try {
    outputText = fs.readFileSync(cached, 'utf8');
  } catch {
    outputText = ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
    // Write then rename: a concurrent reader never sees half a file.
    const partial = `${cached}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(partial, outputText);
      fs.renameSync(partial, cached);
    } catch {
      // a cache we cannot write is only slower
    }
  }
  module._compile(outputText, filename);
};
