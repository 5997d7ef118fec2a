// A Supabase database URL is its project's owner role (issue 11, item 5).
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { message } from '../src/report/messages.js';
import { scan, workspace } from './helpers.js';

type Report = Awaited<ReturnType<typeof scan>>;
const at = (r: Report, path: string, line: number) => r.results.filter((x) => x.finding.path === path && x.finding.line === line);
const rules = (r: Report, path: string, line: number) => at(r, path, line).map((x) => x.ruleId);

const ref = () => fake.lowerAlnum(20);
const pooler = (r: string, port = 6543) => `postgresql://postgres.${r}:${fake.password()}@aws-0-eu-central-1.pooler.supabase.com:${port}/postgres`;
const direct = (r: string) => `postgresql://postgres:${fake.password()}@db.${r}.supabase.co:5432/postgres`;
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
