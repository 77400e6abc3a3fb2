/**
 * Which documented surface a request belongs to (CONTRACTS.md): it decides the error body,
 * the validation status, the success wrapper and the rate limits.
 */
export type Surface = 'S0' | 'S3' | 'V1' | 'S4' | 'OPS';

const S3_PREFIXES = ['/api/jobs', '/api/candidates', '/api/interviews', '/api/reports', '/api/shared-reports', '/api/questions', '/api/webhooks'];
const S4_PREFIXES = ['/auth', '/candidates', '/interviewer', '/admin', '/billing', '/ws/interview', '/ws/batch', '/ws/user'];

export function surfaceOf(url: string): Surface {
  const path = url.split('?')[0].toLowerCase();
  if (path.startsWith('/api/v1/') || path === '/api/v1') return 'V1';
  if (path.startsWith('/api/')) {
    if (S3_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) return 'S3';
    // S3 documents its login with the trailing slash; S0 without.
    if (path === '/api/auth/login/') return 'S3';
    return 'S0';
  }
  if (S4_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) return 'S4';
  return 'OPS';
}

/** S0 and S3 share `/api`: an error there carries both shapes. */
export function sharesApiPrefix(surface: Surface): boolean {
  return surface === 'S0' || surface === 'S3';
}
