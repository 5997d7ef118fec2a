import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { EgressError, ProviderError, type Answer, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource } from '../src/types.js';
import { environments, environmentOf, type Destroy } from './lib/saas-read.js';

// The Auth Token and Main API keys have full access, including API keys, account configuration and
// subaccounts; Standard keys everything but /Accounts and /Keys; Restricted keys their permissions
// (https://www.twilio.com/docs/iam/api-keys/keys-in-console). Exact destroy endpoints are UNCONFIRMED.

const egress: ProviderEgress = {
  provider: 'twilio',
  base: 'https://api.twilio.com',
  hosts: ['api.twilio.com', 'verify.twilio.com'],
  bases: { verify: 'https://verify.twilio.com' },
  routes: [
    { method: 'GET', path: /^\/v2\/Services$/, bases: ['verify'] },
    { method: 'GET', path: /^\/2010-04-01\/Accounts\.json$/, bases: ['default'] },
  ],
};

// Twilio error codes in the JSON body (trufflehog pkg/analyzer/analyzers/twilio/twilio.go):
// 20003 "Authenticate" (invalid credentials), 70051 authenticated without permission (a Restricted key).
const INVALID_CREDENTIALS = 20003;
const AUTHENTICATED_NO_PERMISSION = 70051;
const ENDPOINTS = 'the exact destroy endpoints of a key are not documented (https://www.twilio.com/docs/iam/api-keys/api-key)';

const code = (a: Answer) => (a.json as { code?: number } | undefined)?.code;

interface Account {
  sid: string;
  friendly_name?: string;
  status?: string;
  owner_account_sid?: string;
}

async function resolveTwilio(f: Finding, ctx: ResolveContext) {
  const user = f.tokenKind === 'auth-token' ? f.parts.accountSid : f.parts.keySid;
  if (!user) throw new EgressError(f.tokenKind === 'auth-token' ? 'no Account SID (AC…) next to the Auth Token' : 'no API key SID (SK…) next to the API key secret');
  const evidence: string[] = [];
  const headers = { authorization: `Basic ${Buffer.from(`${user}:${f.secret}`).toString('base64')}`, accept: 'application/json' };

  // Liveness: GET verify.twilio.com/v2/Services, 200 valid, 401 invalid (trufflehog twilio.go, twilioapikey.go).
  const v = await ctx.egress.request(egress, { method: 'GET', path: '/v2/Services?PageSize=1', headers, evidence, base: 'verify' });
  if (v.status === 401 || (v.status === 403 && code(v) === INVALID_CREDENTIALS))
    return revokedScope(f.tokenKind, evidence, `Twilio answered ${v.status} (code ${code(v) ?? 'none'}) to GET /v2/Services`);
  if (v.status === 403 && code(v) === AUTHENTICATED_NO_PERMISSION) {
    return liveScope({
      tokenKind: 'restricted-api-key',
      identity: user,
      resources: [{ kind: 'permission', all: true, qualifier: 'those granted to this restricted key; Twilio lists no read-only way to see them' }],
      unconfirmed: ['a restricted key is told by Verify answering "authenticated, no permission" (code 70051); which permissions it holds is not determinable read-only'],
      reachInferred: true,
      evidence,
    });
  }
  if (v.status !== 200) throw new ProviderError(`twilio: unexpected response to GET /v2/Services (HTTP ${v.status}${code(v) ? `, code ${code(v)}` : ''})`, v.status);

  // Type: GET /2010-04-01/Accounts.json, 200 for the Auth Token or a Main key (with subaccounts), 401 for a Standard key.
  const a = await ctx.egress.request(egress, { method: 'GET', path: '/2010-04-01/Accounts.json?PageSize=100', headers, evidence });
  if (a.status === 401 && f.tokenKind !== 'auth-token') {
    const destroy: Destroy[] = [{ action: 'message and recording delete, phone number release', target: MESSAGES, destroysBackups: false, certainty: 'inferred' }];
    return liveScope({
      tokenKind: 'standard-api-key',
      identity: user + (f.parts.accountSid ? ` of account ${f.parts.accountSid}` : ''),
      resources: [{ kind: 'account', qualifier: 'every API resource except /Accounts and /Keys: it can send messages and place calls (toll fraud, cost)' }],
      destroy,
      unconfirmed: [ENDPOINTS],
      evidence,
    });
  }
  const accounts = (a.json as { accounts?: Account[] } | undefined)?.accounts;
  if (a.status !== 200 || !Array.isArray(accounts)) throw new ProviderError(`twilio: unexpected response to GET /2010-04-01/Accounts.json (HTTP ${a.status})`, a.status);
  const names = accounts.map((x) => `${x.friendly_name ?? x.sid}${x.owner_account_sid && x.owner_account_sid !== x.sid ? ' (subaccount)' : ''}`);
  const destroy: Destroy[] = [
    { action: 'API key delete', target: { kind: 'api-key', all: true, within: { kind: 'account' } }, destroysBackups: false, certainty: 'inferred' },
    {
      action: 'subaccount close',
      target:
        accounts.length > 1
          ? { kind: 'account', noun: SUBACCOUNT, names: accounts.filter((x) => x.owner_account_sid && x.owner_account_sid !== x.sid).map((x) => x.friendly_name ?? x.sid) }
          : { kind: 'account', noun: SUBACCOUNT, all: true },
      destroysBackups: false,
      certainty: 'inferred',
    },
    { action: 'message and recording delete, phone number release', target: MESSAGES, destroysBackups: false, certainty: 'inferred' },
  ];
  return liveScope({
    tokenKind: f.tokenKind === 'auth-token' ? 'auth-token' : 'main-api-key',
    identity: f.parts.accountSid ?? accounts.find((x) => !x.owner_account_sid || x.owner_account_sid === x.sid)?.sid ?? user,
    root: true,
    environments: environments(
      accounts.map((x) => environmentOf(ctx, x.friendly_name ?? '', x.sid)),
      true,
    ),
    resources: [{ kind: 'account', names, including: ['their API keys and configuration'] }],
    destroy,
    unconfirmed: [ENDPOINTS],
    evidence,
  });
}

