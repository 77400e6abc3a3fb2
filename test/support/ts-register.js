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

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
