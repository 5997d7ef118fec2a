import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Cody Gateway's access tokens, as Sourcegraph's own code mints them: slk_ + the hex SHA-256 of an instance's license
// key (a "product subscription" token, enterprise/internal/licensing/access_token.go), and sgd_ + the hex SHA-256 of a
// hash of a dotcom user's sgp_ token (internal/accesstoken/cody_access_token.go), both in
// https://github.com/sourcegraph/sourcegraph-public-snapshot (a "Sourcegraph Secret Formats" page of Sourcegraph's
// docs lists the prefixes; its address is UNCONFIRMED here). Either spends the instance's or the user's Cody quota on
// the LLM providers behind the gateway; neither deletes anything. An sgd_ token dies with the sgp_ token it hashes.
const token = (prefix: string) => prefix + fake.hex(64);

export default defineDetector({
  id: 'sourcegraph-gateway-token',
  provider: 'sourcegraph-cody-gateway',
  tokenKind: 'cody-gateway-token',
  keywords: ['slk_', 'sgd_'],
  pattern: /\b((?:slk|sgd)_[a-f0-9]{64})(?![A-Za-z0-9_-])/g,
  // A SHA-256 digest in hex: both letters and digits, as 64 drawn hex characters all but always hold.
  check: (secret) => /[a-f]/.test(secret.slice(4)) && /[0-9]/.test(secret.slice(4)),
  redaction: { kind: 'prefix', prefix: /^(?:slk|sgd)_/ },
  docs: {
    url: 'https://github.com/sourcegraph/sourcegraph-public-snapshot/blob/main/enterprise/internal/licensing/access_token.go',
    rotate: 'https://sourcegraph.com/docs/cli/how-tos/revoking_an_access_token',
  },
  examples: () => ({
    positive: [
      { text: (t) => `CODY_GATEWAY_ACCESS_TOKEN=${t}`, secret: token('slk_'), variable: 'CODY_GATEWAY_ACCESS_TOKEN' },
      { text: (t) => `curl -H 'Authorization: Bearer ${t}' https://cody-gateway.sourcegraph.com/v1/limits`, secret: token('sgd_') },
      { text: (t) => `cody:\n  gatewayToken: "${t}"\n`, secret: token('slk_') },
    ],
    negative: [
      { text: `CODY_GATEWAY_ACCESS_TOKEN=slk_${fake.hex(40)}`, why: 'near miss: 40 hex characters, not a SHA-256' },
      { text: `CODY_GATEWAY_ACCESS_TOKEN=sgd_${fake.alnum(64)}`, why: 'near miss: not hex' },
      { text: `CODY_GATEWAY_ACCESS_TOKEN=slk_${'0'.repeat(64)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});
