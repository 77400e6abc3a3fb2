import { CandorClient, createCandorClient } from '../../clients/typescript';

/** The generated typed client (clients/typescript) pointed at a test app, as a caller with this token. */
export function typedClient(url: string, token?: string): CandorClient {
  return createCandorClient(url, { token });
}

interface Answer {
  response: Response;
}

/** Awaits a typed call and checks its status, saying what came back when it is not the one expected. */
export async function expectStatus<T extends Answer>(call: Promise<T>, status: number): Promise<T> {
  const answer = await call;
  if (answer.response.status !== status) {
    const { data, error } = answer as unknown as { data?: unknown; error?: unknown };
    throw new Error(`expected ${status}, got ${answer.response.status} from ${answer.response.url}: ${JSON.stringify(data ?? error)}`);
  }
  return answer;
}
