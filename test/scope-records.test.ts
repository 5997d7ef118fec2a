// Scopes are data: every resolver's offline verdict for every detector's positive example holds well-formed
// resource records (no sentence), and src/report/resources.ts alone turns them into words.
import { describe, expect, it } from 'vitest';
import { detectors } from '../detectors/index.js';
import { provider } from '../scopes/index.js';
import { describeDestroy, describeDestroys, describeResource, scopeJson } from '../src/report/resources.js';
import { detectText } from '../src/detect/text.js';
import { RESOURCE_KINDS, type Resource } from '../src/types.js';

const KINDS = new Set<string>(RESOURCE_KINDS);
const FIELDS = new Set([
  'kind',
  'also',
  'or',
  'name',
  'names',
  'count',
  'all',
  'accessibleTo',
  'within',
  'environment',
  'id',
  'access',
  'including',
  'with',
  'qualifier',
  'noun',
  'bare',
  'any',
  'aside',
  'note',
  'privileges',
  'key',
]);

/** What is wrong with a record, or nothing. */
function problems(r: unknown, at: string): string[] {
  if (!r || typeof r !== 'object' || Array.isArray(r)) return [`${at}: not a record (${JSON.stringify(r)})`];
  const x = r as Record<string, unknown>;
  const out: string[] = [];
  if (!KINDS.has(x.kind as string)) out.push(`${at}: kind ${JSON.stringify(x.kind)} is not in RESOURCE_KINDS`);
  for (const k of Object.keys(x)) if (!FIELDS.has(k)) out.push(`${at}: unknown field ${k}`);
  for (const k of ['also', 'or'] as const) if (x[k] !== undefined && !KINDS.has(x[k] as string)) out.push(`${at}.${k}: not a kind`);
  for (const k of ['name', 'environment', 'id', 'qualifier', 'aside', 'note', 'key'] as const) if (x[k] !== undefined && typeof x[k] !== 'string') out.push(`${at}.${k}: not a string`);
  for (const k of ['names', 'access', 'including', 'with', 'privileges'] as const)
    if (x[k] !== undefined && !(Array.isArray(x[k]) && (x[k] as unknown[]).every((s) => typeof s === 'string'))) out.push(`${at}.${k}: not a list of strings`);
  if (x.count !== undefined && !(Number.isInteger(x.count) && (x.count as number) >= 0)) out.push(`${at}.count: not a count`);
  for (const k of ['all', 'bare', 'any'] as const) if (x[k] !== undefined && typeof x[k] !== 'boolean') out.push(`${at}.${k}: not a boolean`);
  const n = x.noun as { one?: unknown; many?: unknown } | undefined;
  if (n !== undefined && !(n && typeof n.one === 'string' && n.one && typeof n.many === 'string' && n.many)) out.push(`${at}.noun: not { one, many }`);
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
    [
      { kind: 'volume', name: 'pg-data', aside: '/var/lib/postgresql/data', within: { kind: 'project', name: 'pocketos-api', bare: true }, environment: 'production' },
      'volume pg-data (/var/lib/postgresql/data) of pocketos-api, production',
    ],
  ];
  it.each(cases)('%j', (r, words) => expect(describeResource(r)).toBe(words));

  // The provider's own noun, singular and plural, in every shape a record takes.
  const DROPLET = { one: 'Droplet', many: 'Droplets' };
  const nouns: Array<[Resource, string]> = [
    [
      { kind: 'machine', noun: DROPLET, names: ['web-1', 'web-next'], within: { kind: 'team', name: 'Acme', bare: true }, with: ['their snapshots'] },
      '2 Droplets: web-1, web-next of Acme, with their snapshots',
    ],
    [{ kind: 'machine', noun: DROPLET, names: ['web-1'], count: 1 }, '1 Droplet: web-1'],
    [{ kind: 'machine', noun: DROPLET, names: ['web-1'] }, 'Droplet web-1'],
    [{ kind: 'machine', noun: DROPLET, count: 1 }, 'one Droplet'],
    [{ kind: 'machine', noun: DROPLET, count: 3 }, '3 Droplets'],
    [{ kind: 'machine', noun: DROPLET, names: [], count: 0 }, '0 Droplets'],
    [{ kind: 'machine', noun: DROPLET, all: true, count: 2 }, 'every Droplet (2)'],
    [{ kind: 'function', noun: { one: 'Worker', many: 'Workers' }, all: true, within: { kind: 'account', name: 'abc' } }, 'every Worker of account abc'],
    [{ kind: 'account', noun: { one: 'AWS account', many: 'AWS accounts' }, name: '123456789012' }, 'AWS account 123456789012'],
    [
      { kind: 'account', noun: { one: 'AWS account', many: 'AWS accounts' }, name: '1', qualifier: 'acme-prod', note: 'every resource (root user)' },
      'AWS account 1 (acme-prod), every resource (root user)',
    ],
    // A noun of its own names a database even where the SQL engines write its bare name.
    [{ kind: 'database', noun: { one: 'database', many: 'databases' }, name: 'shop', within: { kind: 'server', name: 'h' } }, 'database shop on h'],
  ];
  it.each(nouns)('%j', (r, words) => expect(describeResource(r)).toBe(words));

  // No "every data", no "1 projects", no "every X of" where the provider's `*` means any one.
  const grammar: Array<[Resource, string]> = [
    [{ kind: 'data', all: true, within: { kind: 'organisation' } }, 'all data of the organisation'],
    [{ kind: 'data', noun: { one: 'resource', many: 'resources' }, any: true, within: { kind: 'account', name: '1', qualifier: 'acme-prod' } }, 'any resource in account 1 (acme-prod)'],
    [{ kind: 'configuration', all: true }, 'all configuration'],
    [{ kind: 'project', names: ['a'], count: 1 }, '1 project: a'],
    [{ kind: 'project', names: ['a', 'b'], count: 12 }, '12 projects: a, b, and 10 more'],
    [{ kind: 'project', count: 1 }, 'one project'],
    [{ kind: 'branch', count: 2 }, '2 branches'],
    [{ kind: 'repository', all: true, names: ['a/x'], count: 3, within: { kind: 'account', names: ['a'], bare: true } }, 'every repository of a (3: a/x, and 2 more)'],
    [{ kind: 'object', names: ['arn:aws:s3:::b/*', 'arn:aws:s3:::c/*'], bare: true }, 'arn:aws:s3:::b/*, arn:aws:s3:::c/*'],
    [{ kind: 'table', names: ['public.orders'], within: { kind: 'database', name: 'shop' }, privileges: ['DELETE'] }, 'DELETE on public.orders in shop'],
    [{ kind: 'project', names: ['a', 'b'], access: ['push access'] }, '2 projects (push access): a, b'],
    [{ kind: 'account', name: 'acct_1', environment: 'production', access: ['Balance: Read', 'Customers: None'] }, 'account acct_1, production: Balance: Read; Customers: None'],
    [{ kind: 'snapshot', noun: { one: 'backup snapshot', many: 'backup snapshots' }, all: true, within: { kind: 'cluster', name: 'orders' } }, 'every backup snapshot of cluster orders'],
    [{ kind: 'key', all: true, within: { kind: 'server', name: 'r' }, including: ['its RDB snapshot'] }, 'every key on r, and its RDB snapshot'],
  ];
  it.each(grammar)('%j', (r, words) => expect(describeResource(r)).toBe(words));

  it('no rendering of any offline record says "every data" or counts one thing in the plural', () => {
    const bad: string[] = [];
    for (const d of detectors) {
      const p = provider(d.provider);
      if (!p) continue;
      for (const ex of d.examples.positive) {
        for (const f of detectText({ source: { path: ex.path ?? 'x.txt', origin: 'workspace' }, text: ex.text(ex.secret) })) {
          const s = scopeJson(p.offline(f));
          for (const w of [...s.reach.resources, ...s.destroy.map((x) => x.resource)]) if (/\bevery data\b|\b1 [a-z]+s\b|\bevery [a-z]+ data\b/i.test(w)) bad.push(`${d.id}: ${w}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
  it('a destroy primitive is its action and its target', () => {
    expect(describeDestroy({ action: 'FLUSHALL', target: { kind: 'key', all: true }, destroysBackups: true, certainty: 'inferred' })).toBe('FLUSHALL: every key');
  });
  it('an action with several targets is named once', () => {
    const d = (action: string, name: string) => ({
      action,
      target: { kind: 'repository', all: true, within: { kind: 'user', name, bare: true } } as Resource,
      destroysBackups: false,
      certainty: 'confirmed' as const,
    });
    expect(describeDestroys([d('DELETE /repos', 'a'), d('DELETE /orgs', 'a'), d('DELETE /repos', 'b')])).toEqual([
      'DELETE /repos: every repository of a and every repository of b',
      'DELETE /orgs: every repository of a',
    ]);
  });
});
