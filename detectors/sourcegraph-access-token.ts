import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// "Access tokens are tokens starting with sgp_" (https://sourcegraph.com/docs/cli/how-tos/revoking_an_access_token):
// sgp_ + 40 hex, or sgp_ + a 16-hex instance identifier + _ + 40 hex in newer releases, or sgp_local_ + 40 hex where the
// instance has no identifier (the layouts are observed, UNCONFIRMED). A token with the default user:all scope reads every repository its user can, and a site admin's
// token with site-admin:sudo acts as any user.
export default defineDetector({
  id: 'sourcegraph-access-token',
  provider: 'sourcegraph',
  tokenKind: 'access-token',
  keywords: ['sgp_'],
  pattern: /\b(sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40})(?![A-Za-z0-9_-])/g,
  check: (secret) => /[a-f]/.test(secret.slice(-40)) && /[0-9]/.test(secret.slice(-40)),
  redaction: { kind: 'prefix', prefix: /^sgp_(?:[a-f0-9]{16}_)?/ },
  docs: { url: 'https://sourcegraph.com/docs/cli/how-tos/creating-an-access-token', rotate: 'https://sourcegraph.com/docs/cli/how-tos/revoking_an_access_token' },
  examples: () => ({
    positive: [
      { text: (t) => `SRC_ACCESS_TOKEN=${t}`, secret: `sgp_${fake.hex(16)}_${fake.hex(40)}`, variable: 'SRC_ACCESS_TOKEN' },
      { text: (t) => `{"mcpServers":{"sourcegraph":{"env":{"SRC_ENDPOINT":"https://sourcegraph.acme.example","SRC_ACCESS_TOKEN":"${t}"}}}}`, secret: 'sgp_' + fake.hex(40) },
      { text: (t) => `curl -H 'Authorization: token ${t}' https://sourcegraph.com/.api/graphql`, secret: `sgp_${fake.hex(16)}_${fake.hex(40)}` },
      { text: (t) => `export SRC_ACCESS_TOKEN="${t}"`, secret: `sgp_local_${fake.hex(40)}` },
    ],
    negative: [
      { text: `SRC_ACCESS_TOKEN=sgp_${fake.hex(32)}`, why: 'near miss: 32 hex characters, not 40' },
      { text: `SRC_ACCESS_TOKEN=sgp_${fake.alnum(40)}`, why: 'near miss: not hex' },
      { text: `SRC_ACCESS_TOKEN=sgp_remote_${fake.hex(40)}`, why: 'near miss: not the local instance marker' },
    ],
  }),
});
