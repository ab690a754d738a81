import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, productionCost, verifyPassword } from './passwords.js';
import { passwordProblem } from './password-rules.js';

const cheap = { logN: 6, r: 8, p: 1 };

describe('password hashing', () => {
  it('stores a self-describing scrypt hash with a fresh salt each time', async () => {
    const one = await hashPassword('correct horse battery', cheap);
    const two = await hashPassword('correct horse battery', cheap);
    expect(one).toMatch(/^\$scrypt\$ln=6,r=8,p=1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(one).not.toBe(two);
  });

  it('verifies the right password and refuses a wrong one or a garbled hash', async () => {
    const stored = await hashPassword('correct horse battery', cheap);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('correct horse battery', 'plain text')).toBe(false);
    expect(await verifyPassword('correct horse battery', stored.replace('ln=6', 'ln=7'))).toBe(
      false,
    );
  });

  it('keeps verifying old hashes after the cost changes, and says they need a rehash', async () => {
    const old = await hashPassword('correct horse battery', cheap);
    const stronger = { logN: 7, r: 8, p: 1 };
    expect(await verifyPassword('correct horse battery', old)).toBe(true);
    expect(needsRehash(old, stronger)).toBe(true);
    expect(needsRehash(await hashPassword('x', stronger), stronger)).toBe(false);
  });

  it('uses N = 2^15, r = 8, p = 1 in production', async () => {
    expect(productionCost).toEqual({ logN: 15, r: 8, p: 1 });
    const started = performance.now();
    const stored = await hashPassword('correct horse battery', productionCost);
    const elapsed = performance.now() - started;
    expect(stored.startsWith('$scrypt$ln=15,r=8,p=1$')).toBe(true);
    // Generous bounds: shared CI machines are noisy; the point is "tens to hundreds of ms".
    expect(elapsed).toBeGreaterThan(10);
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('new password rules (NIST SP 800-63B)', () => {
  it('refuses fewer than 10 characters, counting characters rather than bytes', async () => {
    expect(await passwordProblem('short1234')).toBe('must be at least 10 characters');
    expect(await passwordProblem('ééééééééé')).toBe('must be at least 10 characters');
  });

  it('refuses common passwords from the list, whatever their case', async () => {
    for (const common of ['password123', 'qwertyuiop', '1234567890', 'QwertyUiop'])
      expect(await passwordProblem(common), common).toMatch(/most commonly used/);
  });

  it('accepts a long uncommon password', async () => {
    expect(await passwordProblem('plum ladder quietly 42')).toBeNull();
  });
});
