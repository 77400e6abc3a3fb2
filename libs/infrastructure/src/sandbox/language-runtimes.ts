import { SandboxLanguage } from '@candor/application/ports/sandbox.port';

/** The host programs a language needs; runtime-discovery.ts finds them. */
export type RuntimeBinary = 'python' | 'node' | 'gcc' | 'gxx' | 'javac' | 'java';

/** Where things are as the sandboxed program sees them. */
export interface PhaseContext {
  /** Directory holding the source file and the compiled artifacts. */
  readonly box: string;
  readonly sourceFile: string;
  readonly binaries: Readonly<Partial<Record<RuntimeBinary, string>>>;
  /** The `typescript` package directory (TypeScript only). */
  readonly typescriptDir: string;
  readonly memoryMb: number;
}

/** One step to execute: its argv and the address space it needs (runtimes reserve far more than they use). */
export interface PhaseSpec {
  readonly argv: readonly string[];
  readonly addressSpaceMb: number;
}

export interface LanguageSpec {
  readonly id: SandboxLanguage;
  readonly binaries: readonly RuntimeBinary[];
  readonly needsTypescript: boolean;
  sourceFile(code: string): string;
  compile?(context: PhaseContext): PhaseSpec;
  run(context: PhaseContext, code: string): PhaseSpec;
  /** What the runtime prints when an allocation fails at the memory cap. */
  readonly outOfMemory: RegExp;
  /** True when the address-space cap equals the memory limit, so peak RSS near it means memory ran out. */
  readonly addressSpaceIsMemory: boolean;
}

/** Compilers get a fixed generous address space: they are trusted programs, and only the source is untrusted. */
const COMPILER_ADDRESS_SPACE_MB = 2048;
/** V8 reserves ~750 MB of address space before running a line; the heap itself is capped with --max-old-space-size. */
const NODE_RESERVED_MB = 1024;
/** The JVM reserves class space, code cache and thread stacks besides the heap (-Xmx). */
const JVM_RESERVED_MB = 1024;
const JVM_FLAGS = [
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1',
  '-XX:-UsePerfData',
  '-XX:ActiveProcessorCount=1',
  '-XX:CompressedClassSpaceSize=64m',
  '-XX:ReservedCodeCacheSize=64m',
  '-Xshare:auto',
];

/**
 * Transpiles TypeScript inside the sandbox (argv: typescript dir, source, output). Only syntax errors stop it,
 * like ts-node's transpile-only mode; types are not checked.
 */
const TRANSPILE_TS = [
  'const ts = require(process.argv[1]); const fs = require("fs");',
  'const r = ts.transpileModule(fs.readFileSync(process.argv[2], "utf8"), { fileName: "main.ts", reportDiagnostics: true,',
  '  compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, esModuleInterop: true } });',
  'const errors = (r.diagnostics || []).filter((d) => d.category === ts.DiagnosticCategory.Error);',
  'for (const d of errors) {',
  '  const text = ts.flattenDiagnosticMessageText(d.messageText, "\\n");',
  '  const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;',
  '  process.stderr.write((at ? `main.ts(${at.line + 1},${at.character + 1}): ` : "") + `error TS${d.code}: ${text}\\n`);',
  '}',
  'if (errors.length) process.exit(1);',
  'fs.writeFileSync(process.argv[3], r.outputText);',
].join('\n');

const NATIVE_OOM = /std::bad_alloc|Cannot allocate memory|out of memory/i;
const NODE_OOM = /JavaScript heap out of memory|Reached heap limit|Array buffer allocation failed|Cannot allocate memory/;

function nodeRun(context: PhaseContext, script: string): PhaseSpec {
  return {
    argv: [context.binaries.node!, `--max-old-space-size=${context.memoryMb}`, script],
    addressSpaceMb: context.memoryMb + NODE_RESERVED_MB,
  };
}

