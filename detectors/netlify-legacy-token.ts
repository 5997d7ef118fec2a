import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { random, variableIs } from './lib/context.js';

// Pre-nfp_ Netlify tokens are 40–64 characters of [A-Za-z0-9_-] (trufflehog netlify/v1: 43–45 near "netlify";
// gitleaks netlify-access-token: 40–46; kingfisher adds 60–64 hex), a Netlify token only where a netlify-named
// token variable holds it (https://docs.netlify.com/api/get-started/#authentication). nfp_ is netlify-token.
export default defineDetector({
  id: 'netlify-legacy-token',
  provider: 'netlify',
  tokenKind: 'personal-access-token',
  keywords: ['netlify'],
  pattern: /(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{40,64})(?![A-Za-z0-9_-])/g,
  check: (secret, input) => !secret.startsWith('nfp_') && variableIs(input, /netlify/i, /token|auth|key|pat/i) && random(secret, 3.5),
  redaction: { kind: 'prefix', prefix: /^/ },
  docs: { url: 'https://docs.netlify.com/api/get-started/#authentication', rotate: 'https://app.netlify.com/user/applications#personal-access-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `NETLIFY_AUTH_TOKEN=${t}`, secret: fake.base64url(43), variable: 'NETLIFY_AUTH_TOKEN' },
      { text: (t) => `env:\n  NETLIFY_AUTH_TOKEN: ${t}\n  NETLIFY_SITE_ID: ${fake.uuid()}`, secret: fake.hex(64) },
      { text: (t) => `const netlifyToken = '${t}';`, secret: fake.base64url(45) },
    ],
    negative: [
      { text: `NETLIFY_SITE_ID=${fake.uuid()}`, why: 'a site id, not a token' },
      { text: 'NETLIFY_BUILD_HOOK_NAME=' + 'deploy-preview-branch-for-marketing-site', why: 'a 40-character name in a variable that holds no token' },
    ],
  }),
});
