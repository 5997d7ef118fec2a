// A credential is more than its secret: a connection string is (engine, host, port, user, password), a
// key pair is the pair. Two credentials that share a password are two credentials, each with its own
// worst verdict, and the reuse is said.
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { toText } from '../src/report/text.js';
import { scan, workspace } from './helpers.js';

const rulesAt = (report: Awaited<ReturnType<typeof scan>>, line: number) => report.results.filter((r) => r.finding.line === line).map((r) => r.ruleId);

describe('credential identity', () => {
  it('a production superuser URL in a staging file keeps its verdict when its password also opens another server', async () => {
    const pw = fake.password(20);
    const prod = `DATABASE_URL=postgres://postgres:${pw}@db.prod.example.com:5432/app\n`;
    const alone = await scan({ root: workspace({ '.env.staging': prod }) });
    expect(rulesAt(alone, 1)).toEqual(['ABR001', 'ABR002', 'ABR003']);
    const both = await scan({ root: workspace({ '.env.staging': prod + `REPLICA_URL=postgres://app:${pw}@db.staging.example.com:5432/app\n` }) });
    expect(rulesAt(both, 1)).toEqual(['ABR001', 'ABR002', 'ABR003']);
    // The application user on the staging server is not root, and not production.
    expect(rulesAt(both, 2)).toEqual(['ABR007']);
    expect(both.summary.secrets).toBe(2);
    expect(both.summary.reused).toEqual({ secrets: 1, credentials: 2 });
    expect(toText(both)).toContain('reused: 1 secret is shared by 2 credentials');
  });

  it('the same URL in two files is one credential with two locations; an unrelated file changes no verdict', async () => {
    const url = `postgres://postgres:${fake.password(20)}@db.prod.example.com:5432/app`;
    const files = { '.env.staging': `DATABASE_URL=${url}\n`, 'scripts/migrate.sh': `psql "${url}"\n` };
    const report = await scan({ root: workspace(files) });
    expect(report.summary.secrets).toBe(1);
    expect(report.summary.reused).toBeUndefined();
    const withNoise = await scan({ root: workspace({ ...files, 'notes/other.env': `OTHER_URL=mysql://root:${fake.password(20)}@localhost:3306/x\n` }) });
    const view = (r: typeof report) => r.results.filter((x) => x.finding.path !== 'notes/other.env').map((x) => [x.finding.path, x.ruleId, x.finding.fingerprint]);
    expect(view(withNoise)).toEqual(view(report));
  });

  it('an AWS key id paired with two different secrets is two credentials', async () => {
    const id = fake.awsKeyId();
    const report = await scan({
      root: workspace({ 'a/.env': `AWS_ACCESS_KEY_ID=${id}\nAWS_SECRET_ACCESS_KEY=${fake.awsSecret()}\n`, 'b/.env': `AWS_ACCESS_KEY_ID=${id}\nAWS_SECRET_ACCESS_KEY=${fake.awsSecret()}\n` }),
    });
    const fps = new Set(report.results.filter((r) => r.finding.provider === 'aws').map((r) => r.finding.fingerprint));
    expect(fps.size).toBe(2);
  });
});
