import { SANDBOX_LANGUAGES, SandboxLanguage } from '@candor/application/ports/sandbox.port';
import { LocalSandbox } from './local-sandbox.adapter';
import { sandboxConfigFromEnv } from './sandbox-config';
import { requireSystemPackages } from '@candor/testing/system-packages';

/**
 * Each language through the real sandbox (bubblewrap must be installed): one program per language prints
 * "Hello, World!", echoes its stdin line, and fails when that line is "fail"; run once per input after one
 * compile. Compiled languages also show their compiler's diagnostics as compile_error.
 */
const PROGRAMS: Record<SandboxLanguage, string> = {
  python: `import sys
print("Hello, World!")
line = sys.stdin.readline().strip()
if line == "fail":
    raise ValueError("asked to fail")
print("echo: " + line)
`,
  javascript: `console.log('Hello, World!');
const line = require('fs').readFileSync(0, 'utf8').trim();
if (line === 'fail') throw new Error('asked to fail');
console.log('echo: ' + line);
`,
  typescript: `import { readFileSync } from 'fs';
const greet = (who: string): string => \`Hello, \${who}!\`;
console.log(greet('World'));
const line: string = readFileSync(0, 'utf8').trim();
if (line === 'fail') throw new Error('asked to fail');
console.log('echo: ' + line);
`,
  c: `#include <stdio.h>
#include <string.h>
int main(void) {
  char line[100] = {0};
  printf("Hello, World!\\n");
  if (fgets(line, sizeof line, stdin)) line[strcspn(line, "\\n")] = 0;
  if (strcmp(line, "fail") == 0) { fprintf(stderr, "asked to fail\\n"); return 3; }
  printf("echo: %s\\n", line);
  return 0;
}
`,
  cpp: `#include <iostream>
#include <stdexcept>
#include <string>
int main() {
  std::cout << "Hello, World!" << std::endl;
  std::string line;
  std::getline(std::cin, line);
  if (line == "fail") throw std::runtime_error("asked to fail");
  std::cout << "echo: " << line << std::endl;
}
`,
  // Named Solution, not Main: the file and entry class follow the code.
  java: `import java.util.Scanner;
public class Solution {
  public static void main(String[] args) {
    System.out.println("Hello, World!");
    String line = new Scanner(System.in).nextLine().trim();
    if (line.equals("fail")) throw new IllegalStateException("asked to fail");
    System.out.println("echo: " + line);
  }
}
`,
};

const BROKEN: Partial<Record<SandboxLanguage, { code: string; diagnostic: RegExp }>> = {
  typescript: { code: 'const x: number = ;\n', diagnostic: /main\.ts\(1,19\): error TS1109/ },
  c: { code: 'int main(void) { return undefined_name; }\n', diagnostic: /main\.c:1:.*undefined_name/ },
  cpp: { code: 'int main() { std::cout << 1; }\n', diagnostic: /main\.cpp:1:.*cout/ },
  java: { code: 'public class Main { public static void main(String[] a) { int x = "text"; } }\n', diagnostic: /Main\.java:1: error: incompatible types/ },
};

requireSystemPackages('bubblewrap', 'util-linux', 'time', 'python3', 'gcc', 'g++', 'openjdk-17-jdk-headless');

describe('LocalSandbox languages', () => {
  const sandbox = new LocalSandbox(sandboxConfigFromEnv({ SANDBOX_TIMEOUT_MS: '8000' }));

  it('is isolated on this host (bubblewrap installed and working)', async () => {
    const status = await sandbox.status();

    expect(status).toMatchObject({ available: true, isolated: true });
  });

  it('lists every language this host can run, with versions', async () => {
    const languages = await sandbox.languages();

    expect(languages.map((l) => l.id)).toEqual([...SANDBOX_LANGUAGES]);
    for (const language of languages) {
      expect(language).toMatchObject({ available: true, version: expect.stringMatching(/^\d+\.\d+/) });
    }
    expect(languages.find((l) => l.id === 'python')?.compiled).toBe(false);
    expect(languages.find((l) => l.id === 'java')?.compiled).toBe(true);
  });

  describe.each(SANDBOX_LANGUAGES)('%s', (language) => {
    it('prints hello world, echoes stdin, and reports a runtime error as such', async () => {
      const execution = await sandbox.execute({ language, code: PROGRAMS[language], inputs: ['Candor\n', 'fail\n'] });

      expect(execution.isolated).toBe(true);
      if (execution.compile) expect(execution.compile).toMatchObject({ ok: true, exitCode: 0 });
      const [ok, failed] = execution.runs;
      expect(ok).toMatchObject({ status: 'ok', stdout: 'Hello, World!\necho: Candor\n', exitCode: 0, signal: null });
      expect(ok.memoryKb).toBeGreaterThan(0);
      expect(failed.status).toBe('runtime_error');
      expect(failed.exitCode).not.toBe(0);
      expect(failed.stdout).toBe('Hello, World!\n');
      expect(failed.stderr).toContain('asked to fail');
    });

    const broken = BROKEN[language];
    if (broken) {
      it('reports a compile error with the compiler diagnostics, and runs nothing', async () => {
        const execution = await sandbox.execute({ language, code: broken.code, inputs: [''] });

        expect(execution.compile?.ok).toBe(false);
        expect(execution.compile?.exitCode).not.toBe(0);
        expect(execution.compile?.output).toMatch(broken.diagnostic);
        expect(execution.runs).toEqual([]);
      });
    }
  });

  it('a Python syntax error is a runtime error carrying the SyntaxError (Python has no compile step)', async () => {
    const execution = await sandbox.execute({ language: 'python', code: 'def broken(:\n    pass\n', inputs: [''] });

    expect(execution.runs[0]).toMatchObject({ status: 'runtime_error', exitCode: 1 });
    expect(execution.runs[0].stderr).toContain('SyntaxError');
  });
});
