import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// PostHog personal API keys start phx_ (https://posthog.com/docs/api#private-endpoint-authentication). PostHog's server
// mints them in generate_random_token_personal (https://github.com/PostHog/posthog/blob/master/posthog/models/utils.py):
// "phx_" + int_to_base(secrets.randbits(35 * 8), 62), earlier 32 bytes: base62 (0-9A-Za-z, no `_` or `-`) of a random
// number, so 47 or 48 characters (older keys 43), a few shorter where the number's leading digits are zero; 40–50 are
// accepted. Project API keys (phc_) are public by design and not reported. A personal key with write scopes edits and
// deletes insights, feature flags and persons (personal data) in every project it is scoped to.
const token = () => 'phx_' + fake.alnum(47);

export default defineDetector({
  id: 'posthog-personal-api-key',
  provider: 'posthog',
  tokenKind: 'personal-api-key',
  keywords: ['phx_'],
  pattern: /\b(phx_[A-Za-z0-9]{40,50})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(4)),
  redaction: { kind: 'prefix', prefix: /^phx_/ },
  docs: { url: 'https://posthog.com/docs/api#private-endpoint-authentication', rotate: 'https://us.posthog.com/settings/user-api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `POSTHOG_PERSONAL_API_KEY=${t}`, secret: token(), variable: 'POSTHOG_PERSONAL_API_KEY' },
      { text: (t) => `curl https://us.posthog.com/api/projects/ -H "Authorization: Bearer ${t}"`, secret: token() },
      { text: (t) => `{"mcpServers":{"posthog":{"env":{"POSTHOG_AUTH_HEADER":"Bearer ${t}"}}}}`, secret: token() },
      { text: (t) => `posthog:\n  personalApiKey: ${t}\n`, secret: 'phx_' + fake.alnum(43) },
    ],
    negative: [
      { text: `POSTHOG_PERSONAL_API_KEY=phx_${fake.alnum(20)}`, why: 'near miss: 20 characters after the prefix' },
      { text: `POSTHOG_PERSONAL_API_KEY=phx_${'x'.repeat(43)}`, why: 'a placeholder of one repeated character' },
      { text: `POSTHOG_PERSONAL_API_KEY=phx_${fake.alnum(20)}_${fake.alnum(22)}`, why: 'an underscore inside: base62 bodies hold none (a name joined by _)' },
    ],
  }),
});