/** Messages, recordings and phone numbers: what a Twilio account holds that one call deletes or releases. */
const MESSAGES: Resource = { kind: 'message', all: true, within: { kind: 'account' }, including: ['every recording and phone number'] };

// Twilio's noun (https://www.twilio.com/docs/iam/api/subaccounts).
const SUBACCOUNT = { one: 'subaccount', many: 'subaccounts' };

export default defineProvider({
  id: 'twilio',
  name: 'Twilio',
  asks: {
    calls: '`GET verify/v2/Services`, `/2010-04-01/Accounts.json`',
    tells: 'Auth Token / Main key → root; destroy endpoints †',
    docs: 'https://www.twilio.com/docs/iam/api-keys/api-key',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveTwilio,
  offline: (f) => {
    if (f.tokenKind === 'auth-token') {
      return shapeScope({
        tokenKind: f.tokenKind,
        root: true,
        environments: ['*'],
        resources: [{ kind: 'account', including: ['every API resource, API keys, account configuration and subaccounts'] }],
        destroy: [
          { action: 'API key delete', target: { kind: 'api-key', all: true, within: { kind: 'account' } }, destroysBackups: false },
          { action: 'subaccount close', target: { kind: 'account', noun: SUBACCOUNT, all: true }, destroysBackups: false },
          { action: 'message and recording delete, phone number release', target: MESSAGES, destroysBackups: false },
        ],
        because: ['the Auth Token has full access to its account, like a Main API key', ENDPOINTS],
      });
    }
    return shapeScope({
      tokenKind: f.tokenKind,
      because: ['a Main key equals the Auth Token, a Standard key reaches everything but /Accounts and /Keys, a Restricted key only its permissions; only Twilio tells which'],
    });
  },
  remediation: (f, scope) =>
    f.tokenKind === 'auth-token'
      ? 'Keep the Auth Token out of applications: use a restricted API key with only the product permissions needed, and rotate the Auth Token at https://console.twilio.com/us1/account/keys-credentials/api-keys.'
      : `${scope.tokenKind === 'restricted-api-key' ? 'Keep this restricted key to the product permissions the task needs' : `Replace this ${scope.tokenKind} with a restricted API key holding only the product permissions needed`}, and delete the old one at https://console.twilio.com/us1/account/keys-credentials/api-keys.`,
});
