// Azure service-principal client secrets against the stand-in for Entra ID and Resource Manager
// (test/standins/azure.ts): a Contributor on the production subscription (root), a custom role on one
// staging resource group (scoped), an expired secret, then the canonical cases every resolver answers the same way.
import { describe, expect, it } from 'vitest';
import azure, { allows, clientCredentialsOnly } from '../scopes/azure.js';
import { scopeJson as rendered } from '../src/report/resources.js';
import { Egress, EgressError } from '../src/resolve/egress.js';
import { canonicalCases, providerSuite } from './canonical.js';
import { recorded } from './standins/index.js';
import { azureWorld, type AzureCredential } from './standins/azure.js';

const world = azureWorld();
const { T } = world;

const suite = providerSuite<AzureCredential>({
  id: 'azure',
  start: world.start,
  line: (c) => `AZURE_TENANT_ID=${c.tenant}\nAZURE_CLIENT_ID=${c.client}\nAZURE_CLIENT_SECRET=${c.secret}\n`,
  secretOf: (c) => c.secret,
  secrets: () => Object.values(T).map((c) => c.secret),
  // No call that answers a secret (storage keys, publishing credentials, connection strings) is ever made.
  after: () => expect(recorded.filter((r) => r.provider === 'azure' && /listKeys|listCredentials|publishxml|connectionStrings/i.test(r.path))).toEqual([]),
});

describe('Azure service principal', () => {
  it('Contributor on the production subscription: root, production, resource groups, SQL servers and storage accounts deletable with backups (inferred)', async () => {
    const { scope, rules, certainty } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', tokenKind: 'client-secret', root: true });
    expect(scope!.identity).toMatch(/^service principal [0-9a-f-]{36} \(object [0-9a-f-]{36}\) in tenant [0-9a-f-]{36} · Contributor on \/subscriptions\/[0-9a-f-]{36}; Reader on /);
    expect(scope!.reach.environments.sort()).toEqual(['*', 'production', 'staging']);
    const destroy = rendered(scope!).destroy.map((d) => [d.action, d.destroysBackups, d.certainty]);
    expect(destroy).toEqual([
      ['Microsoft.Resources/subscriptions/resourceGroups/delete', true, 'inferred'],
      ['Microsoft.Sql/servers/delete', true, 'inferred'],
      ['Microsoft.Storage/storageAccounts/delete', true, 'inferred'],
      ['Microsoft.RecoveryServices/vaults/delete', false, 'confirmed'],
      ['Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems/delete', true, 'inferred'],
    ]);
    expect(rendered(scope!).destroy[0].resource).toMatch(/every resource group of subscription Acme Production/);
    expect(scope!.evidence.map((e) => e.replace(/[0-9a-f-]{36}/g, '{id}'))).toEqual([
      'POST login:/{id}/oauth2/v2.0/token token client_credentials (ARM)',
      'GET /subscriptions',
      'GET /subscriptions/{id}/providers/Microsoft.Authorization/roleAssignments',
      'GET /subscriptions/{id}/resourcegroups',
      'GET /subscriptions/{id}/providers/Microsoft.Authorization/roleAssignments',
      'GET /subscriptions/{id}/resourcegroups',
      'GET /subscriptions/{id}/providers/Microsoft.Authorization/roleDefinitions/{id}',
      'GET /subscriptions/{id}/providers/Microsoft.Authorization/roleDefinitions/{id}',
    ]);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
    expect(certainty).toMatchObject({ ABR001: 'confirmed', ABR002: 'confirmed', ABR003: 'confirmed' });
  });

  it('a custom storage role on one staging resource group: not root, staging only, its storage accounts deletable', async () => {
    const { scope, rules } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false, reach: { environments: ['staging'] } });
    expect(rendered(scope!).destroy.map((d) => [d.action, d.resource])).toEqual([
      ['Microsoft.Storage/storageAccounts/delete', expect.stringMatching(/^every storage account of resource group rg-shop-staging of subscription Acme Non-Prod/)],
    ]);
    expect(rules).toContain('ABR003');
    expect(rules).not.toContain('ABR001');
  });

  it('an expired secret (AADSTS7000222) is revoked', async () => {
    const r = await suite.scanOf(T.expired);
    expect(suite.mine(r, T.expired)).toEqual([]);
    expect(r.revoked.map((f) => f.secret)).toContain(T.expired.secret);
  });

  it('a secret without its tenant and client ids is not sent', async () => {
    const r = await suite.scanFiles({ '.env': `AZURE_CLIENT_SECRET=${T.root.secret}\n` });
    expect(suite.mine(r, T.root)[0].scope.reason).toMatch(/^not resolved: no tenant id and client id beside the secret/);
  });

  it('only a client-credentials grant for Resource Manager leaves, and only reads after it', () => {
    const form = (o: Record<string, string>) => new URLSearchParams(o).toString();
    expect(clientCredentialsOnly(form({ client_id: 'a', client_secret: 'b', grant_type: 'client_credentials', scope: 'https://management.azure.com/.default' }))).toBe(
      'token client_credentials (ARM)',
    );
    expect(() => clientCredentialsOnly(form({ client_id: 'a', client_secret: 'b', grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default' }))).toThrow(EgressError);
    expect(() => clientCredentialsOnly(form({ client_id: 'a', client_secret: 'b', grant_type: 'password', scope: 'https://management.azure.com/.default', username: 'u' }))).toThrow(EgressError);
    const e = new Egress({ env: {} });
    const sub = '/subscriptions/00000000-0000-0000-0000-000000000000';
    expect(() => e.admit(azure.egress!, 'GET', `${sub}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct/listKeys`)).toThrow(/not an allowed read call/);
    expect(() => e.admit(azure.egress!, 'POST', `${sub}/resourcegroups`, '{}')).toThrow(EgressError);
    expect(e.admit(azure.egress!, 'GET', '/subscriptions').url.host).toBe('management.azure.com');
    expect(
      e.admit(
        azure.egress!,
        'POST',
        '/contoso.onmicrosoft.com/oauth2/v2.0/token',
        form({ client_id: 'a', client_secret: 'b', grant_type: 'client_credentials', scope: 'https://management.azure.com/.default' }),
        'login',
      ).url.host,
    ).toBe('login.microsoftonline.com');
  });

  it("reads Azure's action wildcards and notActions", () => {
    const contributor = { properties: { roleName: 'Contributor', permissions: [{ actions: ['*'], notActions: ['Microsoft.Authorization/*/Delete'] }] } };
    expect(allows(contributor, 'Microsoft.Sql/servers/delete')).toBe(true);
    expect(allows(contributor, 'Microsoft.Authorization/roleAssignments/delete')).toBe(false);
    expect(allows({ properties: { roleName: 'Reader', permissions: [{ actions: ['*/read'] }] } }, 'Microsoft.Sql/servers/delete')).toBe(false);
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
