// The registries (scopes/index.ts, detectors/index.ts) list every module once, in alphabetical order by
// file name, with no grouping by batch of work: where a new entry goes is never a question, and two
// contributors adding providers at once touch different lines. The failure says what to do.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectors } from '../detectors/index.js';
import { providers } from '../scopes/index.js';
import { ROOT } from './helpers.js';

const REGISTRIES = [
  { folder: 'scopes', ids: () => providers.map((p) => p.id), scaffold: 'node scripts/new-provider.mjs NAME' },
  { folder: 'detectors', ids: () => detectors.map((d) => d.id), scaffold: 'node scripts/new-detector.mjs ID PROVIDER' },
];

const IMPORT = /^import (\w+) from '\.\/([a-z0-9-]+)\.js';$/gm;
const camel = (name: string) => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The first place where `actual` leaves alphabetical order, as an instruction. */
function orderProblem(actual: string[], index: string): string | undefined {
  const sorted = [...actual].sort();
  const i = actual.findIndex((x, k) => x !== sorted[k]);
  if (i < 0) return undefined;
  const wanted = sorted[i];
  const at = sorted.indexOf(wanted);
  return `move ${wanted} in ${index} to its place in alphabetical order (${at ? `after ${sorted[at - 1]}` : 'first'})`;
}

describe.each(REGISTRIES)('$folder/index.ts', ({ folder, ids, scaffold }) => {
  const index = `${folder}/index.ts`;
  const source = readFileSync(join(ROOT, index), 'utf8');
  const files = readdirSync(join(ROOT, folder))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const imports = [...source.matchAll(IMPORT)];

  it('registers every file in the folder, once', () => {
    const registered = ids();
    for (const f of files) expect(registered, `add ${f} to ${index} in alphabetical order (its import and its entry), or run ${scaffold}`).toContain(f);
    const twice = registered.filter((x, i) => registered.indexOf(x) !== i);
    expect(twice, `remove the second entry of ${twice.join(', ')} from ${index}`).toEqual([]);
  });

  it('entries are in alphabetical order', () => {
    const problem = orderProblem(ids(), index);
    expect(problem, problem).toBeUndefined();
  });

  it('imports are in alphabetical order, each under the camelCase of its file name', () => {
    const names = imports.map((m) => m[2]);
    const problem = orderProblem(names, index);
    expect(problem, problem).toBeUndefined();
    for (const [, local, file] of imports) expect(local, `import ./${file}.js as ${camel(file)} in ${index}`).toBe(camel(file));
  });

  it('has no batch markers: one list, not one per batch of work', () => {
    const markers = source.split('\n').filter((l) => /^\s*\/\/\s*--/.test(l));
    expect(markers, `remove these marker comments from ${index}; entries are kept in alphabetical order instead`).toEqual([]);
  });
});
