import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Grafana service account tokens start glsa_ (https://grafana.com/docs/grafana/latest/administration/service-accounts/)
// and read glsa_ + 32 alphanumerics + _ + 8 hex (a checksum, layout observed, UNCONFIRMED); Grafana Cloud access policy
// tokens start glc_ followed by base64 of a JSON object naming the org and the token
// (https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/),
// which is decoded and must parse. A service account with the Admin role administers its whole Grafana instance.
function decodesToObject(b64: string): boolean {
  try {
    const o = JSON.parse(Buffer.from(b64, 'base64').toString('utf8')) as unknown;
    return !!o && typeof o === 'object' && !Array.isArray(o);
  } catch {
    return false;
  }
}

const cloudToken = () => 'glc_' + Buffer.from(JSON.stringify({ o: fake.digits(6), n: `stack-${fake.digits(6)}-logs-write`, k: fake.alnum(24), m: { r: 'prod-us-east-0' } })).toString('base64');

export default defineDetector({
  id: 'grafana-token',
  provider: 'grafana',
  tokenKind: 'service-account-token',
  keywords: ['glsa_', 'glc_'],
  pattern: /\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_eyJ[A-Za-z0-9+/]{30,600}={0,2})(?![A-Za-z0-9+/=_-])/g,
  check: (secret) => (secret.startsWith('glc_') ? decodesToObject(secret.slice(4)) : /[A-Z]/.test(secret.slice(5, 37)) && /[a-z]/.test(secret.slice(5, 37)) && /[0-9]/.test(secret)),
  enrich: (secret) => (secret.startsWith('glc_') ? { tokenKind: 'cloud-access-policy-token' } : {}),
  redaction: { kind: 'prefix', prefix: /^gl(?:sa|c)_/ },
  docs: { url: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/', rotate: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/#service-account-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `GRAFANA_SERVICE_ACCOUNT_TOKEN=${t}`, secret: `glsa_${fake.alnum(32)}_${fake.hex(8)}`, variable: 'GRAFANA_SERVICE_ACCOUNT_TOKEN' },
      {
        text: (t) => `{"mcpServers":{"grafana":{"command":"mcp-grafana","env":{"GRAFANA_URL":"https://acme.grafana.net","GRAFANA_API_KEY":"${t}"}}}}`,
        secret: `glsa_${fake.alnum(32)}_${fake.hex(8)}`,
      },
      { text: (t) => `loki:\n  basic_auth:\n    password: ${t}\n`, secret: cloudToken() },
    ],
    negative: [
      { text: `GRAFANA_TOKEN=glsa_${fake.alnum(32)}`, why: 'near miss: the checksum part is missing' },
      { text: `GRAFANA_TOKEN=glc_eyJ${fake.base64(60)}`, why: 'does not decode to a JSON object' },
    ],
  }),
});
