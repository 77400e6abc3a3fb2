import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { eventHash, GENESIS_HASH } from '@candor/contracts';
import { CommandMetadata, DomainEvent } from '@candor/domain';
import { decideInterview, evolveInterview, initialInterviewState, InterviewCommand, EMPTY_DETAILS } from '@candor/domain/interview';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';

const LANGS = ['python', 'javascript', 'java'];

/**
 * A realistic interview history, decided by the real Interview decider (so every event is one the domain
 * would write): created, started, questions and messages, code updates and executions, completed.
 */
export function interviewHistory(index: number, ownerId: string, size: 'small' | 'full'): { streamId: string; events: DomainEvent[] } {
  const interviewId = randomUUID();
  const start = Date.UTC(2026, 0, 1) + index * 60_000;
  let t = start;
  const meta = (): CommandMetadata => ({ now: new Date((t += 1000)).toISOString(), userId: ownerId });
  const code = String(index).padStart(6, '0').slice(-6).replace(/\d/g, (d) => 'ABCDEFGHJK'[Number(d)]);
  const commands: InterviewCommand[] = [
    {
      type: 'CreateInterview',
      metadata: meta(),
      data: {
        interviewId,
        ownerId,
        details: {
          ...EMPTY_DETAILS,
          title: `Interview ${index}`,
          candidateName: `Candidate ${index}`,
          candidateEmail: `candidate${index}@example.com`,
          position: index % 3 === 0 ? 'Backend Engineer' : index % 3 === 1 ? 'Data Scientist' : 'Frontend Engineer',
          interviewType: 'technical',
          difficulty: ['easy', 'medium', 'hard'][index % 3],
          technologies: ['python', 'sql'],
          durationMinutes: 60,
        },
        scheduledAt: index % 4 === 0 ? null : new Date(start + 86_400_000).toISOString(),
        sessionCode: code,
        roomName: `interview-${interviewId.replace(/-/g, '').slice(0, 12)}`,
        inviteToken: randomUUID().replace(/-/g, ''),
        interviewLink: null,
      },
    },
  ];
  const status = index % 5; // 0,1: stays pending/scheduled; 2: in progress; 3,4: completed
  if (status >= 2) commands.push({ type: 'StartInterview', metadata: meta(), data: {} });
  if (status >= 2 && size === 'full') {
    for (let q = 0; q < 4; q += 1) {
      commands.push({ type: 'AskQuestion', metadata: meta(), data: { questionId: randomUUID(), text: `Question ${q}: explain how you would design a rate limiter`, category: 'technical', difficulty: 'medium' } });
      commands.push({ type: 'RecordMessage', metadata: meta(), data: { messageId: randomUUID(), speaker: 'candidate', text: `My answer to question ${q} uses a token bucket per user with Redis and a sliding window.` } });
      commands.push({ type: 'RecordMessage', metadata: meta(), data: { messageId: randomUUID(), speaker: 'ai', text: 'Thanks. What happens when Redis is unavailable?' } });
    }
    const language = LANGS[index % LANGS.length];
    for (let c = 0; c < 3; c += 1) {
      commands.push({ type: 'UpdateCode', metadata: meta(), data: { code: `def solve(n):\n    return n * ${c}\n`, language } });
    }
    commands.push({
      type: 'ExecuteCode',
      metadata: meta(),
      data: {
        executionId: randomUUID(),
        code: 'print(42)',
        language,
        input: '',
        result: { stdout: '42\n', stderr: '', output: '42\n', exitCode: 0, durationMs: 31, memoryKb: 9000, status: 'ok', limitsHit: [], testResults: [] },
      },
    });
  }
  if (status >= 3) commands.push({ type: 'CompleteInterview', metadata: meta(), data: {} });

  let state = initialInterviewState();
  const events: DomainEvent[] = [];
  for (const command of commands) {
    const decided = decideInterview(command, state);
    decided.forEach((e) => (state = evolveInterview(state, e)));
    events.push(...decided);
  }
  return { streamId: `interview-${interviewId}`, events };
}

/**
 * Writes generated histories straight into an event-store file in the adapter's own table (one big
 * transaction: the benches need millions of events quickly; appends through the port are measured elsewhere).
 */
export async function writeHistories(file: string, histories: Iterable<{ streamId: string; events: DomainEvent[] }>): Promise<number> {
  await new SqliteEventStore(file).close(); // creates the schema the adapter uses
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const insert = db.prepare(
    'INSERT INTO events (id, stream_id, revision, type, data, metadata, recorded_at, hash, previous_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  let count = 0;
  const now = new Date().toISOString();
  db.transaction(() => {
    for (const { streamId, events } of histories) {
      let previousHash = GENESIS_HASH;
      events.forEach((event, i) => {
        const metadata = { correlationId: randomUUID(), causationId: null, userId: null, timestamp: now, schemaVersion: 1 };
        const data = JSON.stringify(event.data);
        // chained as the adapter chains them, so the log is one the audit checkpoints can pass
        const hash = eventHash({ type: event.type, data: JSON.parse(data), metadata, streamId, revision: i + 1, previousHash });
        insert.run(randomUUID(), streamId, i + 1, event.type, data, JSON.stringify(metadata), now, hash, previousHash);
        previousHash = hash;
        count += 1;
      });
    }
  })();
  db.close();
  return count;
}
