// Azure service-principal certificate credentials against the stand-in for Entra ID and Resource Manager
// (test/standins/azure.ts): the private key signs a client assertion (PS256, x5t#S256) for the same client-credentials
// token as a secret, then the same reads. An Owner on the production subscription (root), a Reader on a staging one,
// a key whose certificate is not registered (AADSTS700027, revoked), then the canonical cases.
import { describe, expect, it } from 'vitest';
import { certificateAssertion, clientCredentialsOnly } from '../scopes/azure.js';
import { ProviderError } from '../src/resolve/egress.js';
import * as fake from '../src/detect/fake.js';
import { canonicalCases, providerSuite } from './canonical.js';
import { recorded } from './standins/index.js';
import { azureCertificateWorld, type AzureCertificateCredential } from './standins/azure.js';

const { T, start } = azureCertificateWorld();

const suite = providerSuite<AzureCertificateCredential>({
  id: 'azure',
  start,
  line: (c) => `AZURE_TENANT_ID=${c.tenant}\nAZURE_CLIENT_ID=${c.client}\nAZURE_CLIENT_CERTIFICATE="${c.key}\n${c.certificate}"\n`,
  secretOf: (c) => c.key,
  secrets: () => Object.values(T).map((c) => c.key),
  // The private key itself never leaves: only the assertion it signed, and never a call that answers a secret.
  after: () => {
    const azure = recorded.filter((r) => r.provider === 'azure');
    for (const c of Object.values(T)) {
      const body = c.key.split('\n')[1];
      expect(azure.some((r) => JSON.stringify(r).includes(body))).toBe(false);
    }
    expect(azure.filter((r) => /listKeys|listCredentials|publishxml|connectionStrings/i.test(r.path))).toEqual([]);
  },
});

describe('Azure service principal certificate', () => {
  it('an Owner on the production subscription: root, production, the assertion in place of a secret', async () => {
    const { scope, rules } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', tokenKind: 'client-certificate', root: true });
    expect(scope!.reach.environments).toContain('production');
    expect(scope!.evidence[0]).toMatch(/^POST login:\/[0-9a-f-]{36}\/oauth2\/v2\.0\/token token client_credentials \(ARM, certificate assertion\)$/);
    expect(scope!.destroy.map((d) => d.action)).toContain('Microsoft.Resources/subscriptions/resourceGroups/delete');
    expect(rules).toEqual(expect.arrayContaining(['ABR001', 'ABR002', 'ABR003']));
  });

  it('a Reader on a staging subscription: live, nothing to delete', async () => {
    const { scope, rules } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false, destroy: [], reach: { environments: ['staging'] } });
    expect(rules).toEqual(['ABR006']);
  });

  it('a key with no tenant and client ids beside it stays the generic private-key finding, sent nowhere', async () => {
    const r = await suite.scanFiles({ 'sp.pem': `${T.root.key}\n${T.root.certificate}\n` });
    const mine = suite.mine(r, T.root);
    expect(mine.map((x) => x.finding.detectorId)).toEqual(mine.map(() => 'private-key'));
  });

  it('the token request by certificate passes the read check; a garbled or non-RSA key sends nothing', () => {
    const assertion = certificateAssertion(T.root.key.replace(/\n/g, '\\n'), T.root.certificate, T.root.tenant, T.root.client);
    const [h, c] = assertion
      .split('.')
      .slice(0, 2)
      .map((x) => JSON.parse(Buffer.from(x, 'base64url').toString('utf8') || '{}'));
    expect(h).toMatchObject({ alg: 'PS256', typ: 'JWT' });
    expect(c).toMatchObject({ iss: T.root.client, sub: T.root.client, aud: `https://login.microsoftonline.com/${T.root.tenant}/oauth2/v2.0/token` });
    const form = new URLSearchParams({
      client_id: T.root.client,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      grant_type: 'client_credentials',
      scope: 'https://management.azure.com/.default',
    }).toString();
    expect(clientCredentialsOnly(form)).toBe('token client_credentials (ARM, certificate assertion)');
    expect(() => clientCredentialsOnly(form.replace('jwt-bearer', 'saml2-bearer'))).toThrow(/client-credentials/);
    expect(() => certificateAssertion(fake.pem('PRIVATE KEY'), T.root.certificate, T.root.tenant, T.root.client)).toThrow(ProviderError);
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
