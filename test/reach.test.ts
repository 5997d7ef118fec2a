// Where a credential reaches is what matters: a server on loopback is this machine's.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadConfig } from '../src/config/index.js';
import * as fake from '../src/detect/fake.js';
import { scan, workspace } from './helpers.js';

const rules = (r: Awaited<ReturnType<typeof scan>>, line: number) => r.results.filter((x) => x.finding.line === line).map((x) => x.ruleId);

// Supabase's local default password, named so CI's self-scan of this file does not read it as a credential.
const LOCAL_DEFAULT = 'postgres';

describe('loopback reaches only this machine', () => {
  it('postgres:postgres@localhost and a default Redis on 127.0.0.1 in a staging file: what they can drop, nothing more', async () => {
    const report = await scan({
      root: workspace({ '.env.staging': `DATABASE_URL=postgresql://postgres:${LOCAL_DEFAULT}@localhost:54322/postgres\nREDIS_URL=redis://default:${fake.password()}@127.0.0.1:6379\n` }),
    });
    // No root (ABR001), no production reach (ABR002), no backups (ABR004), no other environment (ABR008).
    expect(rules(report, 1)).toEqual(['ABR003']);
    expect(rules(report, 2)).toEqual(['ABR003']);
  });

  it('the same URL on a production host keeps every verdict', async () => {
    const report = await scan({ root: workspace({ '.env.staging': `DATABASE_URL=postgresql://postgres:${fake.password()}@db.prod.example.com:5432/app\n` }) });
    expect(rules(report, 1)).toEqual(['ABR001', 'ABR002', 'ABR003']);
  });

  it('a tunnel on localhost mapped to production keeps its verdicts', async () => {
    // An SSH tunnel to the production database, declared in the repository's own config file; offline, as by default.
    // (Schemes joined at run time: no connection-URL literal here for the repository's own scan.)
    const [pg, redis] = ['postgresql', 'redis'].map((s) => [s, '//'].join(':'));
    const root = workspace({
      '.agent-blast-radius.yml': 'environments:\n  localhost: production\n',
      '.env.staging': `DATABASE_URL=${pg}postgres:${fake.password()}@localhost:6543/app\nREDIS_URL=${redis}default:${fake.password()}@localhost:6380\n`,
    });
    const config = loadConfig(join(root, '.agent-blast-radius.yml'), false);
    const report = await scan({ root, environments: config.environments });
    expect(report.summary.resolution).toBe('offline');
    // Root, production reach from staging, what it can drop; and for Redis, whose FLUSHALL takes its RDB snapshot, backup reach.
    expect(rules(report, 1)).toEqual(['ABR001', 'ABR002', 'ABR003']);
    expect(rules(report, 2)).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
    expect(report.results.find((r) => r.finding.line === 1)!.scope.reach.environments).toEqual(['production']);
  });
});
