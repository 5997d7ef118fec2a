// Datadog resolver against its stand-in (test/standins/datadog.ts), answering as documented: the failure modes
// every resolver shares (test/saas-helpers.ts), then a live root credential, a live scoped one and the
// provider's own cases. Every credential is built here by the seeded generator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providers } from '../scopes/index.js';
import { Egress, endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { secretsOf, scannerOf, mine, scopeOf, rules, failureModes } from './saas-helpers.js';
import type { Standin } from './standins/index.js';
import { datadogWorld } from './standins/datadog.js';

const W = datadogWorld();
const T = { datadog: W.T };

let standin: Standin;
const odd = new Set<string>();
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await W.start(odd);
  env = { ...NO_NETWORK, [endpointVariable('datadog')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ datadog: secretsOf(Object.values(T.datadog)) });
  await standin?.close();
});

const scanOf = scannerOf(() => env);

failureModes('datadog', T.datadog, () => standin, scanOf);

describe('Datadog', () => {
  const dd = T.datadog;
  it('live root: an unscoped application key of an admin, on the configured site first', async () => {
    const r = await scanOf('datadog', dd.root);
    const s = scopeOf(r, dd.root);
    expect(s).toMatchObject({ tokenKind: 'admin-application-key', identity: 'sre@acme.example on datadoghq.eu (Datadog Admin Role)', root: true });
    expect(rules(mine(r, dd.root))).toEqual(['ABR001', 'ABR002', 'ABR003']);
    expect(s.evidence).toEqual(['GET eu:/api/v1/validate', 'GET eu:/api/v2/validate_keys', 'GET eu:/api/v2/current_user']);
    // The API key beside it resolves on its own: data submission, nothing to destroy.
    const api = r.results.find((x) => x.finding.secret === dd.root.api)!;
    expect(api.scope).toMatchObject({ status: 'live', tokenKind: 'api-key', identity: 'organization f3c2a0de-0000-4000-8000-00000000acme on datadoghq.eu' });
  });

  it('live scoped: current_user refuses a scoped application key', async () => {
    const r = await scanOf('datadog', dd.scoped);
    expect(scopeOf(r, dd.scoped)).toMatchObject({ status: 'live', tokenKind: 'scoped-application-key', root: false, certainty: 'inferred' });
    expect(rules(mine(r, dd.scoped))).toEqual(['ABR006']);
  });

  it('an API key alone: live, submits data', async () => {
    const r = await scanOf('datadog', dd.api);
    expect(scopeOf(r, dd.api)).toMatchObject({ status: 'live', tokenKind: 'api-key', root: false, destroy: [] });
  });

  it('without a site, every site is tried (one stand-in: each tried once)', () => {
    const e = new Egress({ env: {} });
    const hosts = ['default', 'eu', 'us3', 'us5', 'ap1', 'ap2', 'gov'].map((b) => e.admit(providers.find((p) => p.id === 'datadog')!.egress!, 'GET', '/api/v1/validate', undefined, b).url.hostname);
    expect(hosts).toEqual(['api.datadoghq.com', 'api.datadoghq.eu', 'api.us3.datadoghq.com', 'api.us5.datadoghq.com', 'api.ap1.datadoghq.com', 'api.ap2.datadoghq.com', 'api.ddog-gov.com']);
  });
});
