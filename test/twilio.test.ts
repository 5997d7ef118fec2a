// Twilio resolver against its stand-in (test/standins/twilio.ts), answering as documented: the failure modes
// every resolver shares (test/saas-helpers.ts), then a live root credential, a live scoped one and the
// provider's own cases. Every credential is built here by the seeded generator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { ACCOUNT_SID, secretsOf, scannerOf, mine, scopeOf, rules, failureModes } from './saas-helpers.js';
import type { Standin } from './standins/index.js';
import { twilioWorld } from './standins/twilio.js';

const W = twilioWorld();
const T = { twilio: W.T };

let standin: Standin;
const odd = new Set<string>();
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await W.start(odd);
  env = { ...NO_NETWORK, [endpointVariable('twilio')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ twilio: secretsOf(Object.values(T.twilio)) });
  await standin?.close();
});

const scanOf = scannerOf(() => env);

failureModes('twilio', T.twilio, () => standin, scanOf);

describe('Twilio', () => {
  const tw = T.twilio;
  it('live root: the Auth Token, the account and its subaccounts', async () => {
    const r = await scanOf('twilio', tw.root);
    const s = scopeOf(r, tw.root);
    expect(s).toMatchObject({ tokenKind: 'auth-token', identity: ACCOUNT_SID, root: true });
    expect(s.reach.environments.sort()).toEqual(['*', 'production', 'staging']);
    expect(rules(mine(r, tw.root))).toEqual(['ABR001', 'ABR002', 'ABR003?']);
    expect(s.evidence).toEqual(['GET verify:/v2/Services', 'GET /2010-04-01/Accounts.json']);
  });

  it('live scoped: a restricted key (Verify code 70051)', async () => {
    const r = await scanOf('twilio', tw.scoped);
    expect(scopeOf(r, tw.scoped)).toMatchObject({ status: 'live', tokenKind: 'restricted-api-key', root: false, destroy: [] });
    expect(rules(mine(r, tw.scoped))).toEqual(['ABR006']);
  });

  it('Standard and Main keys, told apart by /Accounts', async () => {
    expect(scopeOf(await scanOf('twilio', tw.standard), tw.standard)).toMatchObject({ tokenKind: 'standard-api-key', root: false });
    expect(scopeOf(await scanOf('twilio', tw.main), tw.main)).toMatchObject({ tokenKind: 'main-api-key', root: true });
  });
});
