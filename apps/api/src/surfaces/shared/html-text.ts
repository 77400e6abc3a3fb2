/** Text put into the small HTML pages some links open (the interview link, the password-reset link). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** A JSON string literal that cannot close the script element it sits in. */
export function scriptString(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\u003c');
}
