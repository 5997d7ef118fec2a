// Azure Storage credentials are read offline (scopes/azure-storage.ts): an account key is root for its account;
// a shared access signature grants what its own fields say, and nothing is sent to read it.
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { scopeJson as rendered } from '../src/report/resources.js';
import { NO_NETWORK, scan, scanDefaults, workspace } from './helpers.js';
import { recorded } from './standins/index.js';

const sig = () => encodeURIComponent(fake.base64(43) + '=');
const key = () => fake.base64(86) + '==';
const one = async (text: string, environments: Record<string, string> = {}) => {
  const report = await scan({ ...scanDefaults, offline: false, root: workspace({ '.env': text }), env: NO_NETWORK, environments });
  const r = report.results.filter((x) => x.finding.provider === 'azure-storage');
  return { scope: r[0]?.scope, rules: r.map((x) => x.ruleId), finding: r[0]?.finding };
};

describe('Azure Storage', () => {
  it('an account key: root for its storage account, containers and soft-deleted versions deletable (inferred)', async () => {
    const { scope, rules } = await one(`AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acmebackups;AccountKey=${key()};EndpointSuffix=core.windows.net\n`, {
      acmebackups: 'production',
    });
    expect(scope).toMatchObject({ tokenKind: 'account-key', root: true, resolution: 'offline', certainty: 'inferred', reach: { environments: ['production'] } });
    expect(rendered(scope!).destroy.map((d) => [d.action, d.destroysBackups])).toEqual([
      ['Delete Container', false],
      ['Delete Share', false],
      ['Delete Blob (deletetype=permanent)', true],
    ]);
    expect(rules).toContain('ABR001');
    expect(rules).toContain('ABR004');
  });

  it('an account SAS with d, x and y: containers, blobs and soft-deleted versions deletable, read from its fields alone', async () => {
    const before = recorded.length;
    const s = sig();
    const { scope, rules, finding } = await one(`BACKUP_SAS_URL="https://acmebackups.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacyx&se=2999-01-01T00:00:00Z&spr=https&sig=${s}"\n`);
    expect(finding!.secret).toBe(s);
    expect(scope).toMatchObject({ tokenKind: 'account-sas', root: false, resolution: 'offline' });
    expect(scope!.inferred[0]).toMatch(
      /^a shared access signature read offline: permissions sp=rwdlacyx on blob services \(ss=b, srt=sco\) of storage account acmebackups, until 2999-01-01T00:00:00Z/,
    );
    expect(rendered(scope!).destroy.map((d) => [d.action, d.destroysBackups])).toEqual([
      ['Delete Container', false],
      ['Delete Blob / Delete File', false],
      ['Delete Blob (versionid)', false],
      ['Delete Blob (deletetype=permanent)', true],
    ]);
    expect(rules).toEqual(expect.arrayContaining(['ABR003', 'ABR004']));
    expect(recorded.length, 'nothing is sent to read a SAS').toBe(before);
  });

  it('a read-only service SAS for one container deletes nothing; an expired one says so', async () => {
    const ro = await one(`LOGS=https://acmelogs.blob.core.windows.net/logs?sv=2022-11-02&sr=c&sp=rl&se=2999-06-01&sig=${sig()}\n`);
    expect(ro.scope).toMatchObject({ tokenKind: 'service-sas', destroy: [] });
    expect(ro.rules).not.toContain('ABR003');
    const old = await one(`LOGS=https://acmelogs.blob.core.windows.net/logs?sv=2019-02-02&sr=c&sp=rwdl&se=2020-01-01&sig=${sig()}\n`);
    expect(old.scope).toMatchObject({ destroy: [] });
    expect(old.scope!.inferred.join(' ')).toMatch(/it expired on 2020-01-01/);
  });
});
