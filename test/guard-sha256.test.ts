import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/guard/sha256.js';

const node = (s: string) => createHash('sha256').update(s).digest('hex');

describe('the guard’s SHA-256 (it spares the hook loading node:crypto)', () => {
  it('gives what node:crypto gives at every padding boundary, for ASCII and multi-byte text', () => {
    for (let n = 0; n <= 200; n++) {
      const ascii = 'a'.repeat(n);
      expect(sha256Hex(ascii), `length ${n}`).toBe(node(ascii));
      const wide = 'é€😀'.repeat(n % 17) + '/x'.repeat(n);
      expect(sha256Hex(wide), `wide ${n}`).toBe(node(wide));
    }
  });

  it('gives what node:crypto gives for random paths and commands, short and long', () => {
    for (let i = 0; i < 300; i++) {
      const s = randomBytes(1 + ((i * 37) % 5000)).toString(i % 2 ? 'base64' : 'latin1');
      expect(sha256Hex(s)).toBe(node(s));
    }
  });
});
