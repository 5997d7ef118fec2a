import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Grafana's API keys (before service accounts replaced them) are sent as `Authorization: Bearer eyJrIjoi…`
// (https://grafana.com/docs/grafana/v6.3/http_api/auth/): base64 of a JSON object whose first member is "k", the key,
// followed by its name "n" and org "id" (the members after "k" are observed, UNCONFIRMED). The value is decoded and must be
// such an object, so a base64 string that merely starts alike is not reported. A key has its role (Admin administers
// the organisation: dashboards, data sources, users) on its own Grafana instance.
function keyObject(b64: string): boolean {
  try {
    const o = JSON.parse(Buffer.from(b64, 'base64').toString('utf8')) as { k?: unknown };
    return !!o && typeof o === 'object' && typeof o.k === 'string' && /^[A-Za-z0-9]{16,64}$/.test(o.k);
  } catch {
    return false;
  }
}

const apiKey = () => Buffer.from(JSON.stringify({ k: fake.alnum(32), n: `ci-${fake.lowerAlnum(6)}`, id: 1 })).toString('base64');

export default defineDetector({
  id: 'grafana-api-key',
  provider: 'grafana',
  tokenKind: 'api-key',
  keywords: ['eyjrijoi'],
  pattern: /(?<![A-Za-z0-9+/_-])(eyJrIjoi[A-Za-z0-9+/]{40,300}={0,2})(?![A-Za-z0-9+/=_-])/g,
  check: (secret) => keyObject(secret),
  redaction: { kind: 'prefix', prefix: /^eyJrIjoi/ },
  docs: {
    url: 'https://grafana.com/docs/grafana/v6.3/http_api/auth/',
    rotate: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/#migrate-api-keys-to-grafana-service-accounts',
  },
  examples: () => ({
    positive: [
      { text: (t) => `GRAFANA_API_KEY=${t}`, secret: apiKey(), variable: 'GRAFANA_API_KEY' },
      { text: (t) => `curl -H "Authorization: Bearer ${t}" https://grafana.acme.example/api/dashboards/uid/abc`, secret: apiKey(), path: 'deploy.sh' },
      { text: (t) => `client = GrafanaApi.from_url(url="https://grafana.acme.example", credential="${t}")`, secret: apiKey(), path: 'dash.py' },
    ],
    negative: [
      { text: `GRAFANA_API_KEY=eyJrIjoi${fake.base64(60)}`, why: 'does not decode to a JSON object with a key' },
      { text: `GRAFANA_API_KEY=${Buffer.from(JSON.stringify({ k: 'x', n: 'ci', id: 1 })).toString('base64')}`, why: 'the key member is too short to be a key' },
    ],
  }),
});
