import { AnalysisType } from '@candor/application/ports/code-analyzer.port';
import { SandboxLanguage } from '@candor/application/ports/sandbox.port';
import { findLoops } from './loop-structure';
import { prepareSource } from './source-text';
import { rulesFor } from './sandboxed-code-analyzer.adapter';

/** The rule-based checks alone (pure: no sandbox), as `line → rule id` pairs. */
function hits(code: string, language: SandboxLanguage, type: AnalysisType = 'quality'): string[] {
  const source = prepareSource(code, language);
  const loops = findLoops(source);
  return rulesFor(type, language)
    .flatMap((rule) => rule.check({ source, loops }).map((hit) => `${hit.line} ${rule.id}`))
    .sort();
}

describe('rule-based checks', () => {
  describe('security', () => {
    it('given eval/exec in Python code, flags each line, but not in comments or strings', () => {
      const code = 'x = eval(input())\nexec("print(1)")\n# eval(x) in a comment\nprint("eval(x) in a string")\nobj.eval(x)\n';
      expect(hits(code, 'python', 'security')).toEqual(['1 security/eval', '2 security/eval']);
    });

    it('given SQL built by concatenation, f-strings, % or format, flags it; parameterised SQL is fine', () => {
      const code = [
        'q1 = "SELECT * FROM users WHERE id = " + user_id',
        'q2 = f"DELETE FROM users WHERE name = \'{name}\'"',
        'q3 = "UPDATE users SET name = \'%s\'" % name',
        'q4 = "INSERT INTO t VALUES ({})".format(v)',
        'cur.execute("SELECT * FROM users WHERE id = ?", (user_id,))',
        'msg = "Hello " + name',
      ].join('\n');
      expect(hits(code, 'python', 'security')).toEqual(['1 security/sql-injection', '2 security/sql-injection', '3 security/sql-injection', '4 security/sql-injection']);
    });

    it('given SQL in a JavaScript template literal or Java concatenation, flags it', () => {
      expect(hits('db.query(`SELECT * FROM t WHERE id = ${id}`);\ndb.query(`SELECT 1 FROM t`);\n', 'javascript', 'security')).toEqual(['1 security/sql-injection']);
      expect(hits('String q = "SELECT * FROM t WHERE id = " + id;\n', 'java', 'security')).toEqual(['1 security/sql-injection']);
    });

    it('given shell commands, flags os.system, shell=True and child_process.exec with built strings as errors', () => {
      const py = 'import os, subprocess\nos.system("ls " + d)\nsubprocess.run(cmd, shell=True)\nsubprocess.run(["ls", d])\n';
      expect(hits(py, 'python', 'security')).toEqual(['2 security/shell-injection', '3 security/shell-injection']);
      const js = "const { exec } = require('child_process');\nexec(`ls ${dir}`);\n";
      expect(hits(js, 'javascript', 'security')).toEqual(['2 security/shell-injection']);
    });

    it('given pickle, yaml.load and hard-coded secrets, flags them; yaml with SafeLoader is fine', () => {
      const code = 'data = pickle.loads(blob)\ncfg = yaml.load(text)\nok = yaml.load(text, Loader=yaml.SafeLoader)\nAPI_KEY = "sk_live_abcdef123456"\npassword = ""\n';
      expect(hits(code, 'python', 'security')).toEqual(['1 security/unsafe-deserialization', '2 security/unsafe-deserialization', '4 security/hardcoded-secret']);
    });

    it('given C with gets, strcpy and a width-less scanf, flags each', () => {
      const code = '#include <stdio.h>\nint main(void) {\n  char b[8];\n  gets(b);\n  strcpy(b, "x");\n  scanf("%s", b);\n  return 0;\n}\n';
      expect(hits(code, 'c', 'security')).toEqual(['4 security/dangerous-c-function', '5 security/dangerous-c-function', '6 security/dangerous-c-function']);
    });
  });

  describe('performance', () => {
    it('given nested loops over the same list in Python, flags the inner loop; different lists are fine', () => {
      const code = 'for a in xs:\n    for b in xs:\n        print(a, b)\nfor a in xs:\n    for b in ys:\n        print(a, b)\nfor i in range(len(xs)):\n    for j in range(i + 1, len(xs)):\n        pass\n';
      expect(hits(code, 'python', 'performance')).toEqual(['2 performance/nested-loop-same-collection', '8 performance/nested-loop-same-collection']);
    });

    it('given a comprehension over the same list inside its loop, flags it', () => {
      expect(hits('for x in nums:\n    total = sum([y for y in nums if y > x])\n', 'python', 'performance')).toEqual(['2 performance/nested-loop-same-collection']);
    });

    it('given JavaScript nested loops over one array (classic, for-of and forEach), flags the inner loops', () => {
      const code = [
        'for (let i = 0; i < arr.length; i++) {',
        '  for (let j = 0; j < arr.length; j++) {}',
        '}',
        'for (const a of arr) {',
        '  arr.forEach((b) => {',
        '    console.log(a, b);',
        '  });',
        '}',
        'for (const a of arr) {',
        '  for (const b of other) {}',
        '}',
      ].join('\n');
      expect(hits(code, 'javascript', 'performance')).toEqual(['2 performance/nested-loop-same-collection', '5 performance/nested-loop-same-collection']);
    });

    it('given list membership tests, string building and pop(0) inside loops, flags each', () => {
      const code = 'seen = []\nout = ""\nfor x in items:\n    if x not in seen:\n        seen.append(x)\n    out += "," + str(x)\n    queue.pop(0)\nif 1 in seen:\n    pass\n';
      expect(hits(code, 'python', 'performance')).toEqual(['4 performance/list-membership-in-loop', '6 performance/string-concat-in-loop', '7 performance/pop-front-in-loop']);
    });

    it('given a set, membership inside a loop is fine', () => {
      expect(hits('seen = set()\nfor x in items:\n    if x in seen:\n        pass\n', 'python', 'performance')).toEqual([]);
    });

    it('given Java string += in a loop and three nested loops in C++, flags them', () => {
      expect(hits('String s = "";\nfor (int i = 0; i < n; i++) {\n  s += i;\n}\n', 'java', 'performance')).toEqual(['3 performance/string-concat-in-loop']);
      const cpp = 'for (int i = 0; i < n; i++) {\n  for (int j = 0; j < m; j++) {\n    for (int k = 0; k < p; k++) {\n    }\n  }\n}\n';
      expect(hits(cpp, 'cpp', 'performance')).toEqual(['3 performance/deep-nesting']);
    });
  });

  describe('quality', () => {
    it('given a Python function without type hints (the seed example), flags it; annotated functions are fine', () => {
      const code = 'def add(a, b): return a + b\ndef mul(a: int, b: int) -> int:\n    return a * b\n';
      const source = prepareSource(code, 'python');
      const rule = rulesFor('quality', 'python').find((r) => r.id === 'quality/missing-type-hints')!;
      expect(rule.check({ source, loops: [] })).toEqual([
        { line: 1, message: 'Missing type hints on add(): parameters a, b and return value', suggestion: 'Add type hints to add(), e.g. def add(a: int, b: int) -> int:' },
      ]);
    });

    it('given JavaScript with var and ==, flags them; === and == null are fine', () => {
      expect(hits('var a = 1;\nif (a == "1") {}\nif (a === 1 || a == null) {}\n', 'javascript').filter((h) => h.includes('quality/'))).toEqual(['1 quality/var-declaration', '2 quality/loose-equality']);
    });

    it('quality runs every category, security and performance only their own', () => {
      const categories = (type: AnalysisType) => [...new Set(rulesFor(type, 'python').map((r) => r.category))].sort();
      expect(categories('quality')).toEqual(['performance', 'quality', 'security']);
      expect(categories('security')).toEqual(['security']);
      expect(categories('performance')).toEqual(['performance']);
    });
  });

  it('keeps line numbers through multi-line strings and comments', () => {
    const code = 'doc = """\nline with eval( inside\n"""\n/* not python */\nvalue = eval(x)\n';
    expect(hits(code, 'python', 'security')).toEqual(['5 security/eval']);
    expect(hits('/* eval(\n  x) */\nconst y = eval(z);\n', 'javascript', 'security')).toEqual(['3 security/eval']);
  });
});
