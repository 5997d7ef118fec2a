import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { jwtClaims, projectRef } from './lib/supabase.js';

// Legacy project keys are HS256 JWTs whose payload carries `role` (anon | service_role), `ref` and
// `iss: "supabase"` (https://supabase.com/docs/guides/api/api-keys). The anon key is public by design and is
// rejected; service_role "bypasses Row Level Security". The regex takes the header's start; the rest of the
// token is taken by `extend`, since three unbounded base64url segments backtrack on a long run.
// Keywords: the name, and base64url of "supabase" / "service_role" at each of the three alignments.
const ADMIN_ROLES = new Set(['service_role', 'supabase_admin']);

export default defineDetector({
  id: 'supabase-service-key',
  provider: 'supabase',
  tokenKind: 'service_role',
  keywords: ['supabase', 'service_role', 'c3vwywjhc2', 'n1cgfiyxnl', 'zdxbhymfzz', 'c2vydmljzv9yb2xl', 'nlcnzpy2vfcm9sz', 'zzxj2awnlx3jvbg'],
  pattern: /\b(eyJ[A-Za-z0-9_-]{5})/g,
  extend: (text, end) => {
    let i = end;
    while (i < text.length && i - end < 4096 && /[A-Za-z0-9_.-]/.test(text[i])) i++;
    return i;
  },
  check: (secret, input) => {
    if (!/^eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,}$/.test(secret)) return false;
    const c = jwtClaims(secret);
    if (!c || typeof c.role !== 'string' || !ADMIN_ROLES.has(c.role)) return false;
    const supabase = (typeof c.iss === 'string' && c.iss.startsWith('supabase')) || typeof c.ref === 'string';
    return supabase || /supabase/i.test(input.variable ?? '');
  },
  enrich: (secret, input) => {
    const c = jwtClaims(secret) ?? {};
    const facts: Record<string, string> = { role: String(c.role) };
    const ref = typeof c.ref === 'string' ? c.ref : projectRef(input.text);
    if (ref) facts.ref = ref;
    if (typeof c.iss === 'string') facts.iss = c.iss;
    if (typeof c.exp === 'number') facts.expires = new Date(c.exp * 1000).toISOString();
    return { facts, tokenKind: String(c.role) };
  },
  redaction: { kind: 'prefix', prefix: /^eyJ/ },
  docs: { url: 'https://supabase.com/docs/guides/api/api-keys', rotate: 'https://supabase.com/dashboard/project/_/settings/api-keys' },
  examples: () => ({
    positive: [
      {
        text: (t) => `SUPABASE_SERVICE_ROLE_KEY=${t}`,
        secret: fake.jwt({ iss: 'supabase', ref: fake.lowerAlnum(20), role: 'service_role', iat: 1700000000, exp: 2015576000 }),
        variable: 'SUPABASE_SERVICE_ROLE_KEY',
      },
      {
        text: (t) => `{"mcpServers":{"db":{"env":{"SERVICE_KEY":"${t}"}}}}`,
        secret: fake.jwt({ iss: 'supabase', ref: fake.lowerAlnum(20), role: 'service_role', iat: 1700000000, exp: 2015576000 }),
      },
      {
        text: (t) => `SUPABASE_URL=http://localhost:8000\nSUPABASE_KEY=${t}`,
        secret: fake.jwt({ role: 'service_role', iss: 'supabase-demo', iat: 1641769200, exp: 1799535600 }),
      },
    ],
    negative: [
      {
        text: `NEXT_PUBLIC_SUPABASE_ANON_KEY=${fake.jwt({ iss: 'supabase', ref: fake.lowerAlnum(20), role: 'anon', iat: 1700000000, exp: 2015576000 })}`,
        why: 'an anon key, public by design',
      },
      {
        text: `SESSION=${fake.jwt({ sub: fake.uuid(), role: 'service_role', iat: 1700000000 })}`,
        why: 'a JWT with a service_role claim but no Supabase issuer, ref or variable',
      },
    ],
  }),
});
