import { trustProxyFromEnv } from './trust-proxy';

describe('TRUST_PROXY', () => {
  it('is off unless set', () => {
    for (const raw of [undefined, '', 'false', '0']) expect(trustProxyFromEnv(raw)).toBe(false);
  });

  it('takes true, a hop count, or addresses and CIDR ranges', () => {
    expect(trustProxyFromEnv('true')).toBe(true);
    expect(trustProxyFromEnv('2')).toBe(2);
    expect(trustProxyFromEnv('10.0.0.0/8, 127.0.0.1,::1')).toBe('10.0.0.0/8, 127.0.0.1,::1');
  });

  it('refuses anything else, saying what it takes', () => {
    expect(() => trustProxyFromEnv('yes')).toThrow('TRUST_PROXY must be true, false, a hop count or a comma-separated list of addresses/CIDRs; got "yes"');
    expect(() => trustProxyFromEnv('proxy.local')).toThrow('TRUST_PROXY');
  });
});
