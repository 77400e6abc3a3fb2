/**
 * The public base URL interview links point at (S3 `interview_link`: `<base>/interview/<id>`).
 * The composition root binds it from PUBLIC_URL; unbound, interviews are created without a link.
 */
export const INTERVIEW_LINK_BASE_URL = Symbol('INTERVIEW_LINK_BASE_URL');

export function interviewLink(baseUrl: string | null | undefined, interviewId: string): string | null {
  return baseUrl ? `${baseUrl.replace(/\/$/, '')}/interview/${interviewId}` : null;
}
