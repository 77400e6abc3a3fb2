import { LANGUAGE_SPECS, javaClassNames } from './language-runtimes';

describe('javaClassNames', () => {
  it('names the file after the public class and runs the class holding main', () => {
    expect(javaClassNames('public class Solution { public static void main(String[] a) {} }')).toEqual({ fileClass: 'Solution', mainClass: 'Solution' });
  });

  it('finds main in a non-public class among helpers, ignoring comments and strings', () => {
    const code = `// public class Commented {}
class Helper { int f() { return "}{".length(); } }
/* class Fake { static void main(String[] a) {} } */
class App {
  static class Node { }
  public static void main(String[] args) { }
}`;
    expect(javaClassNames(code)).toEqual({ fileClass: 'App', mainClass: 'App' });
  });

  it('uses Outer$Inner for a main inside a nested class, and Main when nothing is declared', () => {
    expect(javaClassNames('public class Outer { static class Inner { public static void main(String[] a) {} } }')).toEqual({
      fileClass: 'Outer',
      mainClass: 'Outer$Inner',
    });
    expect(javaClassNames('System.out.println(1);')).toEqual({ fileClass: 'Main', mainClass: 'Main' });
  });
});

describe('LANGUAGE_SPECS', () => {
  const context = { box: '/box', sourceFile: 'main', binaries: { python: '/py', node: '/node', gcc: '/gcc', gxx: '/g++', javac: '/javac', java: '/java' }, typescriptDir: '/opt/typescript', memoryMb: 256 };

  it('caps native and Python runs at the memory limit, and the JVM and V8 heaps at it too', () => {
    expect(LANGUAGE_SPECS.python.run(context, '').addressSpaceMb).toBe(256);
    expect(LANGUAGE_SPECS.c.run(context, '').addressSpaceMb).toBe(256);
    expect(LANGUAGE_SPECS.javascript.run(context, '').argv).toContain('--max-old-space-size=256');
    expect(LANGUAGE_SPECS.java.run(context, 'public class Main {}').argv).toContain('-Xmx256m');
  });

  it('compiles exactly the languages that need it', () => {
    const compiled = Object.values(LANGUAGE_SPECS).filter((spec) => spec.compile).map((spec) => spec.id);
    expect(compiled).toEqual(['typescript', 'c', 'cpp', 'java']);
  });
});
