import { randomBytes, randomUUID } from 'node:crypto';
import { eventHash, NewEvent, RecordedEvent } from '@candor/contracts';
import { AppendResult, EventStore } from '../ports/event-store.port';
import { PersonKey, PersonKeyStore } from '../ports/person-key-store.port';
import { PersonalDataEventStore } from './personal-data-event-store';
import { personIdFromEmail } from './personal-fields';

/** An in-memory stand-in for an adapter: keeps what it is given, as the real ones do. */
class KeepingStore implements Pick<EventStore, 'append' | 'readStream'> {
  readonly stored: RecordedEvent[] = [];
  async append(streamId: string, events: readonly NewEvent[]): Promise<AppendResult> {
    for (const e of events) {
      const revision = this.stored.filter((s) => s.streamId === streamId).length + 1;
      const copy = JSON.parse(JSON.stringify(e)) as NewEvent;
      const hash = eventHash({ type: e.type, data: copy.data, metadata: copy.metadata, streamId, revision, previousHash: '0'.repeat(64) });
      this.stored.push({ ...copy, streamId, revision, position: String(this.stored.length + 1).padStart(4, '0'), recordedAt: 'now', hash });
    }
    return { nextVersion: this.stored.length, position: String(this.stored.length).padStart(4, '0') };
  }
  async readStream(streamId: string): Promise<RecordedEvent[]> {
    return this.stored.filter((e) => e.streamId === streamId);
  }
}

class MemoryKeys implements PersonKeyStore {
  readonly keys = new Map<string, { person: string; key: Buffer }>();
  readonly subjects = new Map<string, string>();
  readonly copies = new Set<string>();
  async currentKey(personId: string): Promise<PersonKey> {
    const found = [...this.keys].find(([, v]) => v.person === personId);
    if (found) return { keyId: found[0], key: found[1].key };
    const created = { keyId: randomUUID(), key: randomBytes(32) };
    this.keys.set(created.keyId, { person: personId, key: created.key });
    return created;
  }
  async keyById(keyId: string) {
    return this.keys.get(keyId)?.key ?? null;
  }
  async destroyPerson(personId: string) {
    const ids = [...this.keys].filter(([, v]) => v.person === personId).map(([id]) => id);
    ids.forEach((id) => this.keys.delete(id));
    return ids.length;
  }
  async assignSubject(streamId: string, personId: string) {
    this.subjects.set(streamId, personId);
  }
  async subjectOf(streamId: string) {
    return this.subjects.get(streamId) ?? null;
  }
  async recordCopy(streamId: string, personId: string) {
    this.copies.add(`${personId} ${streamId}`);
  }
  async streamsOf(personId: string) {
    const copies = [...this.copies].filter((c) => c.startsWith(`${personId} `)).map((c) => c.slice(personId.length + 1));
    return [...new Set([...[...this.subjects].filter(([, p]) => p === personId).map(([s]) => s), ...copies])];
  }
  async close() {}
}

const event = (type: string, data: Record<string, unknown>): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: { correlationId: 'c', causationId: null, userId: null, timestamp: '2026-01-01T00:00:00.000Z', schemaVersion: 1 },
});

