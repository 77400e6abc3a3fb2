import { ScryptPasswordHasher } from './scrypt-password-hasher.adapter';

describe('ScryptPasswordHasher', () => {
  let hasher: ScryptPasswordHasher;
  beforeAll(async () => {
    hasher = await ScryptPasswordHasher.create({ N: 1024, r: 8, p: 1 });
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hasher.hash('Sup3r-secret-pw');
    await expect(hasher.verify('Sup3r-secret-pw', hash)).resolves.toBe(true);
    await expect(hasher.verify('Sup3r-secret-pX', hash)).resolves.toBe(false);
    await expect(hasher.verify('', hash)).resolves.toBe(false);
  });

  it('salts every hash and records its parameters, never the password', async () => {
    const [a, b] = [await hasher.hash('same-Passw0rd'), await hasher.hash('same-Passw0rd')];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]{88}$/);
    expect(a).not.toContain('same-Passw0rd');
  });

  it('verifies hashes made with other parameters (raising the cost keeps old hashes valid)', async () => {
    const stronger = await ScryptPasswordHasher.create({ N: 2048, r: 8, p: 1 });
    const old = await hasher.hash('Old-passw0rd');
    await expect(stronger.verify('Old-passw0rd', old)).resolves.toBe(true);
  });

  it('treats the same text typed in composed or decomposed form alike', async () => {
    const hash = await hasher.hash('Caf\u00e9-latte-1');
    await expect(hasher.verify('Cafe\u0301-latte-1', hash)).resolves.toBe(true);
  });

  it('answers false for malformed hashes, and the decoy never matches a guess', async () => {
    await expect(hasher.verify('x', 'not-a-hash')).resolves.toBe(false);
    await expect(hasher.verify('x', 'scrypt$1024$8$1$$')).resolves.toBe(false);
    await expect(hasher.verify('anything-1', hasher.decoyHash)).resolves.toBe(false);
  });

  it('refuses a cost that is not a power of two', async () => {
    await expect(ScryptPasswordHasher.create({ N: 1000, r: 8, p: 1 })).rejects.toThrow(/power of two/);
  });
});
