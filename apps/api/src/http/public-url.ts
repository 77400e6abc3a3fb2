/**
 * Links the API hands out are built from PUBLIC_URL, never from the request's Host or X-Forwarded-Host
 * headers (anyone can send those, and a link pointing at their host would leak whatever it carries).
 * createApp stamps every request with the configured base.
 */
export interface WithPublicUrl {
  publicUrl?: string;
}

export function publicUrlOf(request: unknown): string {
  const base = (request as WithPublicUrl).publicUrl;
  if (!base) throw new Error('publicUrl missing on the request: createApp sets it on every request');
  return base;
}