describe('PersonalDataEventStore (the crypto layer)', () => {
  const interview = `interview-${randomUUID()}`;
  const recording = interview.replace('interview-', 'recording-');
  const created = event('InterviewCreated', { interviewId: 'i', details: { title: 'Backend', candidateName: 'Ada', candidateEmail: 'Ada@Example.com' } });
  const message = event('MessageRecorded', { interviewId: 'i', speaker: 'candidate', text: 'I am Ada' });
  const upload = event('RecordingUploaded', { interviewId: 'i', fileName: 'ada.wav', storageKey: 'recordings/ada.wav', sizeBytes: 3 });

  it('given personal fields, stores them sealed (and hashed so), reads them back open; other fields and events pass as they are', async () => {
    const inner = new KeepingStore();
    const keys = new MemoryKeys();
    const store = new PersonalDataEventStore(inner as unknown as EventStore, keys);

    await store.append(interview, [created, message, event('InterviewStarted', { interviewId: 'i' })], 'no_stream');
    await store.append(recording, [upload], 'no_stream');

    const raw = JSON.stringify(inner.stored);
    for (const secret of ['Ada', 'ada.wav', 'I am']) expect(raw).not.toContain(secret);
    expect(inner.stored[0].data).toMatchObject({ details: { title: 'Backend', candidateName: expect.stringMatching(/^enc:v1:/) } });
    expect((await store.readStream(interview)).map((e) => e.data)).toEqual([created.data, message.data, { interviewId: 'i' }]);
    expect((await store.readStream(recording))[0].data).toEqual(upload.data);
    expect((await store.readStream(interview, { asStored: true }))[0].data).toEqual(inner.stored[0].data);
    const person = personIdFromEmail('ada@example.com');
    expect(await keys.streamsOf(person)).toEqual([interview, recording]);
  });

  it('once the person is erased their fields read [erased] while the stored events and hashes are unchanged', async () => {
    const inner = new KeepingStore();
    const keys = new MemoryKeys();
    const store = new PersonalDataEventStore(inner as unknown as EventStore, keys);
    await store.append(interview, [created, message], 'no_stream');
    const before = JSON.stringify(inner.stored);

    await keys.destroyPerson(personIdFromEmail('ada@example.com'));

    const [c, m] = await store.readStream(interview);
    expect(c.data).toEqual({ interviewId: 'i', details: { title: 'Backend', candidateName: '[erased]', candidateEmail: '[erased]' } });
    expect(m.data.text).toBe('[erased]');
    expect(JSON.stringify(inner.stored)).toBe(before);
  });

  it("a candidate's withdrawal reason is sealed at rest and erased with them", async () => {
    const inner = new KeepingStore();
    const keys = new MemoryKeys();
    const store = new PersonalDataEventStore(inner as unknown as EventStore, keys);
    const withdrew = event('CandidateWithdrew', { interviewId: 'i', withdrawnBy: 'u', reason: 'I am moving to Lisbon', withdrawnAt: 'now' });
    await store.append(interview, [created, withdrew], 'no_stream');
    expect(JSON.stringify(inner.stored)).not.toContain('Lisbon');
    expect((await store.readStream(interview))[1].data).toEqual(withdrew.data);

    await keys.destroyPerson(personIdFromEmail('ada@example.com'));
    expect((await store.readStream(interview))[1].data).toEqual({ ...withdrew.data, reason: '[erased]' });
  });

  it("a webhook's deliveries hold each announced person's copy under that person's key: erasing one leaves the others'", async () => {
    const inner = new KeepingStore();
    const keys = new MemoryKeys();
    const store = new PersonalDataEventStore(inner as unknown as EventStore, keys);
    const interviewId = randomUUID();
    const candidateId = randomUUID();
    await store.append(`interview-${interviewId}`, [created], 'no_stream');
    await store.append(`candidate-${candidateId}`, [event('CandidateCreated', { candidateId, profile: { fullName: 'Alan T', email: 'alan@example.com' } })], 'no_stream');
    const hook = `webhook-${randomUUID()}`;
    const delivery = (payload: Record<string, unknown>) => event('WebhookDeliveryQueued', { webhookId: 'w', deliveryId: randomUUID(), eventType: 'x', sourceKey: 'k', payload, replayOf: null, queuedAt: 't' });
    const started = delivery({ interview_id: interviewId, title: 'Backend', candidate_name: 'Ada', started_at: 't1' });
    const alan = delivery({ candidate_id: candidateId, full_name: 'Alan T', email: 'alan@example.com', technical_skills: ['Go'] });
    // A candidate whose stream names no one (stored before erasure existed) is still known by the email it carries.
    const grace = delivery({ candidate_id: randomUUID(), full_name: 'Grace H', email: 'grace@example.com' });
    await store.append(hook, [started, alan, grace], 'no_stream');

    const raw = JSON.stringify(inner.stored.filter((e) => e.streamId === hook));
    for (const clear of ['Ada', 'Alan T', 'alan@example.com', 'Grace H']) expect(raw).not.toContain(clear);
    expect(raw).toContain('Backend');
    expect((await store.readStream(hook)).map((e) => e.data)).toEqual([started.data, alan.data, grace.data]);
    // The webhook's stream is nobody's, but it is among the streams of each person it holds a copy of.
    expect(await keys.subjectOf(hook)).toBeNull();
    expect(await keys.streamsOf(personIdFromEmail('ada@example.com'))).toEqual([`interview-${interviewId}`, hook]);
    expect(await keys.streamsOf(personIdFromEmail('grace@example.com'))).toEqual([hook]);

    await keys.destroyPerson(personIdFromEmail('ada@example.com'));

    const [s, a, g] = (await store.readStream(hook)).map((e) => e.data);
    expect(s).toEqual({ ...started.data, payload: { interview_id: interviewId, title: 'Backend', candidate_name: '[erased]', started_at: 't1' } });
    expect(a).toEqual(alan.data);
    expect(g).toEqual(grace.data);
  });

  it("a template's invitation is sealed with the invited interview's person's key, the template's stream holds a copy", async () => {
    const inner = new KeepingStore();
    const keys = new MemoryKeys();
    const store = new PersonalDataEventStore(inner as unknown as EventStore, keys);
    const interviewId = randomUUID();
    await store.append(`interview-${interviewId}`, [created], 'no_stream');
    const invited = event('InterviewInvitationSent', { templateId: 't', interviewId, candidateEmail: 'ada@example.com', candidateName: 'Ada', message: 'Hi Ada', sentAt: 'now' });
    const template = `template-${randomUUID()}`;
    await store.append(template, [invited], 'no_stream');
    expect(JSON.stringify(inner.stored.filter((e) => e.streamId === template))).not.toMatch(/Ada|ada@/);
    expect(await keys.streamsOf(personIdFromEmail('ada@example.com'))).toContain(template);

    await keys.destroyPerson(personIdFromEmail('ada@example.com'));
    expect((await store.readStream(template))[0].data).toEqual({ ...invited.data, candidateEmail: '[erased]', candidateName: '[erased]', message: '[erased]' });
  });
});
