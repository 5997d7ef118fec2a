// Scopes are data: every resolver's offline verdict for every detector's positive example holds well-formed
// resource records (no sentence), and src/report/resources.ts alone turns them into words.
import { describe, expect, it } from 'vitest';
import { detectors } from '../detectors/index.js';
import { provider } from '../scopes/index.js';
import { describeDestroy, describeResource, scopeJson } from '../src/report/resources.js';
import { detectText } from '../src/detect/text.js';
import { RESOURCE_KINDS, type Resource } from '../src/types.js';

const KINDS = new Set<string>(RESOURCE_KINDS);
const FIELDS = new Set(['kind', 'also', 'or', 'name', 'names', 'count', 'all', 'accessibleTo', 'within', 'environment', 'id', 'access', 'including', 'qualifier']);

/** What is wrong with a record, or nothing. */
function problems(r: unknown, at: string): string[] {
  if (!r || typeof r !== 'object' || Array.isArray(r)) return [`${at}: not a record (${JSON.stringify(r)})`];
  const x = r as Record<string, unknown>;
  const out: string[] = [];
  if (!KINDS.has(x.kind as string)) out.push(`${at}: kind ${JSON.stringify(x.kind)} is not in RESOURCE_KINDS`);
  for (const k of Object.keys(x)) if (!FIELDS.has(k)) out.push(`${at}: unknown field ${k}`);
  for (const k of ['also', 'or'] as const) if (x[k] !== undefined && !KINDS.has(x[k] as string)) out.push(`${at}.${k}: not a kind`);
  for (const k of ['name', 'environment', 'id', 'qualifier'] as const) if (x[k] !== undefined && typeof x[k] !== 'string') out.push(`${at}.${k}: not a string`);
  for (const k of ['names', 'access', 'including'] as const) if (x[k] !== undefined && !(Array.isArray(x[k]) && (x[k] as unknown[]).every((s) => typeof s === 'string'))) out.push(`${at}.${k}: not a list of strings`);
  if (x.count !== undefined && !(Number.isInteger(x.count) && (x.count as number) >= 0)) out.push(`${at}.count: not a count`);
  if (x.all !== undefined && typeof x.all !== 'boolean') out.push(`${at}.all: not a boolean`);
  if (x.within !== undefined) out.push(...problems(x.within, `${at}.within`));
  if (x.accessibleTo !== undefined) out.push(...problems(x.accessibleTo, `${at}.accessibleTo`));
  return out;
}

describe('every offline verdict holds resource records', () => {
  for (const d of detectors) {
    it(`${d.id}`, () => {
      const p = provider(d.provider);
      for (const ex of d.examples.positive) {
        for (const f of detectText({ source: { path: ex.path ?? 'x.txt', origin: 'workspace' }, text: ex.text(ex.secret) })) {
          if (!p) continue;
          const s = p.offline(f);
          const bad = [
            ...s.reach.resources.flatMap((r, i) => problems(r, `${f.detectorId} reach.resources[${i}]`)),
            ...s.destroy.flatMap((x, i) => [
              ...(typeof x.action === 'string' && x.action ? [] : [`${f.detectorId} destroy[${i}].action: empty`]),
              ...(typeof x.destroysBackups === 'boolean' ? [] : [`${f.detectorId} destroy[${i}].destroysBackups: not a boolean`]),
              ...problems(x.target, `${f.detectorId} destroy[${i}].target`),
            ]),
          ];
          expect(bad, `scopes/${d.provider}.ts must return Resource records (src/types.ts), never sentences`).toEqual([]);
          // Every record renders, and JSON keeps the rendered words.
          for (const r of s.reach.resources) expect(describeResource(r)).toMatch(/\S/);
          expect(scopeJson(s).reach.resources.every((r) => typeof r === 'string')).toBe(true);
        }
      }
    });
  }
});

describe('describeResource', () => {
  const cases: Array<[Resource, string]> = [
    [{ kind: 'repository', all: true, accessibleTo: { kind: 'user' } }, 'every repository the user can access'],
    [{ kind: 'environment', count: 1, within: { kind: 'project', count: 1 } }, 'one environment of one project'],
    [{ kind: 'project', also: 'environment', all: true, within: { kind: 'account', or: 'workspace' } }, 'every project and environment of the account or workspace'],
    [{ kind: 'volume', all: true, within: { kind: 'project', all: true }, environment: '*' }, 'every volume of every project, production included'],
    [{ kind: 'database', name: 'shop', within: { kind: 'server', name: 'db.example', qualifier: 'AWS RDS' } }, 'shop on db.example (AWS RDS)'],
    [{ kind: 'key', all: true, within: { kind: 'server', name: 'redis-prod' }, including: ['its RDB snapshot'] }, 'every key on redis-prod, and its RDB snapshot'],
    [{ kind: 'table', names: ['public.orders'], within: { kind: 'database', name: 'shop' }, access: ['DELETE'] }, 'public.orders in shop: DELETE'],
    [{ kind: 'dns-record', all: true, within: { kind: 'zone', name: 'staging.acme.example' }, qualifier: 'traffic hijack' }, 'every DNS record of zone staging.acme.example (traffic hijack)'],
    [{ kind: 'project', names: ['a', 'b', 'c'] }, '3 projects: a, b, c'],
    [{ kind: 'repository', names: Array.from({ length: 12 }, (_, i) => `r${i}`) }, '12 repositories: r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, and 2 more'],
    [{ kind: 'volume', name: 'pg-data', qualifier: '/var/lib/postgresql/data', within: { kind: 'project', name: 'pocketos-api' }, environment: 'production' }, 'volume pg-data of project pocketos-api (/var/lib/postgresql/data), production'],
  ];
  it.each(cases)('%j', (r, words) => expect(describeResource(r)).toBe(words));
  it('a destroy primitive is its action and its target', () => {
    expect(describeDestroy({ action: 'FLUSHALL', target: { kind: 'key', all: true }, destroysBackups: true, certainty: 'inferred' })).toBe('FLUSHALL: every key');
  });
});
