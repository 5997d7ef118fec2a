import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// RubyGems.org API keys start rubygems_ (https://guides.rubygems.org/api-key-scopes/) followed by 48 hex characters
// (observed, UNCONFIRMED). A key with the push_rubygem and yank_rubygem scopes publishes and yanks every gem its
// owner maintains; `gem signin` stores it in ~/.gem/credentials.
export default defineDetector({
  id: 'rubygems-api-key',
  provider: 'rubygems',
  tokenKind: 'api-key',
  keywords: ['rubygems_'],
  pattern: /\b(rubygems_[a-f0-9]{48})(?![A-Za-z0-9_-])/g,
  check: (secret) => /[a-f]/.test(secret.slice(9)) && /[0-9]/.test(secret.slice(9)),
  redaction: { kind: 'prefix', prefix: /^rubygems_/ },
  docs: { url: 'https://guides.rubygems.org/api-key-scopes/', rotate: 'https://rubygems.org/profile/api_keys' },
  examples: () => ({
    positive: [
      { text: (t) => `GEM_HOST_API_KEY=${t}`, secret: 'rubygems_' + fake.hex(48), variable: 'GEM_HOST_API_KEY' },
      { text: (t) => `---\n:rubygems_api_key: ${t}\n`, secret: 'rubygems_' + fake.hex(48), path: '.gem/credentials' },
      { text: (t) => `      - run: gem push *.gem\n        env:\n          GEM_HOST_API_KEY: "${t}"\n`, secret: 'rubygems_' + fake.hex(48) },
    ],
    negative: [
      { text: `GEM_HOST_API_KEY=rubygems_${fake.hex(32)}`, why: 'near miss: 32 hex characters, not 48' },
      { text: 'config.rubygems_mfa_required = true', why: 'a setting name, not a key' },
    ],
  }),
});
