import { spawnSync } from 'node:child_process';
// The generic detection engine knows no provider and no detector: what a detector needs (fingerprint
// parts, precedence on an overlapping span) it declares in its own file, and the engine reads that.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectors } from '../detectors/index.js';
import { providers } from '../scopes/index.js';
import { DetectorSet, fingerprint, matchFingerprint } from '../src/detect/engine.js';
import * as fake from '../src/detect/fake.js';
import { ROOT } from './helpers.js';

/** The facts vocabulary every connection-string detector shares (src/detect/redact.ts previews with it): not one provider's knowledge. */
const SHARED_FACTS = new Set(['scheme', 'host', 'port', 'user', 'database']);
const DETECT = join(import.meta.dirname, '..', 'src', 'detect');
// The test-data generator builds tokens per provider by design; it is off the runtime path.
const EXEMPT = new Set(['fake.ts']);

/** Source with comments blanked (line numbers kept): prose may name a provider, code may not. */
function code(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:\\'"`])\/\/.*$/gm, (_, before: string) => before);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('src/detect is provider-neutral', () => {
  // Ids from both registries, and the part names detectors declare (the engine reads them, never names them).
  const names = [
    ...new Set([
      ...providers.map((p) => p.id),
      ...detectors.map((d) => d.id),
      ...detectors.map((d) => d.provider),
      ...detectors.flatMap((d) => d.fingerprintParts ?? []).filter((p) => !SHARED_FACTS.has(p)),
    ]),
  ];
  // Whole names only (`aws` in `AWS_EXAMPLES` counts; `npm` in `inputs` does not), any case.
  const pattern = new RegExp(`(?<![A-Za-z0-9])(?:${names.map(escapeRegExp).join('|')})(?![A-Za-z0-9])`, 'i');

  it('no provider id, detector id or declared part name appears in the code of src/detect/*.ts (fake.ts aside)', () => {
    const hits: string[] = [];
    for (const file of readdirSync(DETECT).filter((f) => f.endsWith('.ts') && !EXEMPT.has(f))) {
      code(readFileSync(join(DETECT, file), 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          const m = pattern.exec(line);
          if (m) hits.push(`src/detect/${file}:${i + 1}: "${m[0]}" in: ${line.trim()}`);
        });
    }
    expect(hits, `provider knowledge in the generic engine; declare it on the detector instead (fingerprintParts, precedence in src/detect/define.ts):\n${hits.join('\n')}`).toEqual([]);
  });

  it('the check itself catches a provider literal', () => {
    const sample = `const GENERAL = new Set(['${detectors[0].id}']);\n// ${providers[0].id} in a comment is fine\n`;
    expect(pattern.test(code(sample).split('\n')[0])).toBe(true);
    expect(pattern.test(code(sample).split('\n')[1])).toBe(false);
  });
});

describe('declared detector needs', () => {
  it('every declared fingerprint part is a part name, every precedence a known one', () => {
    for (const d of detectors) {
      for (const p of d.fingerprintParts ?? []) expect(p, d.id).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
      expect(['specific', 'general', 'fallback', undefined], d.id).toContain(d.precedence);
    }
  });

  it('a fingerprint covers the declared parts, and only those, as before', () => {
    const d = { provider: 'p', fingerprintParts: ['pair'] };
    const secret = fake.from('abcdefghijklmnop0123456789', 24);
    const pair = fake.from('abcdefghijklmnop0123456789', 40);
    // The values baselines and goldens hold: provider NUL secret NUL the one part (empty when absent).
    expect(matchFingerprint(d, secret, { pair, other: 'x' })).toBe(fingerprint('p', secret, pair));
    expect(matchFingerprint(d, secret, {})).toBe(fingerprint('p', secret, ''));
    expect(matchFingerprint({ provider: 'p' }, secret, { pair })).toBe(fingerprint('p', secret));
  });

  it('the paired detector keeps its fingerprint: key id and paired secret', () => {
    const withParts = detectors.filter((d) => d.fingerprintParts?.length);
    expect(withParts.length).toBeGreaterThan(0);
    const set = new DetectorSet(detectors);
    for (const d of withParts) {
      for (const ex of d.examples.positive) {
        const m = set.scan(ex.text(ex.secret), ex.path ?? 'example.txt').find((x) => x.detector === d && x.secret === ex.secret);
        if (!m) continue;
        const pair = d.fingerprintParts!.map((p) => m.parts[p] ?? m.facts[p] ?? '').join('\0');
        expect(matchFingerprint(d, m.secret, m.parts, m.facts)).toBe(fingerprint(d.provider, m.secret, pair));
      }
    }
  });

  it('a specific detector wins a span over a general one, and a general one over a fallback', () => {
    const mk = (id: string, precedence?: 'specific' | 'general' | 'fallback') => ({
      ...detectors[0],
      id,
      keywords: ['zz'],
      pattern: /zz(?<secret>[a-z0-9]{12})/g,
      check: undefined,
      enrich: undefined,
      extend: undefined,
      paths: undefined,
      precedence,
    });
    const value = 'zz' + fake.from('abcdefghjkmnpqrstuvwxyz23456789', 12);
    const winner = (...ds: ReturnType<typeof mk>[]) => new DetectorSet(ds).scan(`v=${value}`, 'x.txt').map((m) => m.detector.id);
    expect(winner(mk('a', 'fallback'), mk('b', 'general'))).toEqual(['b']);
    expect(winner(mk('a', 'general'), mk('b'))).toEqual(['b']);
    expect(winner(mk('a'), mk('b', 'fallback'))).toEqual(['a']);
  });
});

describe('test data stays off the runtime path', () => {
  it('loading every detector and scanning a text draws nothing from the example generator', () => {
    // A fresh process: the generator's first draw after loading the registry and scanning must be the
    // one it makes from its initial seed, so no example was built on the way.
    const script = `
      const fake = await import('./dist/src/detect/fake.js');
      const { detectText } = await import('./dist/src/detect/text.js');
      detectText({ source: { path: '.env', origin: 'workspace' }, text: 'GITHUB_TOKEN=ghp_x\\nDATABASE_URL=postgres://a:' + 'b@h/d\\n' }); // in parts: this file is scanned by CI
      const after = fake.alnum(16);
      fake.reseed(0x9e3779b9);
      console.log(after === fake.alnum(16) ? 'untouched' : 'drawn');`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('untouched');
  });
});
