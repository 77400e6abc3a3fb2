import { RecordingServer } from './recording-server';

/** The address of a local port that was listened on and closed again: a request to it is refused (ECONNREFUSED). */
export async function refusedUrl(path = ''): Promise<string> {
  const closed = new RecordingServer(() => undefined);
  await closed.start(path);
  await closed.stop();
  return closed.url;
}
