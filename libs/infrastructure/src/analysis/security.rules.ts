import { ALL_LANGUAGES, AnalysisRule, JS_LIKE, RuleContext, RuleHit, matchLines } from './analysis-rule';

/** A SQL statement in a string literal (checked on the comment-free text, strings kept). */
const SQL = /\b(?:select\s[\s\S]*?\bfrom\b|insert\s+into\b|update\s+[\w."`\[\]]+\s+set\b|delete\s+from\b|drop\s+table\b|where\s+[\w."`]+\s*(?:=|like|in)\b)/i;

/** Whether a line builds a string from data: concatenation, interpolation or formatting next to a literal. */
function buildsString(line: string, language: string): boolean {
  if (/["'`]\s*\+|\+\s*["'`]/.test(line)) return true;
  if (language === 'python') return /\bf["']|["']\s*%\s*[\w(]|["']\s*\.\s*format\s*\(/.test(line);
  if (language === 'javascript' || language === 'typescript') return /`[^`]*\$\{/.test(line);
  if (language === 'java') return /String\.format\s*\(|\.formatted\s*\(/.test(line);
  return /\b(?:s?n?printf|strcat)\s*\(/.test(line);
}

function sqlInjection({ source }: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  source.withoutComments.forEach((text, index) => {
    const literals = text.match(/(?:\bf|\b[rbu])?(["'`])(?:\\.|(?!\1).)*\1?/gi) ?? [];
    if (!literals.some((literal) => SQL.test(literal))) return;
    if (!buildsString(text, source.language)) return;
    hits.push({ line: index + 1, message: 'SQL query built from data by string concatenation or formatting (SQL injection)' });
  });
  return hits;
}

export const SECURITY_RULES: readonly AnalysisRule[] = [
  {
    id: 'security/eval',
    category: 'security',
    type: 'security',
    severity: 'error',
    languages: ['python'],
    suggestion: 'Do not eval/exec input: parse it (ast.literal_eval for literals, json.loads for data) or dispatch to known functions',
    check: ({ source }) => matchLines(source.codeOnly, /(?<![\w.])(eval|exec)\s*\(/, (m) => `Use of ${m[1]}() runs arbitrary code`),
  },
  {
    id: 'security/eval',
    category: 'security',
    type: 'security',
    severity: 'error',
    languages: JS_LIKE,
    suggestion: 'Do not evaluate strings as code: parse data with JSON.parse and call known functions instead of eval/new Function',
    check: ({ source }) => [
      ...matchLines(source.codeOnly, /(?<![\w.$])eval\s*\(/, () => 'Use of eval() runs arbitrary code'),
      ...matchLines(source.codeOnly, /\bnew\s+Function\s*\(|(?<![\w.$])Function\s*\(\s*["'`]/, () => 'new Function() compiles a string into code, like eval()'),
      ...matchLines(source.withoutComments, /\bset(?:Timeout|Interval)\s*\(\s*["'`]/, () => 'setTimeout/setInterval with a string evaluates it as code'),
    ],
  },
  {
    id: 'security/shell-injection',
    category: 'security',
    type: 'security',
    severity: 'warning',
    languages: ['python'],
    suggestion: 'Run commands with subprocess.run([...]) and an argument list (no shell), never a string built from input',
    check: ({ source }) => {
      const hits: RuleHit[] = [];
      source.codeOnly.forEach((code, index) => {
        const text = source.withoutComments[index];
        const call = /\bos\.(system|popen|exec\w*)\s*\(|\bcommands\.getoutput\s*\(|\bsubprocess\.\w+\s*\(/.exec(code);
        if (!call) return;
        const shell = /shell\s*=\s*True/.test(code);
        if (call[0].startsWith('subprocess') && !shell) return;
        const built = buildsString(text, 'python') || /\(\s*[A-Za-z_]\w*\s*[,)]/.test(code.slice(call.index));
        hits.push({
          line: index + 1,
          message: `${shell ? 'subprocess with shell=True' : call[0].replace(/\s*\($/, '()')} runs a shell command${built ? ' built from data (shell injection)' : ''}`,
          severity: built || shell ? 'error' : 'warning',
        });
      });
      return hits;
    },
  },
  {
    id: 'security/shell-injection',
    category: 'security',
    type: 'security',
    severity: 'warning',
    languages: JS_LIKE,
    suggestion: 'Use child_process.execFile/spawn with an argument array (no shell) instead of exec with a built string',
    check: ({ source }) => {
      const usesChildProcess = source.withoutComments.some((line) => /child_process/.test(line));
      if (!usesChildProcess) return [];
      return source.codeOnly.flatMap((code, index) => {
        if (!/(?<![\w$])(?:exec|execSync)\s*\(|shell\s*:\s*true/.test(code)) return [];
        const built = buildsString(source.withoutComments[index], source.language);
        return [{ line: index + 1, message: `child_process runs a shell command${built ? ' built from data (shell injection)' : ''}`, severity: built ? 'error' : 'warning' } as RuleHit];
      });
    },
  },
  {
    id: 'security/shell-injection',
    category: 'security',
    type: 'security',
    severity: 'warning',
    languages: ['java', 'c', 'cpp'],
    suggestion: 'Avoid the shell: call the program with an argument list (ProcessBuilder with separate arguments, execv) and validate input',
    check: ({ source }) =>
      source.codeOnly.flatMap((code, index) => {
        if (!/Runtime\.getRuntime\(\)\.exec\s*\(|new\s+ProcessBuilder\s*\(|(?<![\w.])(?:system|popen)\s*\(/.test(code)) return [];
        const built = buildsString(source.withoutComments[index], source.language) || /(?:system|popen|exec)\s*\(\s*[A-Za-z_]\w*(?:\.c_str\(\))?\s*[,)]/.test(code);
        return [{ line: index + 1, message: `Runs a shell command${built ? ' built from data (command injection)' : ''}`, severity: built ? 'error' : 'warning' } as RuleHit];
      }),
  },
  {
    id: 'security/sql-injection',
    category: 'security',
    type: 'security',
    severity: 'error',
    languages: ALL_LANGUAGES,
    suggestion: 'Use parameterised queries (placeholders such as ? or %s with the values passed separately), never string building',
    check: sqlInjection,
  },
  {
    id: 'security/unsafe-deserialization',
    category: 'security',
    type: 'security',
    severity: 'error',
    languages: ['python'],
    suggestion: 'Deserialise untrusted data with json, or yaml.safe_load; pickle/marshal/yaml.load can run arbitrary code',
    check: ({ source }) => [
      ...matchLines(source.codeOnly, /\b(c?[Pp]ickle|marshal|shelve|dill)\.(loads?|open|Unpickler)\s*\(/, (m) => `${m[1]}.${m[2]}() can execute arbitrary code from its input`),
      ...matchLines(source.codeOnly, /\byaml\.(?:load|load_all|unsafe_load)\s*\((?![^)]*Loader\s*=\s*(?:yaml\.)?(?:Safe|Base)Loader)/, () => 'yaml.load() without SafeLoader can construct arbitrary objects'),
    ],
  },
  {
    id: 'security/unsafe-deserialization',
    category: 'security',
    type: 'security',
    severity: 'warning',
    languages: ['java'],
    suggestion: 'Do not deserialise untrusted data with ObjectInputStream; use a data format (JSON) with explicit types',
    check: ({ source }) => matchLines(source.codeOnly, /\bnew\s+ObjectInputStream\s*\(|\.readObject\s*\(\s*\)/, () => 'Java deserialisation of untrusted data can execute code'),
  },
  {
    id: 'security/hardcoded-secret',
    category: 'security',
    type: 'security',
    severity: 'warning',
    languages: ALL_LANGUAGES,
    suggestion: 'Read secrets from the environment or a secret store, never from the source code',
    check: ({ source }) => [
      ...matchLines(
        source.withoutComments,
        /(?<![\w$])([\w$]{0,64}?(?:password|passwd|pwd|secret|api_?key|apikey|access_?key|auth_?token|private_?key|token)[\w$]{0,64})["']?\s*(?::|=|:=)\s*(?:\w+\s*\()?\s*(["'])([^"'\s]{4,})\2/i,
        (m) => (/^(?:x+|\*+|your[_-]?\w*|changeme|<[^>]*>|\$\{.*\}|%s)$/i.test(m[3]) ? null : `Hard-coded secret in ${m[1]}`),
      ),
      ...matchLines(source.withoutComments, /\bAKIA[0-9A-Z]{16}\b|-----BEGIN [A-Z ]*PRIVATE KEY-----|\bgh[pousr]_[A-Za-z0-9]{30,}\b|\bsk-[A-Za-z0-9]{20,}\b/, () => 'A credential (access key, token or private key) is written in the code'),
    ].map((hit) => (hit.message.startsWith('A credential') ? { ...hit, severity: 'error' as const } : hit)),
  },
  {
    id: 'security/dangerous-c-function',
    category: 'security',
    type: 'security',
    severity: 'warning',
    languages: ['c', 'cpp'],
    suggestion: 'Use bounded functions: fgets instead of gets, snprintf/strncpy (or std::string) instead of sprintf/strcpy/strcat, and a width in scanf("%Ns")',
    check: ({ source }) => [
      ...matchLines(source.codeOnly, /(?<![\w.])gets\s*\(/, () => 'gets() cannot limit its input: guaranteed buffer overflow on long lines').map((h) => ({ ...h, severity: 'error' as const })),
      ...matchLines(source.codeOnly, /(?<![\w.])(strcpy|strcat|sprintf|vsprintf)\s*\(/, (m) => `${m[1]}() does not check the destination size (buffer overflow)`),
      ...matchLines(source.withoutComments, /\bscanf\s*\(\s*"[^"]*%s/, () => 'scanf("%s") without a width can overflow the buffer'),
      ...matchLines(source.codeOnly, /\bprintf\s*\(\s*[A-Za-z_]\w*\s*\)/, () => 'printf with a non-literal format string (format string vulnerability)'),
    ],
  },
  {
    id: 'security/xss',
    category: 'security',
    type: 'security',
    severity: 'warning',
    languages: JS_LIKE,
    suggestion: 'Set textContent, or escape/sanitise before inserting HTML',
    check: ({ source }) =>
      matchLines(source.codeOnly, /\.(?:innerHTML|outerHTML)\s*\+?=(?!=)|\bdocument\.write(?:ln)?\s*\(|dangerouslySetInnerHTML/, () => 'HTML built from data is inserted into the page (cross-site scripting)'),
  },
  {
    id: 'security/weak-crypto',
    category: 'security',
    type: 'security',
    severity: 'info',
    languages: ALL_LANGUAGES,
    suggestion: 'Use SHA-256 or better for integrity, and a password hash (bcrypt, scrypt, argon2) for passwords',
    check: ({ source }) =>
      matchLines(
        source.withoutComments,
        /\bhashlib\.(md5|sha1)\s*\(|createHash\s*\(\s*["'](md5|sha1)["']|MessageDigest\.getInstance\s*\(\s*"(MD5|SHA-?1)"/i,
        (m) => `${(m[1] ?? m[2] ?? m[3]).toUpperCase()} is a broken hash for security purposes`,
      ),
  },
  {
    id: 'security/tls-verification-disabled',
    category: 'security',
    type: 'security',
    severity: 'warning',
    languages: ['python', 'javascript', 'typescript'],
    suggestion: 'Keep TLS certificate verification on',
    check: ({ source }) =>
      matchLines(source.codeOnly, /\bverify\s*=\s*False\b|rejectUnauthorized\s*:\s*false|NODE_TLS_REJECT_UNAUTHORIZED/, () => 'TLS certificate verification is turned off'),
  },
];
