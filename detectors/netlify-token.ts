import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// nfp_ + 36 characters of [A-Za-z0-9_]: a Netlify personal access token (trufflehog pkg/detectors/netlify/v2;
// https://docs.netlify.com/api/get-started/#authentication). trufflehog also asks for "netlify" nearby; the
// prefix alone is kept here, with a mixed-case floor against identifiers.
export default defineDetector({
  id: 'netlify-token',
  provider: 'netlify',
  tokenKind: 'personal-access-token',
  keywords: ['nfp_'],
  pattern: /\b(nfp_[A-Za-z0-9_]{36})\b/g,
  check: (secret) => /[A-Z]/.test(secret.slice(4)) && /[a-z]/.test(secret.slice(4)),
  redaction: { kind: 'prefix', prefix: /^nfp_/ },
  docs: { url: 'https://docs.netlify.com/api/get-started/#authentication', rotate: 'https://app.netlify.com/user/applications#personal-access-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `NETLIFY_AUTH_TOKEN=${t}`, secret: 'nfp_' + fake.alnum(36), variable: 'NETLIFY_AUTH_TOKEN' },
      { text: (t) => `{"mcpServers":{"netlify":{"env":{"NETLIFY_PERSONAL_ACCESS_TOKEN":"${t}"}}}}`, secret: 'nfp_' + fake.alnum(36) },
      { text: (t) => `netlify deploy --prod --auth ${t}`, secret: 'nfp_' + fake.alnum(36) },
    ],
    negative: [
      { text: 'const nfp_' + 'computed_value_for_the_next_step_xyz' + ' = 1;', why: 'an all-lower-case identifier that starts nfp_' },
      { text: 'NETLIFY_AUTH_TOKEN=nfp_' + fake.alnum(20), why: 'near miss: 20 characters after the prefix' },
    ],
  }),
});
