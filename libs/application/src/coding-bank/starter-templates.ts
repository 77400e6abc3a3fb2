import { SANDBOX_LANGUAGES, SandboxLanguage } from '../ports/sandbox.port';
import { CodingProblem } from './coding-problem.types';

/** A starting point per sandbox language: read all of standard input, solve, print the answer. */
const TEMPLATES: Record<SandboxLanguage, (p: CodingProblem) => string> = {
  python: (p) => `# ${p.title}\n# Input: ${p.inputFormat}\n# Output: ${p.outputFormat}\nimport sys\n\n\ndef solve(data: str) -> str:\n    tokens = data.split()\n    return ""\n\n\nprint(solve(sys.stdin.read()))\n`,
  javascript: (p) => `// ${p.title}\n// Input: ${p.inputFormat}\n// Output: ${p.outputFormat}\nconst data = require('fs').readFileSync(0, 'utf8');\n\nfunction solve(data) {\n  const tokens = data.split(/\\s+/).filter(Boolean);\n  return '';\n}\n\nconsole.log(solve(data));\n`,
  typescript: (p) => `// ${p.title}\n// Input: ${p.inputFormat}\n// Output: ${p.outputFormat}\nimport { readFileSync } from 'fs';\n\nfunction solve(data: string): string {\n  const tokens: string[] = data.split(/\\s+/).filter(Boolean);\n  return '';\n}\n\nconsole.log(solve(readFileSync(0, 'utf8')));\n`,
  c: (p) => `/* ${p.title}\n * Input: ${p.inputFormat}\n * Output: ${p.outputFormat}\n */\n#include <stdio.h>\n\nint main(void) {\n  int n;\n  if (scanf("%d", &n) != 1) return 0;\n  return 0;\n}\n`,
  cpp: (p) => `// ${p.title}\n// Input: ${p.inputFormat}\n// Output: ${p.outputFormat}\n#include <iostream>\n\nint main() {\n  std::ios::sync_with_stdio(false);\n  std::cin.tie(nullptr);\n  return 0;\n}\n`,
  java: (p) => `// ${p.title}\n// Input: ${p.inputFormat}\n// Output: ${p.outputFormat}\nimport java.io.*;\nimport java.util.*;\n\npublic class Main {\n  public static void main(String[] args) throws IOException {\n    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n  }\n}\n`,
};

export function starterTemplates(problem: CodingProblem): Record<SandboxLanguage, string> {
  return Object.fromEntries(SANDBOX_LANGUAGES.map((l) => [l, TEMPLATES[l](problem)])) as Record<SandboxLanguage, string>;
}
