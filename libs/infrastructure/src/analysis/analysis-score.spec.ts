import { CodeFinding, FindingSeverity } from '@candor/application/ports/code-analyzer.port';
import { confidenceOf, scoreOf, suggestionsOf, summaryOf } from './analysis-score';

const f = (severity: FindingSeverity, code: string, line = 1, suggestion?: string): CodeFinding & { suggestion?: string } => ({
  type: 'x',
  message: `${code} at ${line}`,
  line,
  column: null,
  severity,
  source: 'tool',
  code,
  suggestion,
});

describe('analysis score', () => {
  it('is 10 without findings, and drops by 2.5 per error, 1 per warning, 0.25 per info', () => {
    expect(scoreOf([])).toBe(10);
    expect(scoreOf([f('error', 'A')])).toBe(7.5);
    expect(scoreOf([f('error', 'A'), f('warning', 'B'), f('info', 'C')])).toBe(6.3); // 10 - 3.75 = 6.25 → 6.3
  });

  it('damps repeats of one code harmonically (1, 1/2, 1/3, ...) but adds distinct problems in full', () => {
    expect(scoreOf([f('warning', 'A'), f('warning', 'A'), f('warning', 'A')])).toBe(8.2); // 10 - (1 + 0.5 + 0.333)
    expect(scoreOf([f('warning', 'A'), f('warning', 'B'), f('warning', 'C')])).toBe(7);
  });

  it('never goes below 0', () => {
    expect(scoreOf(['A', 'B', 'C', 'D', 'E'].map((code) => f('error', code)))).toBe(0);
  });

  it('confidence: 0.95 when every planned tool ran, 0.6 when none did, 0.8 for rules only', () => {
    expect(confidenceOf(2, 2)).toBe(0.95);
    expect(confidenceOf(2, 1)).toBe(0.78);
    expect(confidenceOf(2, 0)).toBe(0.6);
    expect(confidenceOf(0, 0)).toBe(0.8);
  });

  it('suggestions: one per distinct advice, naming its lines, most severe first', () => {
    const findings = [f('info', 'S', 4, 'Style'), f('error', 'E', 9, 'Fix E'), f('info', 'S', 2, 'Style'), f('warning', 'W', 1)];
    expect(suggestionsOf(findings)).toEqual(['Fix E (line 9)', 'Style (lines 2, 4)']);
  });

  it('summary names the verdict, the counts, the main points and the tools', () => {
    const summary = summaryOf({ analysisType: 'quality', score: 6.3, findings: [f('error', 'A', 3), f('info', 'C', 1)], tools: ['pyflakes 2.5.0'], problems: [] });
    expect(summary).toBe('Needs work: score 6.3/10 (quality), 1 error, 1 minor note. Main points: A at 3 (line 3); C at 1 (line 1). Checked with pyflakes 2.5.0.');
    expect(summaryOf({ analysisType: 'security', score: 10, findings: [], tools: [], problems: ['tsc: unavailable'] })).toBe(
      'Code looks good: no security issues found (score 10/10). Not checked: tsc: unavailable.',
    );
  });
});
