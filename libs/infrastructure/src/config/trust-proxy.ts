/**
 * TRUST_PROXY: which proxies may tell the API the client's address (X-Forwarded-For, -Proto, -Host), as
 * Fastify's trustProxy takes it. Behind docker-compose.yml's Caddy every anonymous caller would otherwise share
 * the proxy's address, and so one rate-limit bucket.
 *   unset, "", "false", "0"  no proxy: the socket's peer is the client
 *   "true"                   trust every hop (only when nothing but the proxy can reach the API)
 *   "<n>" (1..)              trust the n closest hops
 *   "10.0.0.0/8,127.0.0.1"   trust these addresses / CIDR ranges
 */
export type TrustProxy = boolean | number | string;

export function trustProxyFromEnv(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  for (const entry of value.split(',').map((e) => e.trim())) {
    if (!/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(entry)) {
      throw new Error(`TRUST_PROXY must be true, false, a hop count or a comma-separated list of addresses/CIDRs; got "${raw}"`);
    }
  }
  return value;
}
