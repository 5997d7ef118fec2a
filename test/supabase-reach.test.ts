// A Supabase database URL is its project's owner role, and a service key and a database URL of one project
// reach the same project: the report connects them (issue 11, item 5).
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { message } from '../src/report/messages.js';
import { toJson } from '../src/report/json.js';
import { toSarif } from '../src/report/sarif.js';
import { toText } from '../src/report/text.js';
import type { Resource } from '../src/types.js';
import { scan, workspace } from './helpers.js';

type Report = Awaited<ReturnType<typeof scan>>;
const at = (r: Report, path: string, line: number) => r.results.filter((x) => x.finding.path === path && x.finding.line === line);
const rules = (r: Report, path: string, line: number) => at(r, path, line).map((x) => x.ruleId);

const ref = () => fake.lowerAlnum(20);
// The scheme is joined at run time, so this file holds no connection-URL literal for the repository's own scan.
const PG = ['postgresql', '//'].join(':');
const pooler = (r: string, port = 6543) => `${PG}postgres.${r}:${fake.password()}@aws-0-eu-central-1.pooler.supabase.com:${port}/postgres`;
const direct = (r: string) => `${PG}postgres:${fake.password()}@db.${r}.supabase.co:5432/postgres`;
const serviceKey = (r: string) => fake.jwt({ iss: 'supabase', ref: r, role: 'service_role', iat: 1700000000, exp: 2015576000 });

describe('a Supabase database URL is the project owner role', () => {
  it('a pooler URL (user postgres.<ref>) in .env.production can drop the database: ABR003, inferred, not ABR007', async () => {
    const r = ref();
    const report = await scan({ root: workspace({ '.env.production': `DATABASE_URL=${pooler(r)}\n` }) });
    expect(rules(report, '.env.production', 1)).toEqual(['ABR003']);
    const [res] = at(report, '.env.production', 1);
    expect(res.certainty).toBe('inferred');
    expect(res.scope.root).toBe(false);
    expect(res.scope.reach.environments).toEqual(['production']);
    expect(res.scope.destroy.map((d) => d.action)).toContain('DROP DATABASE');
    const text = message(res);
    expect(text).toContain(`project ${r}`);
    expect(text).toMatch(/owner role/);
    expect(text).toMatch(/UNCONFIRMED/);
  });

  it('the session pooler port (5432) is the same owner role', async () => {
    const report = await scan({ root: workspace({ '.env.production': `DATABASE_URL=${pooler(ref(), 5432)}\n` }) });
    expect(rules(report, '.env.production', 1)).toEqual(['ABR003']);
  });

  it('the direct host db.<ref>.supabase.co with user postgres: one project owner, not an account root', async () => {
    const r = ref();
    const report = await scan({ root: workspace({ '.env.production': `DATABASE_URL=${direct(r)}\n` }) });
    expect(rules(report, '.env.production', 1)).toEqual(['ABR003']);
    const [res] = at(report, '.env.production', 1);
    expect(res.certainty).toBe('inferred');
    expect(message(res)).toContain(`project ${r}`);
  });

  it('another role on the pooler is not taken for the owner', async () => {
    const report = await scan({ root: workspace({ '.env.production': `DATABASE_URL=${pooler(ref()).replace('postgres.', 'app_rw.')}\n` }) });
    expect(rules(report, '.env.production', 1)).toEqual(['ABR007']);
  });

  it('the config maps a project ref to production: the owner URL in a staging file reaches production', async () => {
    const r = ref();
    const report = await scan({ root: workspace({ '.env.staging': `DATABASE_URL=${pooler(r)}\n` }), environments: { [r]: 'production' } });
    expect(rules(report, '.env.staging', 1)).toEqual(['ABR002', 'ABR003']);
  });
});

