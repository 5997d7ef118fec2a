import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { projectRef } from './lib/supabase.js';

// sb_secret_ + base64url: the new project secret key, bypasses RLS like service_role
// (https://supabase.com/docs/guides/getting-started/api-keys). Body length UNCONFIRMED; public scanners use
// sb_secret_[A-Za-z0-9_-]{16,}, bounded here at 128.
export default defineDetector({
  id: 'supabase-secret-key',
  provider: 'supabase',
  tokenKind: 'secret-key',
  keywords: ['sb_secret_'],
  pattern: /\b(sb_secret_[A-Za-z0-9_-]{16,128})(?![A-Za-z0-9_-])/g,
  enrich: (_secret, input) => {
    const ref = projectRef(input.text);
    return ref ? { facts: { ref } } : {};
  },
  redaction: { kind: 'prefix', prefix: /^sb_secret_/ },
  docs: { url: 'https://supabase.com/docs/guides/api/api-keys', rotate: 'https://supabase.com/dashboard/project/_/settings/api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `SUPABASE_SECRET_KEY=${t}`, secret: `sb_secret_${fake.base64url(22)}_${fake.alnum(8)}`, variable: 'SUPABASE_SECRET_KEY' },
      { text: (t) => `SUPABASE_URL=https://${fake.lowerAlnum(20)}.supabase.co\nSUPABASE_KEY="${t}"`, secret: `sb_secret_${fake.base64url(22)}_${fake.alnum(8)}` },
      { text: (t) => `createClient(url, '${t}')`, secret: `sb_secret_${fake.base64url(22)}_${fake.alnum(8)}` },
    ],
    negative: [
      { text: 'SUPABASE_KEY=sb_publishable_' + fake.base64url(31), why: 'a publishable key, public by design' },
      { text: 'SUPABASE_SECRET_KEY=sb_secret_' + fake.alnum(10), why: 'near miss: 10 characters after the prefix' },
    ],
  }),
});
