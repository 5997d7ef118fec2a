// Where a credential reaches is what matters: a server on loopback is this machine's.
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { scan, workspace } from './helpers.js';

const rules = (r: Awaited<ReturnType<typeof scan>>, line: number) => r.results.filter((x) => x.finding.line === line).map((x) => x.ruleId);

describe('loopback reaches only this machine', () => {
  it('postgres:postgres@localhost and a default Redis on 127.0.0.1 in a staging file: what they can drop, nothing more', async () => {
    const report = await scan({
      root: workspace({ '.env.staging': `DATABASE_URL=postgresql://postgres:postgres@localhost:54322/postgres\nREDIS_URL=redis://default:${fake.password()}@127.0.0.1:6379\n` }),
    });
    // No root (ABR001), no production reach (ABR002), no backups (ABR004), no other environment (ABR008).
    expect(rules(report, 1)).toEqual(['ABR003']);
    expect(rules(report, 2)).toEqual(['ABR003']);
  });

  it('the same URL on a production host keeps every verdict', async () => {
    const report = await scan({ root: workspace({ '.env.staging': `DATABASE_URL=postgresql://postgres:${fake.password()}@db.prod.example.com:5432/app\n` }) });
    expect(rules(report, 1)).toEqual(['ABR001', 'ABR002', 'ABR003']);
  });
});
