/**
 * Which kind of network an IP address belongs to, so a webhook is only ever sent to the public internet
 * (no server-side request forgery into the host, its private network or a cloud metadata service).
 * Pure parsing, no DNS: callers resolve a host name first and classify every address it resolves to.
 */
export type IpAddressRange =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'ipv4-mapped'
  | 'reserved'
  | 'invalid';

/** [first address as a number, prefix length, range] for IPv4. */
const IPV4_RANGES: readonly [string, number, IpAddressRange][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'private'], // shared address space (carrier-grade NAT)
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'], // includes 169.254.169.254, the cloud metadata service
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'], // IETF protocol assignments
  ['192.0.2.0', 24, 'reserved'], // documentation
  ['192.88.99.0', 24, 'reserved'], // 6to4 relay anycast
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'], // benchmarking
  ['198.51.100.0', 24, 'reserved'], // documentation
  ['203.0.113.0', 24, 'reserved'], // documentation
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'], // future use, and the broadcast address
];

export function classifyIpAddress(address: string): IpAddressRange {
  const bare = address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  const v4 = parseIpv4(bare);
  if (v4 !== null) return classifyIpv4(v4);
  const v6 = parseIpv6(bare);
  return v6 === null ? 'invalid' : classifyIpv6(v6);
}

/** Only what a webhook may be sent to. */
export function isPublicIpAddress(address: string): boolean {
  return classifyIpAddress(address) === 'public';
}

function classifyIpv4(value: number): IpAddressRange {
  for (const [base, prefix, range] of IPV4_RANGES) {
    const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
    if ((value & mask) >>> 0 === parseIpv4(base)) return range;
  }
  return 'public';
}

/** Eight 16-bit groups. */
function classifyIpv6(g: readonly number[]): IpAddressRange {
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  const embeddedV4 = (hi: number, lo: number) => ((g[hi] << 16) | g[lo]) >>> 0;
  if (zeroUpTo(8)) return 'unspecified';
  if (zeroUpTo(7) && g[7] === 1) return 'loopback';
  if (zeroUpTo(5) && g[5] === 0xffff) return 'ipv4-mapped';
  if (zeroUpTo(6)) return 'reserved'; // IPv4-compatible (deprecated)
  // NAT64 and 6to4 carry an IPv4 address a gateway will reach: judge that one.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return classifyIpv4(embeddedV4(6, 7));
  if (g[0] === 0x2002) return classifyIpv4(embeddedV4(1, 2));
  if (g[0] === 0x2001 && g[1] === 0) return 'reserved'; // Teredo tunnels
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'reserved'; // documentation
  if (g[0] === 0x64 && g[1] === 0xff9b) return 'reserved'; // local-use NAT64
  if (g[0] === 0x100 && zeroUpTo(4)) return 'reserved'; // discard-only
  if ((g[0] & 0xfe00) === 0xfc00) return 'unique-local';
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0] & 0xffc0) === 0xfec0) return 'unique-local'; // site-local (deprecated)
  if ((g[0] & 0xff00) === 0xff00) return 'multicast';
  return 'public';
}

function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

function parseIpv6(text: string): number[] | null {
  if (!/^[0-9a-f:.]+$/i.test(text) || text.split('::').length > 2) return null;
  let tail: number[] = [];
  let head = text;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.')) {
    // An IPv4 tail (`::ffff:127.0.0.1`) stands for the last two groups.
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (v4 === null) return null;
    tail = [v4 >>> 16, v4 & 0xffff];
    head = text.slice(0, lastColon + 1);
    if (!head.endsWith('::')) head = head.slice(0, -1);
  }
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const [left, right] = head.includes('::') ? head.split('::') : [head, null];
  const parse = (list: string[]) => (list.every((x) => /^[0-9a-f]{1,4}$/i.test(x)) ? list.map((x) => parseInt(x, 16)) : null);
  const l = parse(groups(left));
  const r = right === null ? [] : parse(groups(right));
  if (!l || !r) return null;
  const missing = 8 - l.length - r.length - tail.length;
  if (right === null ? missing !== 0 : missing < 1) return null;
  return [...l, ...new Array<number>(right === null ? 0 : missing).fill(0), ...r, ...tail];
}