describe('a service key and a database URL of one project are connected', () => {
  it('same ref: each result names the other, and both keep their own verdicts', async () => {
    const r = ref();
    const report = await scan({
      root: workspace({
        '.env.production': `SUPABASE_SERVICE_ROLE_KEY=${serviceKey(r)}\nDATABASE_URL=${pooler(r)}\n`,
        'supabase/.env': `DIRECT_URL=${direct(r)}\n`,
      }),
    });
    const key = at(report, '.env.production', 1);
    const db = at(report, '.env.production', 2);
    const directUrl = at(report, 'supabase/.env', 1);
    expect(key.map((x) => x.ruleId)).toEqual(['ABR003']);
    expect(db.map((x) => x.ruleId)).toEqual(['ABR003']);
    // Not merged: three credentials, three results of their own.
    expect(new Set(report.results.map((x) => x.finding.fingerprint)).size).toBe(3);
    expect(message(key[0])).toContain(
      `Reaches the same project ${r} (https://${r}.supabase.co) as the PostgreSQL connection-url at .env.production:2 and the PostgreSQL connection-url at supabase/.env:1.`,
    );
    expect(message(db[0])).toContain(
      `Reaches the same project ${r} (https://${r}.supabase.co) as the Supabase service_role at .env.production:1 and the PostgreSQL connection-url at supabase/.env:1.`,
    );
    expect(message(directUrl[0])).toMatch(/the Supabase service_role at \.env\.production:1/);
    // The reach of both names the project.
    const names = (res: Resource | undefined): boolean => !!res && ((res.kind === 'project' && res.name === r) || names(res.within));
    for (const x of [key[0], db[0]]) expect(x.scope.reach.resources.some(names)).toBe(true);
    // Every format says so: JSON as data, SARIF as related locations, text in words.
    const json = JSON.parse(toJson(report));
    const jkey = json.results.find((x: { location: { path: string; line: number } }) => x.location.path === '.env.production' && x.location.line === 1);
    expect(jkey.connected.map((c: { locations: Array<{ path: string; line: number }> }) => `${c.locations[0].path}:${c.locations[0].line}`)).toEqual(['.env.production:2', 'supabase/.env:1']);
    expect(jkey.connected[0].resource).toBe(`project ${r} (https://${r}.supabase.co)`);
    const sarif = toSarif(report).runs[0].results!.find(
      (x) => x.locations![0].physicalLocation!.region!.startLine === 1 && x.locations![0].physicalLocation!.artifactLocation!.uri === '.env.production',
    )!;
    expect(sarif.relatedLocations!.map((l) => l.message!.text)).toEqual([
      `A PostgreSQL connection-url that reaches the same project ${r} (https://${r}.supabase.co).`,
      `A PostgreSQL connection-url that reaches the same project ${r} (https://${r}.supabase.co).`,
    ]);
    expect(toText(report)).toContain(`Reaches the same project ${r}`);
  });

  it('different refs are not connected', async () => {
    const report = await scan({ root: workspace({ '.env.production': `SUPABASE_SERVICE_ROLE_KEY=${serviceKey(ref())}\nDATABASE_URL=${pooler(ref())}\n` }) });
    expect(report.results.length).toBe(2);
    for (const x of report.results) {
      expect(x.connected).toBeUndefined();
      expect(message(x)).not.toMatch(/Reaches the same/);
    }
    expect(JSON.parse(toJson(report)).results.every((x: object) => !('connected' in x))).toBe(true);
  });

  it("an sb_secret_ key whose SUPABASE_URL names the project is connected with that project's database URL", async () => {
    const r = ref();
    const secret = `sb_secret_${fake.base64url(22)}_${fake.alnum(8)}`;
    const report = await scan({ root: workspace({ '.env.production': `SUPABASE_URL=https://${r}.supabase.co\nSUPABASE_SECRET_KEY=${secret}\nDATABASE_URL=${direct(r)}\n` }) });
    const key = at(report, '.env.production', 2);
    expect(key.map((x) => x.ruleId)).toEqual(['ABR003']);
    expect(message(key[0])).toContain('as the PostgreSQL connection-url at .env.production:3.');
    expect(message(at(report, '.env.production', 3)[0])).toContain('as the Supabase secret-key at .env.production:2.');
  });
});

describe('many credentials of one project', () => {
  it('each lists at most ten of the others, each at most ten places, and counts the rest (it was every other one, every place)', async () => {
    const r = ref();
    // 14 pooler URLs of one project (each its own password), in 14 files, one of them in 12 more places.
    const files: Record<string, string> = {};
    const urls = Array.from({ length: 14 }, () => pooler(r));
    for (const [i, u] of urls.entries()) files[`s${String(i).padStart(2, '0')}.env`] = `DATABASE_URL=${u}\n`;
    for (let i = 0; i < 12; i++) files[`copy${String(i).padStart(2, '0')}.env`] = `DATABASE_URL=${urls[13]}\n`;
    const report = await scan({ root: workspace(files) });
    const first = at(report, 's00.env', 1)[0];
    expect(first.connected?.length).toBe(10);
    expect(first.connectedMore).toBe(3);
    const json = JSON.parse(toJson(report));
    const results = json.results.filter((x: { location: { path: string } }) => x.location.path === 's00.env');
    expect(results[0].connectedMore).toBe(3);
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(new URL('../schemas/report.schema.json', import.meta.url), 'utf8')));
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // s13's URL sits in 13 places: whoever lists it lists ten and counts three.
    const last = at(report, 's01.env', 1)[0];
    expect(last.connected?.every((c) => c.locations.length <= 10)).toBe(true);
    const all = report.results.flatMap((x) => x.connected ?? []).filter((c) => c.locationsMore);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((c) => c.locationsMore === 3)).toBe(true);
    for (const x of toSarif(report).runs[0].results as Array<{ relatedLocations: unknown[] }>) expect(x.relatedLocations.length).toBeLessThanOrEqual(20 + 100);
  });
});
