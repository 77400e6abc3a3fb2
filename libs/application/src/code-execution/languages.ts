import { DomainError } from '@candor/domain';
import { SANDBOX_LANGUAGES, SandboxLanguage } from '../ports/sandbox.port';

/** What clients may send as `language` (the seeds use `python`; editors often send `py`, `js`, `c++`). */
export const LANGUAGE_ALIASES: Readonly<Record<SandboxLanguage, readonly string[]>> = {
  python: ['python3', 'py'],
  javascript: ['js', 'node', 'nodejs'],
  typescript: ['ts'],
  c: [],
  cpp: ['c++', 'cplusplus'],
  java: [],
};

export const LANGUAGE_NAMES: Readonly<Record<SandboxLanguage, string>> = {
  python: 'Python 3',
  javascript: 'JavaScript (Node.js)',
  typescript: 'TypeScript (transpiled, run on Node.js)',
  c: 'C (gcc, C17)',
  cpp: 'C++ (g++, C++17)',
  java: 'Java',
};

const BY_NAME = new Map<string, SandboxLanguage>(
  SANDBOX_LANGUAGES.flatMap((id) => [[id, id] as const, ...LANGUAGE_ALIASES[id].map((alias) => [alias, id] as const)]),
);

/** The canonical language id for a client's value (case-insensitive, aliases allowed). */
export function resolveLanguage(value: unknown): SandboxLanguage {
  const id = typeof value === 'string' ? BY_NAME.get(value.trim().toLowerCase()) : undefined;
  if (!id) {
    throw new DomainError(
      'SANDBOX.UNKNOWN_LANGUAGE',
      `Unknown language ${JSON.stringify(value)}; supported: ${SANDBOX_LANGUAGES.join(', ')}`,
      'invalid',
      { supported: SANDBOX_LANGUAGES },
    );
  }
  return id;
}
