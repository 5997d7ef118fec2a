import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// sbp_ + 40 lower-case alphanumerics: a Management API personal access token (trufflehog
// pkg/detectors/supabasetoken; https://supabase.com/docs/guides/platform/personal-access-tokens). Scoped PATs
// reportedly start sbp_fc (GitGuardian, UNCONFIRMED); their length is not documented.
export default defineDetector({
  id: 'supabase-pat',
  provider: 'supabase',
  tokenKind: 'pat',
  keywords: ['sbp_'],
  pattern: /\b(sbp_[a-z0-9]{40})\b/g,
  redaction: { kind: 'prefix', prefix: /^sbp_/ },
  docs: { url: 'https://supabase.com/docs/guides/platform/personal-access-tokens', rotate: 'https://supabase.com/dashboard/account/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `SUPABASE_ACCESS_TOKEN=${t}`, secret: 'sbp_' + fake.hex(40), variable: 'SUPABASE_ACCESS_TOKEN' },
      { text: (t) => `{"mcpServers":{"supabase":{"args":["--access-token","${t}"]}}}`, secret: 'sbp_' + fake.hex(40) },
      { text: (t) => `supabase login --token ${t}`, secret: 'sbp_' + fake.lowerAlnum(40) },
    ],
    negative: [
      { text: 'SUPABASE_ACCESS_TOKEN=sbp_' + fake.hex(32), why: 'near miss: 32 characters after the prefix' },
      { text: 'SUPABASE_ACCESS_TOKEN=sbp_' + fake.alnum(40).toUpperCase(), why: 'near miss: upper-case body' },
    ],
  }),
});
