/** Small HTTP helpers the benches share: register a recruiter, log in, create interviews. */
export async function call<T = Record<string, unknown>>(url: string, method: string, body?: unknown, token?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as T };
}

export async function recruiterToken(base: string, email: string): Promise<string> {
  const password = 'Bench-password-123';
  await call(`${base}/api/auth/register`, 'POST', { email, password, full_name: 'Bench Recruiter', role: 'recruiter' });
  const login = await call<{ access_token: string }>(`${base}/api/auth/login`, 'POST', { email, password });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return login.body.access_token;
}

export async function createInterviews(base: string, token: string, count: number, concurrency = 16): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const n = next++;
      const res = await call<{ id: string }>(`${base}/api/v1/interviews/`, 'POST', {
        title: `Bench interview ${n}`,
        candidate_name: `Candidate ${n}`,
        candidate_email: `candidate${n}@example.com`,
        position: n % 2 ? 'Backend Engineer' : 'Data Scientist',
      }, token);
      if (res.status !== 200 && res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
      ids.push(res.body.id);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return ids;
}
