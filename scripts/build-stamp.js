#!/usr/bin/env node
/**
 * `npm start` builds only when the sources changed since the last build. The stamp is a hash of what the build
 * reads (apps/, libs/ without tests, the tsconfig files, package-lock.json), written to dist/ after a build.
 *   node scripts/build-stamp.js write    record the current sources as built (end of `npm run build`)
 *   node scripts/build-stamp.js ensure   run `npm run build` unless dist/ matches the current sources
 */
'use strict';
const { createHash } = require('node:crypto');
const { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } = require('node:fs');
const { join, relative } = require('node:path');
const { spawnSync } = require('node:child_process');

const SOURCE_DIRS = ['apps', 'libs'];
const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const TEST_FILE = /\.(spec|e2e-spec)\.ts$/;
const STAMP = join('dist', '.build-stamp');
const ENTRY_POINTS = [join('dist', 'apps', 'api', 'src', 'main.js'), join('dist', 'apps', 'projector', 'src', 'main.js')];

function sourceFiles(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path);
      } else if (entry.isFile() && !TEST_FILE.test(entry.name)) {
        found.push(relative(root, path));
      }
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(join(root, dir))) walk(join(root, dir));
  for (const file of SOURCE_FILES) if (existsSync(join(root, file))) found.push(file);
  return found.sort();
}

function sourcesHash(root) {
  const hash = createHash('sha256');
  for (const file of sourceFiles(root)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Why a build is needed, or null when dist/ was built from exactly these sources. */
function staleReason(root) {
  const missing = ENTRY_POINTS.find((file) => !existsSync(join(root, file)));
  if (missing) return `${missing} does not exist`;
  if (!existsSync(join(root, STAMP))) return 'dist/ has no build stamp';
  if (readFileSync(join(root, STAMP), 'utf8').trim() !== sourcesHash(root)) return 'sources changed since the last build';
  return null;
}

function writeStamp(root) {
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, STAMP), `${sourcesHash(root)}\n`);
}

module.exports = { sourcesHash, staleReason, writeStamp };

if (require.main === module) {
  const root = join(__dirname, '..');
  const command = process.argv[2];
  if (command === 'write') {
    writeStamp(root);
  } else if (command === 'ensure') {
    const reason = staleReason(root);
    if (reason) {
      process.stderr.write(`building: ${reason}\n`);
      const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
      process.exit(result.status ?? 1);
    }
  } else {
    process.stderr.write('usage: node scripts/build-stamp.js write | ensure\n');
    process.exit(2);
  }
}
