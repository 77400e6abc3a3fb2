// Lints an OpenAPI document with Redocly's recommended rules, offline (@redocly/openapi-core is ESM-only,
// so jest runs this in a child process). Usage: node scripts/lint-openapi.mjs <openapi.json>; prints the
// problems as JSON and exits 1 when any is an error.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';

const file = resolve(process.argv[2] ?? 'openapi.json');
const config = await createConfig({ extends: ['recommended'] });
const problems = await lintFromString({ source: readFileSync(file, 'utf8'), absoluteRef: file, config });
const report = problems.map((p) => ({ severity: p.severity, rule: p.ruleId, message: p.message, at: p.location[0]?.pointer }));
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
process.exit(report.some((p) => p.severity === 'error') ? 1 : 0);
