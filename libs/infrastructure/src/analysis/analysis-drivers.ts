/**
 * The small programs the analyzer runs inside the sandbox (never in the API process). Each reads one JSON
 * job on stdin and prints one JSON answer on stdout; the candidate's code is data in that job, written to
 * the sandbox's private /tmp (python driver) or kept in memory (TypeScript driver), never executed.
 */

/** A tool run by the python driver: argv with `{python}` (this interpreter) and `{file}` (the code) placeholders. */
export interface ToolStep {
  readonly name: string;
  readonly argv: readonly string[];
  /** Prints the tool's version (first word of the first line is kept); optional. */
  readonly versionArgv?: readonly string[];
  readonly timeoutSeconds: number;
}

export interface ToolStepResult {
  readonly name: string;
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The program is not installed in the sandbox. */
  readonly missing: boolean;
  readonly timedOut: boolean;
  readonly version: string | null;
}

export interface PythonDriverJob {
  readonly code: string;
  readonly fileName: string;
  readonly steps: readonly ToolStep[];
}

/** Runs each tool on the code written to a private temporary directory; stdlib only. */
export const PYTHON_DRIVER = `
import json, os, subprocess, sys, tempfile

job = json.load(sys.stdin)
work = tempfile.mkdtemp()
path = os.path.join(work, job["fileName"])
with open(path, "w", encoding="utf-8") as handle:
    handle.write(job["code"])
LIMIT = 262144


def expand(argv):
    return [sys.executable if a == "{python}" else a.replace("{file}", path) for a in argv]


def run(argv, timeout):
    return subprocess.run(expand(argv), cwd=work, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          errors="replace", timeout=timeout)


results = []
for step in job["steps"]:
    result = {"name": step["name"], "exitCode": None, "stdout": "", "stderr": "", "missing": False,
              "timedOut": False, "version": None}
    try:
        done = run(step["argv"], step["timeoutSeconds"])
        result.update(exitCode=done.returncode, stdout=done.stdout[:LIMIT], stderr=done.stderr[:LIMIT])
        if "No module named" in done.stderr and done.returncode != 0 and not done.stdout:
            result["missing"] = True
        if step.get("versionArgv") and not result["missing"]:
            shown = run(step["versionArgv"], step["timeoutSeconds"])
            words = (shown.stdout or shown.stderr).split()
            result["version"] = words[0] if words else None
    except FileNotFoundError:
        result["missing"] = True
    except subprocess.TimeoutExpired:
        result["timedOut"] = True
    results.append(result)
print(json.dumps({"results": results}))
`;

export interface TypescriptDriverJob {
  readonly code: string;
  readonly language: 'javascript' | 'typescript';
  /** Where the typescript package may be, as the sandbox sees it (mounted isolated, the host path unisolated). */
  readonly typescriptDirs: readonly string[];
  /** Ambient declarations of the Node.js globals and built-in modules, so they are not reported as undefined. */
  readonly globals: string;
}

export interface TypescriptDiagnostic {
  readonly code: number;
  /** ts.DiagnosticCategory: 0 warning, 1 error, 2 suggestion, 3 message. */
  readonly category: number;
  readonly line: number | null;
  readonly column: number | null;
  readonly message: string;
}

export type TypescriptDriverAnswer =
  | { readonly version: string; readonly diagnostics: readonly TypescriptDiagnostic[] }
  | { readonly error: string };

/**
 * Type-checks the code with the TypeScript compiler API over an in-memory file (strict, noUnused*, and
 * checkJs for JavaScript, where implicit any is not reported). Written as plain JavaScript so the sandbox's
 * TypeScript transpile step passes it through unchanged.
 */
export const TYPESCRIPT_DRIVER = `
const fs = require('fs');
const job = JSON.parse(fs.readFileSync(0, 'utf8'));
let ts = null;
for (const dir of job.typescriptDirs) {
  try { ts = require(dir); break; } catch (e) { /* try the next place */ }
}
if (!ts) {
  process.stdout.write(JSON.stringify({ error: 'the typescript package is not available in the sandbox' }));
} else {
  const root = '/candor-analysis/';
  const main = root + (job.language === 'typescript' ? 'main.ts' : 'main.js');
  const files = { [main]: job.code, [root + 'globals.d.ts']: job.globals };
  const js = job.language === 'javascript';
  const options = {
    noEmit: true, strict: true, noImplicitAny: !js, noUnusedLocals: true, noUnusedParameters: true,
    noImplicitReturns: true, noFallthroughCasesInSwitch: true, allowUnreachableCode: false, allowUnusedLabels: false,
    allowJs: true, checkJs: true, skipLibCheck: true, esModuleInterop: true, types: [],
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, lib: ['lib.es2022.d.ts'],
  };
  const host = ts.createCompilerHost(options);
  const readLib = host.getSourceFile;
  host.getSourceFile = (name, version, onError) =>
    files[name] !== undefined ? ts.createSourceFile(name, files[name], version, true) : readLib.call(host, name, version, onError);
  host.fileExists = (name) => files[name] !== undefined || ts.sys.fileExists(name);
  host.readFile = (name) => (files[name] !== undefined ? files[name] : ts.sys.readFile(name));
  host.getCurrentDirectory = () => root;
  host.writeFile = () => undefined;
  const program = ts.createProgram([main, root + 'globals.d.ts'], options, host);
  const source = program.getSourceFile(main);
  const all = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
  const diagnostics = all.map((d) => {
    const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
    return {
      code: d.code,
      category: d.category,
      line: at ? at.line + 1 : null,
      column: at ? at.character + 1 : null,
      message: ts.flattenDiagnosticMessageText(d.messageText, ' '),
    };
  });
  process.stdout.write(JSON.stringify({ version: ts.version, diagnostics }));
}
`;
