import { BatchErrors, BatchItem } from '@candor/domain';

/** CSV fields (RFC 4180: quotes, doubled quotes, CRLF or LF); an empty line is skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f.trim() !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f.trim() !== '')) rows.push(row);
  return rows;
}

const COLUMNS: Record<string, string> = {
  email: 'email',
  candidate_email: 'email',
  name: 'name',
  full_name: 'name',
  candidate_name: 'name',
  scheduled_at: 'scheduled_at',
  message: 'message',
};

/**
 * A batch invitation CSV: a header naming `email` (or `candidate_email`) and optionally `name`,
 * `scheduled_at`, `message`; one invitation per row. A row's own problems (a bad email) fail that item only.
 */
export function invitationItems(text: string): BatchItem[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw BatchErrors.invalid('file', 'the CSV is empty');
  const columns = header.map((h) => COLUMNS[h.trim().toLowerCase()] ?? null);
  if (!columns.includes('email')) throw BatchErrors.invalid('file', 'the CSV header must name an `email` column (also: name, scheduled_at, message)');
  if (rows.length === 0) throw BatchErrors.invalid('file', 'the CSV has a header but no rows');
  return rows.map((cells, index) => {
    const input: Record<string, string> = {};
    columns.forEach((column, i) => {
      const value = cells[i]?.trim();
      if (column && value) input[column] = value;
    });
    return { index, label: input.email ?? `row ${index + 2}`, input };
  });
}
