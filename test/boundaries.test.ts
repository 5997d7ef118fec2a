// Imports run one way: cli → commands (scan, audit, the Action) → pipeline → stages (walk, detect,
// resolve, classify) → shared context. Reporters see results, not how they were found. This test
// reads every import in src/, detectors/ and scopes/ and fails on a cycle or on an import against
// that direction, saying where the module belongs.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

type Area = 'base' | 'context' | 'detectors' | 'detect' | 'walk' | 'scopes' | 'resolve' | 'classify' | 'config' | 'report' | 'pipeline' | 'options' | 'commands' | 'guard' | 'cli';

/** Where each file belongs, by its path (first match wins). */
const AREAS: Array<[RegExp, Area]> = [
  [/^src\/(types|errors|version)\.ts$/, 'base'],
  [/^src\/context\//, 'context'],
  [/^detectors\//, 'detectors'],
  [/^src\/detect\//, 'detect'],
  [/^src\/walk\//, 'walk'],
  [/^scopes\//, 'scopes'],
  [/^src\/resolve\//, 'resolve'],
  [/^src\/classify\//, 'classify'],
  [/^src\/config\//, 'config'],
  [/^src\/report\//, 'report'],
  [/^src\/pipeline\//, 'pipeline'],
  [/^src\/options\.ts$/, 'options'],
  [/^src\/(scan\.ts|audit\/|action\/)/, 'commands'],
  [/^src\/guard\//, 'guard'],
  [/^src\/(cli[^/]*|bin|index)\.ts$/, 'cli'],
];

/** Where a module of each area lives, for failure messages. */
const AREA_HOME: Record<Area, string> = {
  base: 'src/types.ts',
  context: 'src/context/',
  detectors: 'detectors/',
  detect: 'src/detect/',
  walk: 'src/walk/',
  scopes: 'scopes/',
  resolve: 'src/resolve/',
  classify: 'src/classify/',
  config: 'src/config/',
  report: 'src/report/',
  pipeline: 'src/pipeline/',
  options: 'src/options.ts',
  commands: 'src/scan.ts, src/audit/ or src/action/',
  guard: 'src/guard/',
  cli: 'src/cli.ts',
};

/** What each area may import, besides itself. */
const ALLOWED: Record<Area, Area[]> = {
  base: [],
  context: ['base'],
  detectors: ['base', 'context', 'detect'],
  detect: ['base', 'context', 'detectors'],
  walk: ['base', 'context'],
  scopes: ['base', 'context', 'resolve'],
  resolve: ['base', 'context', 'scopes', 'detect'],
  classify: ['base', 'context', 'scopes', 'resolve'],
  config: ['base', 'context', 'scopes'],
  report: ['base', 'context', 'classify', 'scopes', 'detect'],
  pipeline: ['base', 'context', 'walk', 'detect', 'resolve', 'classify'],
  options: ['base', 'context', 'classify', 'resolve', 'scopes'],
  commands: ['base', 'context', 'walk', 'detect', 'resolve', 'classify', 'config', 'report', 'pipeline', 'options', 'scopes'],
  // The agent guard runs the pipeline on one file or the environment; it is a command beside scan.
  guard: ['base', 'context', 'walk', 'detect', 'resolve', 'classify', 'pipeline', 'scopes'],
  cli: ['base', 'context', 'walk', 'detect', 'resolve', 'classify', 'config', 'report', 'pipeline', 'options', 'scopes', 'commands', 'guard'],
};

/** Narrower rules inside an area: scopes use only resolve's definitions and egress, never the stage runner. */
const FORBIDDEN_FILES: Array<[Area, RegExp, string]> = [
  ['scopes', /^src\/resolve\/index\.ts$/, 'a resolver uses src/resolve/define.ts and the egress modules; the stage runner (src/resolve/index.ts) calls resolvers, not the reverse'],
  ['detect', /^detectors\/(?!index\.ts$)/, 'the engine reaches detectors through the registry (detectors/index.ts) only'],
];

const areaOf = (file: string): Area | undefined => AREAS.find(([re]) => re.test(file))?.[1];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...sources(rel));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) continue;
    const target = relative(ROOT, resolve(join(ROOT, dirname(file)), spec))
      .split('\\')
      .join('/')
      .replace(/\.js$/, '.ts');
    out.push(target);
  }
  return out;
}

const FILES = ['src', 'detectors', 'scopes'].flatMap(sources).sort();
const GRAPH = new Map(FILES.map((f) => [f, importsOf(f).filter((t) => t.endsWith('.ts'))]));

describe('module boundaries', () => {
  it('every module belongs to an area', () => {
    const lost = FILES.filter((f) => !areaOf(f));
    expect(lost, `these files belong to no area of test/boundaries.test.ts: move them into one, or add the area: ${lost.join(', ')}`).toEqual([]);
  });

  it('imports run cli → commands → pipeline → stages → context', () => {
    const wrong: string[] = [];
    for (const [file, targets] of GRAPH) {
      const from = areaOf(file)!;
      for (const t of targets) {
        const to = areaOf(t);
        if (!to || to === from) {
          for (const [area, re, why] of FORBIDDEN_FILES) if (area === from && re.test(t)) wrong.push(`${file} imports ${t}: ${why}`);
          continue;
        }
        if (!ALLOWED[from].includes(to)) {
          const shared = ALLOWED[from].filter((a) => ALLOWED[to].includes(a) && a !== 'base');
          wrong.push(
            `${file} (${from}) imports ${t} (${to}): ${from} may import only ${ALLOWED[from].join(', ') || 'nothing'}. ` +
              `Move what both need into ${shared.length ? shared.map((a) => AREA_HOME[a]).join(' or ') : 'src/types.ts'}, or move the importing code up into a layer that may import ${to}.`,
          );
        }
        for (const [area, re, why] of FORBIDDEN_FILES) if (area === from && re.test(t)) wrong.push(`${file} imports ${t}: ${why}`);
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const t of GRAPH.get(f) ?? []) {
        if (state.get(t) === 'open') cycles.push([...stack.slice(stack.indexOf(t)), t].join(' → '));
        else if (!state.has(t) && GRAPH.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of FILES) if (!state.has(f)) visit(f);
    expect(cycles, `import cycles (break each by moving the shared part into a lower module):\n${cycles.join('\n')}`).toEqual([]);
  });

  it('the checker sees imports (a test of the test)', () => {
    expect(GRAPH.get('src/scan.ts')).toContain('src/pipeline/index.ts');
    expect(GRAPH.get('src/cli.ts')).toContain('src/cli-audit.ts');
  });
});
