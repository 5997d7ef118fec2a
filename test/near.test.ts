// A `near` detector's pattern runs only around its keywords (Detector.near): it must find what the pattern finds
// over the whole text, and the keywords' places read from a file's bytes must be those in its decoded text.
import { describe, expect, it } from 'vitest';
import { detectors } from '../detectors/index.js';
import type { Detector } from '../src/detect/define.js';
import { DetectorSet, type RawMatch } from '../src/detect/engine.js';
import * as fake from '../src/detect/fake.js';

const placed = detectors.filter((d) => d.near);
const found = (ms: RawMatch[]) => ms.map((m) => `${m.detector.id}@${m.start}-${m.end}:${m.secret}`);

/** The same detector without `near`: its pattern runs over the whole text. */
const whole = (d: Detector): Detector => ({ ...d, near: undefined });

/** Every example of every `near` detector in one text, between fillers that hold their keywords far from any value. */
function mixedText(): string {
  fake.reseed(14);
  const parts: string[] = [];
  for (const d of placed) {
    for (const p of d.examples.positive) parts.push(p.text(p.secret));
    for (const n of d.examples.negative) parts.push(n.text);
    // A keyword alone, then a value of the same shape past the window, then one inside it on the next line.
    parts.push(`${d.keywords[0]} ${'x'.repeat(200)} ${fake.hex(32)}-us6 ${fake.alnum(40)}\n${d.keywords[0]}\n${fake.hex(32)}`);
  }
  // Characters of two, three and four UTF-8 bytes between them, so a place read from bytes must be converted.
  return parts.join('\n é € 😀 ');
}

describe('near: a pattern run around its keywords', () => {
  it('some detectors use it', () => {
    expect(placed.length).toBeGreaterThan(100);
  });

  it.each(placed.map((d) => [d.id, d] as const))('%s finds in its examples what its pattern finds in the whole text', (_id, d) => {
    const texts = [
      ...d.examples.positive.map((p) => ({ text: p.text(p.secret), path: p.path ?? 'example.txt' })),
      ...d.examples.negative.map((n) => ({ text: n.text, path: n.path ?? 'example.txt' })),
    ];
    const near = new DetectorSet([d]);
    const full = new DetectorSet([whole(d)]);
    for (const { text, path } of texts) {
      expect(found(near.scan(text, path, [d]))).toEqual(found(full.scan(text, path)));
    }
  });

  it('finds in a text of every example what the whole-text patterns find, from a string and from its UTF-8 bytes', () => {
    const text = mixedText();
    const near = new DetectorSet(placed);
    const full = new DetectorSet(placed.map(whole));
    const id = (ms: RawMatch[]) => found(ms).sort();
    const expected = id(full.scan(text, 'mixed.txt'));
    expect(expected.length).toBeGreaterThan(placed.length);
    expect(id(near.scan(text, 'mixed.txt'))).toEqual(expected);
    const fromBytes = near.select(Buffer.from(text, 'utf8'), 'mixed.txt');
    expect(id(near.scan(text, 'mixed.txt', fromBytes.detectors, fromBytes.hits))).toEqual(expected);
  });

  it('places keywords found in UTF-8 bytes at their offsets in the decoded text', () => {
    const set = new DetectorSet(placed);
    const name = placed[0].keywords[0];
    const text = `é ${name.toUpperCase()}_KEY=1 € ${name} 😀😀 -us1 ${'ü'.repeat(100)} ${name}`;
    const fromString = set.select(text).hits;
    const fromBytes = set.select(Buffer.from(text, 'utf8')).hits;
    expect([...fromBytes].sort()).toEqual([...fromString].sort());
    expect(fromString.size).toBeGreaterThan(0);
    for (const [, at] of fromString) for (const i of at) expect(/[a-z-]/i.test(text[i])).toBe(true);
  });
});
