// SendGrid resolver against its stand-in (test/standins/sendgrid.ts), answering as documented: the failure modes
// every resolver shares (test/saas-helpers.ts), then a live root credential, a live scoped one and the
// provider's own cases. Every credential is built here by the seeded generator.
import { scopeJson as rendered } from '../src/report/resources.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { secretsOf, scannerOf, mine, scopeOf, rules, failureModes } from './saas-helpers.js';
import { recorded, type Standin } from './standins/index.js';
import { sendgridWorld } from './standins/sendgrid.js';

const world = sendgridWorld();

const T = { sendgrid: world.T };

let standin: Standin;
const odd = new Set<string>();
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await world.start(odd);
  env = { ...NO_NETWORK, [endpointVariable('sendgrid')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ sendgrid: secretsOf(Object.values(T.sendgrid)) });
  await standin?.close();
});

const scanOf = scannerOf(() => env);

failureModes('sendgrid', T.sendgrid, () => standin, scanOf);

describe('SendGrid', () => {
  it('live root: a Full Access key', async () => {
    const r = await scanOf('sendgrid', T.sendgrid.root);
    const s = scopeOf(r, T.sendgrid.root);
    expect(s).toMatchObject({ tokenKind: 'full-access-key', identity: 'Mail Admin, Acme', root: true });
    expect(s.destroy.map((d) => d.action)).toEqual(['api_keys.delete', 'asm.groups.delete', 'alerts.delete', 'access_settings.whitelist.delete', 'other *.delete scopes']);
    expect(rules(mine(r, T.sendgrid.root))).toEqual(['ABR001', 'ABR002', 'ABR003']);
    expect(s.evidence).toEqual(['GET /v3/scopes', 'GET /v3/user/profile']);
  });

  it('live scoped: mail.send only', async () => {
    const r = await scanOf('sendgrid', T.sendgrid.scoped);
    const s = scopeOf(r, T.sendgrid.scoped);
    expect(s).toMatchObject({ tokenKind: 'restricted-key', root: false, destroy: [] });
    expect(rendered(s).reach.resources).toContain("the mail from the account's verified domains (phishing, sender reputation): mail.send");
    expect(rules(mine(r, T.sendgrid.scoped))).toEqual(['ABR006']);
  });

  it('revoked only once the EU host refuses it too', async () => {
    const before = recorded.length;
    const r = await scanOf('sendgrid', T.sendgrid.revoked);
    expect(r.revoked.length).toBe(1);
    // One stand-in serves both hosts (ABR_ENDPOINT_SENDGRID): the key was asked about twice.
    expect(
      recorded
        .slice(before)
        .filter((x) => x.provider === 'sendgrid')
        .map((x) => x.path),
    ).toEqual(['/v3/scopes', '/v3/scopes']);
  });
});
