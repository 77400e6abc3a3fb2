/**
 * The public base URL interview links point at (S3 `interview_link`: `<base>/interview/<id>`).
 * The composition root binds it from PUBLIC_URL; unbound, interviews are created without a link.
 */
export const INTERVIEW_LINK_BASE_URL = Symbol('INTERVIEW_LINK_BASE_URL');

/**
 * What an invited candidate follows without an account: the interview link carrying its invite token, and
 * the S3 interview socket that token opens (`/ws/interview/{id}/?token=`).
 */
export function invitationUrls(link: string | null, interviewId: string, inviteToken: string): { joinUrl: string | null; websocketUrl: string | null } {
  if (!link) return { joinUrl: null, websocketUrl: null };
  const base = link.slice(0, link.length - `/interview/${interviewId}`.length);
  const token = encodeURIComponent(inviteToken);
  return { joinUrl: `${link}?token=${token}`, websocketUrl: `${base.replace(/^http/, 'ws')}/ws/interview/${interviewId}/?token=${token}` };
}

export function interviewLink(baseUrl: string | null | undefined, interviewId: string): string | null {
  return baseUrl ? `${baseUrl.replace(/\/$/, '')}/interview/${interviewId}` : null;
}