export const LANGUAGE_SPECS: Readonly<Record<SandboxLanguage, LanguageSpec>> = {
  python: {
    id: 'python',
    binaries: ['python'],
    needsTypescript: false,
    sourceFile: () => 'main.py',
    // -I: ignore PYTHON* variables and the user site; -B: write no .pyc files.
    run: (c) => ({ argv: [c.binaries.python!, '-I', '-B', `${c.box}/${c.sourceFile}`], addressSpaceMb: c.memoryMb }),
    outOfMemory: /\bMemoryError\b/,
    addressSpaceIsMemory: true,
  },
  javascript: {
    id: 'javascript',
    binaries: ['node'],
    needsTypescript: false,
    sourceFile: () => 'main.js',
    run: (c) => nodeRun(c, `${c.box}/${c.sourceFile}`),
    outOfMemory: NODE_OOM,
    addressSpaceIsMemory: false,
  },
  typescript: {
    id: 'typescript',
    binaries: ['node'],
    needsTypescript: true,
    sourceFile: () => 'main.ts',
    compile: (c) => ({
      argv: [c.binaries.node!, '-e', TRANSPILE_TS, c.typescriptDir, `${c.box}/${c.sourceFile}`, `${c.box}/main.js`],
      addressSpaceMb: COMPILER_ADDRESS_SPACE_MB,
    }),
    run: (c) => nodeRun(c, `${c.box}/main.js`),
    outOfMemory: NODE_OOM,
    addressSpaceIsMemory: false,
  },
  c: {
    id: 'c',
    binaries: ['gcc'],
    needsTypescript: false,
    sourceFile: () => 'main.c',
    compile: (c) => ({
      argv: [c.binaries.gcc!, '-O2', '-std=gnu17', '-pipe', '-o', `${c.box}/main`, `${c.box}/${c.sourceFile}`, '-lm'],
      addressSpaceMb: COMPILER_ADDRESS_SPACE_MB,
    }),
    run: (c) => ({ argv: [`${c.box}/main`], addressSpaceMb: c.memoryMb }),
    outOfMemory: NATIVE_OOM,
    addressSpaceIsMemory: true,
  },
  cpp: {
    id: 'cpp',
    binaries: ['gxx'],
    needsTypescript: false,
    sourceFile: () => 'main.cpp',
    compile: (c) => ({
      argv: [c.binaries.gxx!, '-O2', '-std=gnu++17', '-pipe', '-o', `${c.box}/main`, `${c.box}/${c.sourceFile}`, '-lm'],
      addressSpaceMb: COMPILER_ADDRESS_SPACE_MB,
    }),
    run: (c) => ({ argv: [`${c.box}/main`], addressSpaceMb: c.memoryMb }),
    outOfMemory: NATIVE_OOM,
    addressSpaceIsMemory: true,
  },
  java: {
    id: 'java',
    binaries: ['javac', 'java'],
    needsTypescript: false,
    sourceFile: (code) => `${javaClassNames(code).fileClass}.java`,
    compile: (c) => ({
      argv: [
        c.binaries.javac!,
        ...JVM_FLAGS.map((flag) => `-J${flag}`),
        '-J-Xmx512m',
        '-encoding',
        'UTF-8',
        '-d',
        c.box,
        `${c.box}/${c.sourceFile}`,
      ],
      addressSpaceMb: 512 + JVM_RESERVED_MB + 512,
    }),
    run: (c, code) => ({
      argv: [c.binaries.java!, ...JVM_FLAGS, `-Xmx${c.memoryMb}m`, '-XX:ErrorFile=/dev/null', '-cp', c.box, javaClassNames(code).mainClass],
      addressSpaceMb: c.memoryMb + JVM_RESERVED_MB,
    }),
    outOfMemory: /java\.lang\.OutOfMemoryError|insufficient memory for the Java Runtime/,
    addressSpaceIsMemory: false,
  },
};

/**
 * Java wants the file named after its public class, and `java` wants the class holding main. Candidates name
 * them freely (Main, Solution, ...): the file takes the public class, the entry point is the class whose body
 * encloses `static void main` (nested ones as Outer$Inner); both fall back to Main.
 */
export function javaClassNames(code: string): { fileClass: string; mainClass: string } {
  const source = code
    .replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ' ')
    .replace(/"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])+'/g, '""');
  const publicClass = /\bpublic\s+(?:(?:final|abstract|strictfp)\s+)*class\s+([A-Za-z_$][\w$]*)/.exec(source)?.[1];
  const mainAt = source.search(/\bstatic\s+(?:final\s+)?void\s+main\s*\(/);
  const stack: (string | null)[] = [];
  let declared: string | null = null;
  let mainClass: string | null = null;
  for (const match of source.matchAll(/\b(?:class|interface|enum|record)\s+([A-Za-z_$][\w$]*)|[{}]/g)) {
    if (mainAt >= 0 && (match.index ?? 0) > mainAt) {
      mainClass = stack.filter((name): name is string => name !== null).join('$') || null;
      break;
    }
    if (match[1]) declared = match[1];
    else if (match[0] === '{') {
      stack.push(declared);
      declared = null;
    } else stack.pop();
  }
  const fileClass = publicClass ?? mainClass?.split('$')[0] ?? 'Main';
  return { fileClass, mainClass: mainClass ?? fileClass };
}
