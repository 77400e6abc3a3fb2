import { invitationItems, parseCsv } from './invitation-csv';

describe('invitation CSV', () => {
  it('reads quoted fields, doubled quotes, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,"b, c","say ""hi"""\r\n\r\nd,e,f\n')).toEqual([['a', 'b, c', 'say "hi"'], ['d', 'e', 'f']]);
  });

  it('maps the header to invitation fields, one item per row', () => {
    expect(invitationItems('Candidate_Email,Name,Message\nada@example.com,Ada,"Hello, Ada"\nbob@example.com,,\n')).toEqual([
      { index: 0, label: 'ada@example.com', input: { email: 'ada@example.com', name: 'Ada', message: 'Hello, Ada' } },
      { index: 1, label: 'bob@example.com', input: { email: 'bob@example.com' } },
    ]);
  });

  it('refuses a CSV without an email column or without rows', () => {
    expect(() => invitationItems('name\nAda\n')).toThrow(expect.objectContaining({ code: 'BATCH.INVALID' }));
    expect(() => invitationItems('email\n')).toThrow(expect.objectContaining({ code: 'BATCH.INVALID' }));
    expect(() => invitationItems('')).toThrow(expect.objectContaining({ code: 'BATCH.INVALID' }));
  });
});
