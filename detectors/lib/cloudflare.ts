// Companion values the Cloudflare detectors read from the same file: a Global API Key needs its user's email
// (X-Auth-Email), an account token its account id (trufflehog pkg/detectors/cloudflareglobalapikey,
// cloudflareapitoken/v2 pairs cfat_ with a nearby 32-hex id).
import type { Enriched } from '../../src/detect/define.js';
import { companion } from './context.js';

const EMAIL = /(?:(?:cloudflare|cf)[_-]?(?:api[_-]?)?email|x-auth-email)["'`]?[ \t]{0,3}[:=][ \t]{0,3}["'`]?([^\s"'`@]{1,64}@[^\s"'`]{1,255})/i;
const ACCOUNT = /(?:cloudflare|cf)[_-]?account[_-]?id["'`]?[ \t]{0,3}[:=][ \t]{0,3}["'`]?([a-f0-9]{32})\b/i;

export function cloudflareCompanions(text: string): Enriched {
  const email = companion(text, EMAIL);
  const accountId = companion(text, ACCOUNT);
  return { parts: email ? { email } : {}, facts: accountId ? { accountId } : {} };
}
