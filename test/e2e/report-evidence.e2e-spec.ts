import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { CommandBus } from '@nestjs/cqrs';
import { AskQuestionCommand, RecordMessageCommand } from '@candor/application';
import { CODING_PROBLEM_BY_ID } from '@candor/application/coding-bank/coding-problem-bank';
import { requireSystemPackages } from '@candor/testing/system-packages';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';
import { newS3Candidate, newS3Job } from '../support/s3-subjects';

type Json = Record<string, any>;

/** A page rendered by pdftoppm as a binary PPM (P6): width, height and RGB bytes. */
function parsePpm(file: Buffer): { width: number; height: number; rgb: Buffer } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(file.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PPM');
  return { width: Number(header[1]), height: Number(header[2]), rgb: file.subarray(header[0].length) };
}

/**
 * Issue #11 point 4: the S3 report, the S4 report and the PDF show the evidence of every number (quotes with their
 * time, code runs with their tests); the PDF names the candidate (an S3 interview links the parsed candidate by id
 * only), the job and the interviewers, opens with a chart of the dimension scores and tabulates each submission's tests.
 */
describe('Reports show the evidence of every score', () => {
  requireSystemPackages('poppler-utils');
  let t: TestApp;
  let owner: Actor;
  let id: string;
  let problemId: string;
  const ANSWER = 'A dict is a hash table: the key is hashed to a slot, so a lookup takes constant time on average, because collisions are rare.';

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUp(t.url, 'evidence-owner@example.com');
    const job = await newS3Job(t.url, owner, 'Backend Engineer', ['Python']);
    const candidate = await newS3Candidate(t.url, owner, 'Priya Raman', 'priya@example.com');
    id = (await request(t.url).post('/api/interviews/').set(owner.auth).send({ job, candidate, interview_type: 'technical', difficulty: 'easy' }).expect(201)).body._id;
    await request(t.url).post(`/api/v1/interviews/${id}/start`).set(owner.auth).expect(200);
    const commands = t.app.get(CommandBus);
    await commands.execute(new AskQuestionCommand(id, null, 'How does a Python dict work?', 'technical', 'easy'));
    await commands.execute(new RecordMessageCommand(id, null, 'candidate', ANSWER));
    problemId = (await request(t.url).get(`/api/v1/interviews/${id}/coding-problem`).set(owner.auth).expect(200)).body.id;
    const code = CODING_PROBLEM_BY_ID.get(problemId)!.reference.python;
    await request(t.url).post(`/api/v1/interviews/${id}/submit-code`).set(owner.auth).send({ code, language: 'python' }).expect(200);
    await request(t.url).post(`/api/v1/interviews/${id}/complete`).set(owner.auth).expect(200);
  }, 120_000);
  afterAll(async () => t.close(), 120_000);

  const total = () => CODING_PROBLEM_BY_ID.get(problemId)!.examples.length + CODING_PROBLEM_BY_ID.get(problemId)!.hidden.length + 1;

  function expectEvidence(evidence: Json): void {
    const dimension = (name: string) => (evidence.dimensions as Json[]).find((d) => d.dimension === name)!;
    // The technical score quotes the answer it rests on, with its time.
    expect(dimension('technical')).toMatchObject({ label: 'Technical', max_score: 10, reasoning: expect.any(String) });
    expect(dimension('technical').evidence).toContainEqual(
      expect.objectContaining({ kind: 'message', speaker: 'candidate', quote: ANSWER, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), offset_seconds: expect.any(Number) }),
    );
    // Problem solving cites the submission with its tests.
    expect(dimension('problem_solving').evidence).toContainEqual(
      expect.objectContaining({ kind: 'code_run', submitted: true, language: 'python', tests_passed: total(), tests_total: total(), quote: expect.stringContaining(`${total()} of ${total()} tests passed`) }),
    );
    const question = (evidence.questions as Json[]).find((q) => q.question === 'How does a Python dict work?')!;
    expect(question.evidence.map((e: Json) => e.quote)).toEqual([ANSWER]);
    expect(evidence.strengths).toContainEqual({ text: 'Working code that passes its tests', evidence: [expect.objectContaining({ kind: 'code_run', tests_passed: total() })] });
    // Each submission's results per test: verdict, visibility, time and memory.
    expect(evidence.code_runs).toHaveLength(1);
    expect(evidence.code_runs[0]).toMatchObject({ submitted: true, tests_passed: total(), tests_total: total() });
    expect(evidence.code_runs[0].tests).toContainEqual(expect.objectContaining({ name: 'large input', hidden: true, passed: true, time_ms: expect.any(Number) }));
    for (const test of evidence.code_runs[0].tests as Json[]) expect(Object.keys(test).sort()).toEqual(['hidden', 'memory_kb', 'name', 'passed', 'time_ms']);
    expect(evidence.unresolved_ids).toEqual([]);
  }

  it('S3: the report names the linked candidate, the job and the interviewers, and carries the evidence', async () => {
    const report = (await request(t.url).get(`/api/reports/${id}/`).set(owner.auth).expect(200)).body as Json;
    expect(report).toMatchObject({ candidate_name: 'Priya Raman', job_title: 'Backend Engineer', interviewers: ['evidence-owner'] });
    expect(report.executive_summary).toContain('Priya Raman (Backend Engineer)');
    expectEvidence(report.evidence);
  });

  it('S4: the interviewer report carries the same evidence', async () => {
    const s3 = (await request(t.url).get(`/api/reports/${id}/`).set(owner.auth).expect(200)).body as Json;
    const s4 = (await request(t.url).get(`/interviewer/analytics/reports/${id}`).set(owner.auth).expect(200)).body.data as Json;
    expectEvidence(s4.evidence);
    expect(s4.evidence).toEqual(s3.evidence);
  });

  it('the PDF opens with a coloured chart, names candidate, job and interviewers, and tabulates the per-test results', async () => {
    const res = await request(t.url)
      .get(`/api/reports/${id}/export/`)
      .set(owner.auth)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
    try {
      const pdf = join(dir, 'report.pdf');
      writeFileSync(pdf, res.body as Buffer);

      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('Candidate: Priya Raman');
      expect(text).toContain('Job: Backend Engineer');
      expect(text).toContain('Interviewers: evidence-owner');
      expect(text).toMatch(/large input\s+hidden\s+passed\s+\d+/);
      expect(text).toContain(`"${ANSWER.slice(0, 40)}`);

      // Page 1 as an image (40 dpi): not blank, and the chart's bars are in colour, one band per dimension.
      execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
      const { width, height, rgb } = parsePpm(readFileSync(join(dir, 'page-1.ppm')));
      let inked = 0;
      const colouredRows: boolean[] = [];
      for (let y = 0; y < height; y += 1) {
        let coloured = 0;
        for (let x = 0; x < width; x += 1) {
          const [r, g, b] = rgb.subarray((y * width + x) * 3, (y * width + x) * 3 + 3);
          if (Math.min(r, g, b) < 200) inked += 1;
          if (Math.max(r, g, b) - Math.min(r, g, b) > 80) coloured += 1;
        }
        colouredRows.push(coloured >= width * 0.02);
      }
      expect(inked / (width * height)).toBeGreaterThan(0.03);
      const bands = colouredRows.filter((row, i) => row && !colouredRows[i - 1]).length;
      const dimensions = ((await request(t.url).get(`/api/reports/${id}/`).set(owner.auth).expect(200)).body.evidence.dimensions as Json[]).length;
      expect(bands).toBeGreaterThanOrEqual(dimensions);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
