// --quiet means quiet: a scan that resolves AWS keys writes nothing to stderr, not even the AWS SDK's
// Node-version warning (which, without --quiet, appears at most once), and a request past the timeout is our
// own `unknown` reason, not a line the SDK's HTTP handler prints on the console.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { loadAwsSdk } from '../src/resolve/aws.js';
import { assertEgressClean } from './egress-check.js';
import { cliAsync, scan, scanDefaults, workspace } from './helpers.js';
import { parseAuthorization, startAws, type AwsStandin } from './standins/aws.js';
import { recorded } from './standins/index.js';

const STG = '123456789012';
const key = () => ({ id: fake.awsKeyId(), secret: fake.awsSecret() });
const READER = key();
const DEPLOYER = key();
const SLOW = key();
const envFile = (k: { id: string; secret: string }, n = '') => `AWS_ACCESS_KEY_ID${n}=${k.id}\nAWS_SECRET_ACCESS_KEY${n}=${k.secret}\n`;
const SDK_WARNING = /NodeVersionSupportWarning/g;
/** The key ids the stand-in heard from. */
const resolvedKeys = () => [...new Set(recorded.filter((r) => r.provider === 'aws').map((r) => parseAuthorization(r.headers.authorization)?.keyId))];

let standin: AwsStandin;

beforeAll(async () => {
  await loadAwsSdk(); // outside the timed scan
  const user = (name: string) => ({ secret: '', account: STG, arn: `arn:aws:iam::${STG}:user/${name}`, iam: ['*'] });
  standin = await startAws({
    keys: { [READER.id]: { ...user('reader'), secret: READER.secret }, [DEPLOYER.id]: { ...user('deployer'), secret: DEPLOYER.secret }, [SLOW.id]: { ...user('slow'), secret: SLOW.secret } },
    users: { reader: {}, deployer: {}, slow: {} },
  });
});

afterAll(async () => {
  assertEgressClean({ aws: [READER, DEPLOYER, SLOW].flatMap((k) => [k.id, k.secret]) });
  await standin.close();
});

describe('the CLI resolving AWS keys', () => {
  it('with --quiet: an empty stderr', async () => {
    const r = await cliAsync(['scan', workspace({ '.env.staging': envFile(READER) }), '--quiet', '--no-color'], { ABR_ENDPOINT_AWS: standin.url });
    expect(resolvedKeys()).toContain(READER.id); // the SDK's clients were made and sent
    expect(r.stderr).toBe('');
  });

  it('without --quiet: the SDK warning at most once, however many keys are resolved', async () => {
    const r = await cliAsync(['scan', workspace({ '.env.staging': envFile(READER), 'deploy/.env': envFile(DEPLOYER) }), '--no-color'], { ABR_ENDPOINT_AWS: standin.url });
    expect(resolvedKeys()).toEqual(expect.arrayContaining([READER.id, DEPLOYER.id]));
    expect(r.stderr.match(SDK_WARNING)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('a request past the timeout', () => {
  it('is unknown with our reason, in about the timeout, and the SDK prints nothing', async () => {
    // The stand-in holds each request for 2 s, then drops it; the timeout is 300 ms, and the SDK tries twice.
    standin.faults.push('timeout', 'timeout');
    const warn = vi.spyOn(console, 'warn');
    try {
      const started = Date.now();
      const report = await scan({ ...scanDefaults, offline: false, root: workspace({ '.env.staging': envFile(SLOW) }), env: { ABR_ENDPOINT_AWS: standin.url }, timeoutMs: 300 });
      const elapsed = Date.now() - started;
      const results = report.results.filter((r) => r.finding.provider === 'aws');
      expect(results.map((r) => r.ruleId)).toEqual(['ABR007']);
      expect(results[0].scope).toMatchObject({ status: 'unknown', resolution: 'offline' });
      expect(results[0].scope.reason).toMatch(/timed out after 300 ms/);
      expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([]);
      // Two attempts of 300 ms, not two of the stand-in's 2 s (4 s before throwOnRequestTimeout).
      expect(elapsed).toBeLessThan(3000);
    } finally {
      warn.mockRestore();
      standin.faults.length = 0;
    }
  });
});
