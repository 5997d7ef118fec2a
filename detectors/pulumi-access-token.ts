import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Pulumi Cloud access tokens start pul- (PULUMI_ACCESS_TOKEN; https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/)
// followed by 40 lower-case hex characters (the length is observed, UNCONFIRMED). A personal token acts as its user
// on every stack of every organization the user belongs to, including `pulumi destroy`.
export default defineDetector({
  id: 'pulumi-access-token',
  provider: 'pulumi',
  tokenKind: 'access-token',
  keywords: ['pul-'],
  pattern: /\b(pul-[a-f0-9]{40})(?![A-Za-z0-9_-])/g,
  check: (secret) => /[a-f]/.test(secret.slice(4)) && /[0-9]/.test(secret),
  redaction: { kind: 'prefix', prefix: /^pul-/ },
  docs: { url: 'https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/', rotate: 'https://app.pulumi.com/account/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `PULUMI_ACCESS_TOKEN=${t}`, secret: 'pul-' + fake.hex(40), variable: 'PULUMI_ACCESS_TOKEN' },
      { text: (t) => `      - uses: pulumi/actions@v6\n        env:\n          PULUMI_ACCESS_TOKEN: ${t}\n`, secret: 'pul-' + fake.hex(40) },
      { text: (t) => `{"current":"https://api.pulumi.com","accessTokens":{"https://api.pulumi.com":"${t}"}}`, secret: 'pul-' + fake.hex(40), path: '.pulumi/credentials.json' },
    ],
    negative: [
      { text: `PULUMI_ACCESS_TOKEN=pul-${fake.hex(32)}`, why: 'near miss: 32 hex characters, not 40' },
      { text: `import "pul-${fake.hex(40)}-chunk.js";`, why: 'a longer hyphenated name, not a token' },
    ],
  }),
});
