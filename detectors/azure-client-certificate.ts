import { defineDetector, indexAfter } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { CLIENT, TENANT } from './azure-client-secret.js';
import { isKeyBody } from './lib/block.js';

// A Microsoft Entra ID application (service principal) may authenticate with a certificate instead of a secret: it
// signs a JWT assertion with the certificate's private key (https://learn.microsoft.com/entra/identity-platform/certificate-credentials).
// `az ad sp create-for-rbac --create-cert` writes the key and the certificate to one PEM file
// (https://learn.microsoft.com/cli/azure/azure-cli-sp-tutorial-3); azure-identity's ClientCertificateCredential takes
// that PEM with the tenant and client ids (https://learn.microsoft.com/javascript/api/@azure/identity/clientcertificatecredential).
// This is the RSA private key of such a PEM when the same text also holds its certificate and the tenant and client
// ids (a configuration, a Kubernetes Secret, an .env with the PEM inline): the resolver needs all four. A PEM file
// whose ids sit in another file (AZURE_CLIENT_CERTIFICATE_PATH) stays the generic private-key finding.
const CERTIFICATE = /-----BEGIN CERTIFICATE-----(?:\\n|\s)[A-Za-z0-9+/=\s\\n]{64,16384}?-----END CERTIFICATE-----/;

export default defineDetector({
  id: 'azure-client-certificate',
  provider: 'azure',
  tokenKind: 'client-certificate',
  keywords: ['private key-----'],
  // Entra ID certificate credentials are RSA (PS256/RS256 assertions); an encrypted key cannot sign without its passphrase.
  pattern: /-----BEGIN (?:RSA )?PRIVATE KEY-----/g,
  extend: (text, end) => {
    const stop = indexAfter(text, '-----END ', end);
    if (stop < 0 || stop - end > 65536) return end;
    const close = text.indexOf('-----', stop + 9);
    return close < 0 ? end : close + 5;
  },
  check: (secret, input) => /-----END (?:RSA )?PRIVATE KEY-----$/.test(secret) && isKeyBody(secret) && TENANT.test(input.text) && CLIENT.test(input.text) && CERTIFICATE.test(input.text),
  enrich: (_secret, input) => {
    const tenant = TENANT.exec(input.text)?.[1];
    const client = CLIENT.exec(input.text)?.[1];
    const certificate = CERTIFICATE.exec(input.text)?.[0];
    const facts: Record<string, string> = {};
    const parts: Record<string, string> = {};
    if (tenant) facts.tenantId = tenant.toLowerCase();
    if (client) facts.clientId = client.toLowerCase();
    if (certificate) parts.clientCertificate = certificate;
    return { facts, parts };
  },
  redaction: { kind: 'none' },
  // The application it signs for is part of the credential: one key registered on two applications is two.
  fingerprintParts: ['clientId', 'tenantId'],
  docs: {
    url: 'https://learn.microsoft.com/entra/identity-platform/certificate-credentials',
    rotate: 'https://learn.microsoft.com/entra/identity-platform/how-to-add-credentials?tabs=certificate',
  },
  examples: () => {
    const ids = () => `AZURE_TENANT_ID=${fake.uuid()}\nAZURE_CLIENT_ID=${fake.uuid()}\n`;
    const yaml = (s: string) => s.replace(/\n/g, '\n    ');
    return {
      positive: [
        {
          text: (k) => `${ids()}AZURE_CLIENT_CERTIFICATE="${k}\n${fake.pem('CERTIFICATE')}"\n`,
          secret: fake.pem('PRIVATE KEY'),
        },
        {
          text: (k) => `stringData:\n  tenant_id: "${fake.uuid()}"\n  client_id: "${fake.uuid()}"\n  cert.pem: |\n    ${k}\n    ${yaml(fake.pem('CERTIFICATE'))}\n`,
          secret: fake.pem('RSA PRIVATE KEY').replace(/\n/g, '\n    '),
          path: 'k8s/azure-sp.yaml',
        },
        {
          text: (k) => `{"tenantId": "${fake.uuid()}", "clientId": "${fake.uuid()}", "certificate": "${k.replace(/\n/g, '\\n')}\\n${fake.pem('CERTIFICATE').replace(/\n/g, '\\n')}"}`,
          secret: fake.pem('PRIVATE KEY').replace(/\n/g, '\\n'),
          path: 'azure-sp.json',
        },
      ],
      negative: [
        { text: `${fake.pem('PRIVATE KEY')}\n${fake.pem('CERTIFICATE')}\n`, why: 'a key and certificate with no tenant or client id beside them (the generic private-key finding)' },
        { text: `${ids()}KEY="${fake.pem('PRIVATE KEY')}"\n`, why: 'a key with the ids but no certificate: nothing to name it to Entra ID' },
        { text: `${ids()}${fake.pem('ENCRYPTED PRIVATE KEY')}\n${fake.pem('CERTIFICATE')}\n`, why: 'an encrypted key cannot sign without its passphrase' },
      ],
    };
  },
});
