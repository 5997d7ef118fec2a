import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { random, variableIs } from './lib/context.js';

// A Microsoft Entra ID application (service principal) client secret has no documented prefix: it is the value
// of AZURE_CLIENT_SECRET beside AZURE_TENANT_ID and AZURE_CLIENT_ID (azure-identity's EnvironmentCredential,
// https://learn.microsoft.com/javascript/api/@azure/identity/environmentcredential), of ARM_CLIENT_SECRET
// (Terraform's azurerm provider, https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_client_secret),
// of clientSecret in `az ad sp create-for-rbac --sdk-auth` output, or of password beside appId and tenant in
// `az ad sp create-for-rbac` output (https://learn.microsoft.com/cli/azure/ad/sp#az-ad-sp-create-for-rbac).
// Secrets created since 2021 are 40 characters of [A-Za-z0-9_.~-] with `Q~` at offset 3 — observed, not
// documented by Microsoft (UNCONFIRMED), so the variable decides and the shape only refines the token kind.
// The tenant and client ids are read from the same file: the resolver needs all three.
const GUID = '([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})';
export const TENANT = new RegExp(`(?:AZURE_TENANT_ID|ARM_TENANT_ID|tenant_?id|"tenant")["']?\\s{0,4}[:=]\\s{0,4}["']?${GUID}`, 'i');
export const CLIENT = new RegExp(`(?:AZURE_CLIENT_ID|ARM_CLIENT_ID|client_?id|"appId")["']?\\s{0,4}[:=]\\s{0,4}["']?${GUID}`, 'i');
const SECRET_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A new-format secret: three characters, a digit, `Q~`, then 34 more (observed shape, UNCONFIRMED). */
export const isQTildeSecret = (s: string) => /^[A-Za-z0-9_.~-]{3}[0-9]Q~[A-Za-z0-9_.~-]{34}$/.test(s);

export default defineDetector({
  id: 'azure-client-secret',
  provider: 'azure',
  tokenKind: 'client-secret',
  keywords: ['client_secret', 'clientsecret', 'client-secret', 'appid'],
  pattern: /(?<![A-Za-z0-9_.~-])([A-Za-z0-9_.~-]{32,44})(?![A-Za-z0-9_.~-])/g,
  // The check asks for a variable (read at most 200 characters back on the line) named client secret or password, and
  // no match starts inside another (the look-behind refuses the value's characters).
  near: { keywords: ['client_secret', 'clientsecret', 'client-secret', 'password'], from: 0, to: 200, reach: 48 },
  check: (secret, input) => {
    if (SECRET_ID.test(secret) || !random(secret, 3.5)) return false;
    // A bare client_secret is anyone's OAuth secret: only an Azure-named variable, or the tenant or client GUID beside it, says Entra ID.
    if (variableIs(input, /client[_-]?secret/i)) return /azure|arm_/i.test(input.variable ?? '') || TENANT.test(input.text) || CLIENT.test(input.text);
    // `az ad sp create-for-rbac` prints {"appId", "displayName", "password", "tenant"}.
    return variableIs(input, /^password$/i) && /"appId"/.test(input.text) && /"tenant"/.test(input.text);
  },
  enrich: (secret, input) => {
    const facts: Record<string, string> = {};
    const tenant = TENANT.exec(input.text)?.[1];
    const client = CLIENT.exec(input.text)?.[1];
    if (tenant) facts.tenantId = tenant.toLowerCase();
    if (client) facts.clientId = client.toLowerCase();
    facts.shape = isQTildeSecret(secret) ? 'q-tilde' : 'other';
    return { facts };
  },
  redaction: { kind: 'none' },
  // A shape without a prefix: a prefixed token in the same place (Shopify's shpss_ client secret) is that provider's.
  precedence: 'general',
  // One secret string paired with another application is another credential.
  fingerprintParts: ['clientId', 'tenantId'],
  docs: {
    url: 'https://learn.microsoft.com/entra/identity-platform/how-to-add-credentials',
    rotate: 'https://learn.microsoft.com/entra/identity-platform/how-to-add-credentials?tabs=client-secret',
  },
  examples: () => {
    const q = () => `${fake.alnum(3)}${fake.digits(1)}Q~${fake.alnum(34)}`;
    const ids = () => `AZURE_TENANT_ID=${fake.uuid()}\nAZURE_CLIENT_ID=${fake.uuid()}\n`;
    return {
      positive: [
        { text: (t) => `${ids()}AZURE_CLIENT_SECRET=${t}\n`, secret: q(), variable: 'AZURE_CLIENT_SECRET' },
        { text: (t) => `ARM_TENANT_ID="${fake.uuid()}"\nARM_CLIENT_ID="${fake.uuid()}"\nARM_CLIENT_SECRET="${t}"\n`, secret: fake.alnum(34) + '.~' + fake.alnum(4) },
        {
          text: (t) => `{\n  "clientId": "${fake.uuid()}",\n  "clientSecret": "${t}",\n  "subscriptionId": "${fake.uuid()}",\n  "tenantId": "${fake.uuid()}"\n}\n`,
          secret: q(),
          path: 'azure-credentials.json',
        },
        { text: (t) => `{\n  "appId": "${fake.uuid()}",\n  "displayName": "ci-deployer",\n  "password": "${t}",\n  "tenant": "${fake.uuid()}"\n}\n`, secret: q() },
      ],
      negative: [
        { text: `${ids()}AZURE_CLIENT_SECRET=${fake.uuid()}\n`, why: 'the secret ID (a GUID), not its value' },
        { text: `DB_PASSWORD=${q()}\n`, why: 'a password outside an Azure service-principal context' },
        { text: `[oauth]\nclient_secret = "${fake.alnum(40)}"\n`, why: 'an OAuth client secret with nothing naming Azure' },
        { text: `${ids()}AZURE_CLIENT_SECRET=${'x'.repeat(40)}\n`, why: 'placeholder' },
      ],
    };
  },
});
