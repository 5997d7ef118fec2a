// The one generic suite over every detector: its own examples, in every syntax, through the real engine.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSync } from 'recheck';
import { detectors } from '../detectors/index.js';
import { providers } from '../scopes/index.js';
import { DetectorSet, matchAll } from '../src/detect/engine.js';
import * as fake from '../src/detect/fake.js';
import { renderAll } from '../src/detect/syntaxes.js';

const set = new DetectorSet(detectors);

// Each detector's examples are drawn from a seed of its own id, so adding or removing a detector never shifts another's
// draws (a drawn value can hold a run its check refuses; which one must not depend on the registry's length).
for (const d of detectors) {
  fake.reseed([...d.id].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261));
  void d.examples;
}

function secretsFound(text: string, path: string, only?: string): string[] {
  return set
    .scan(text, path)
    .filter((m) => !only || m.detector.id === only)
    .map((m) => m.secret);
}

describe.each(detectors.map((d) => [d.id, d] as const))('detector %s', (id, d) => {
  it('has at least three positives and two negatives, each negative saying why', () => {
    expect(d.examples.positive.length, `add positives to detectors/${id}.ts`).toBeGreaterThanOrEqual(3);
    expect(d.examples.negative.length, `add near-miss negatives to detectors/${id}.ts`).toBeGreaterThanOrEqual(2);
    for (const n of d.examples.negative) expect(n.why.length).toBeGreaterThan(3);
  });

  it.each(d.examples.positive.map((p, i) => [i, p] as const))('positive %i passes the prefilter and yields exactly its secret', (_i, p) => {
    const text = p.text(p.secret);
    const path = p.path ?? 'example.txt';
    expect(set.candidates(text, path), 'the keyword prefilter must select the detector').toContain(d);
    expect(matchAll(d, text, path).map((m) => m.secret)).toEqual([p.secret]);
    expect(secretsFound(text, path, id), 'a more specific detector took it over').toEqual([p.secret]);
  });

  const rendered = d.examples.positive.filter((p) => p.variable).flatMap((p) => renderAll(p.variable!, p.secret).map((r) => ({ ...r, secret: p.secret })));
  it.each(rendered.map((r) => [r.syntax, r] as const))('positive in %s syntax is found', (_s, r) => {
    expect(secretsFound(r.text, r.path, id)).toEqual([r.secret]);
  });

  it.each(d.examples.negative.map((n) => [n.why, n] as const))('negative yields nothing: %s', (_why, n) => {
    expect(matchAll(d, n.text, n.path ?? 'example.txt')).toEqual([]);
  });

  it('has a linear-time pattern', () => {
    // The verdict must not depend on how busy the machine is: no wall-clock budget inside recheck (its own
    // timeout made a slow proof `unknown`, and its one-second attackTimeout called a linear match of a long
    // string on a busy machine an attack); an attack is judged by the steps its match takes (attackLimit),
    // and only the test's own timeout bounds the time.
    const r = checkSync(d.pattern.source, d.pattern.flags.replace('g', ''), { timeout: null, attackTimeout: null });
    const attack = r.status === 'vulnerable' ? r.attack.pattern.slice(0, 120) : '';
    expect(r.status, `pattern of ${id} can backtrack super-linearly, e.g. on ${attack}`).toBe('safe');
  }, 300_000);
});

describe('registry', () => {
  const files = readdirSync(new URL('../detectors/', import.meta.url)).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

  it('ids are unique and equal their file names', () => {
    const ids = detectors.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of files) {
      const id = f.replace(/\.ts$/, '');
      expect(ids, `add ${id} to detectors/index.ts`).toContain(id);
    }
    for (const id of ids) expect(files, `detector ${id} must live in detectors/${id}.ts`).toContain(`${id}.ts`);
  });

  it('every provider named by a detector has a module in scopes/', () => {
    const known = new Set(providers.map((p) => p.id));
    for (const d of detectors) expect(known.has(d.provider), `add scopes/${d.provider}.ts and register it in scopes/index.ts (detector ${d.id})`).toBe(true);
  });

  it('every scopes/ file is registered', () => {
    const scopeFiles = readdirSync(new URL('../scopes/', import.meta.url)).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    const ids = providers.map((p) => p.id);
    for (const f of scopeFiles) expect(ids, `add ${f} to scopes/index.ts`).toContain(f.replace(/\.ts$/, ''));
  });

  it('no file under detectors/, scopes/ or src/ matches a detector (positives are built at test time)', () => {
    const roots = ['../detectors/', '../scopes/', '../src/'];
    const hits: string[] = [];
    const walk = (dir: URL) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const u = new URL(e.name + (e.isDirectory() ? '/' : ''), dir);
        if (e.isDirectory()) walk(u);
        else if (e.name.endsWith('.ts')) for (const m of set.scan(readFileSync(u, 'utf8'), e.name)) hits.push(`${u.pathname}: ${m.detector.id}`);
      }
    };
    for (const r of roots) walk(new URL(r, import.meta.url));
    expect(hits).toEqual([]);
  });
});
