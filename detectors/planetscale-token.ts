import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { companion } from './lib/context.js';

// PlanetScale credentials open pscale_tkn_ (service tokens, used with their id for the API and pscale CLI:
// https://planetscale.com/docs/api/service-tokens), pscale_pw_ (database branch passwords) and pscale_oauth_ (OAuth
// tokens), followed by 43 base64url characters (prefixes and length observed, UNCONFIRMED). A service token holds
// the organization and database permissions it was granted, which can include deleting databases and branches.
const KINDS: Record<string, string> = { tkn: 'service-token', pw: 'database-password', oauth: 'oauth-token' };

export default defineDetector({
  id: 'planetscale-token',
  provider: 'planetscale',
  tokenKind: 'service-token',
  keywords: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
  pattern: /\b(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  check: (secret) => {
    const body = secret.slice(secret.indexOf('_', 7) + 1);
    return /[A-Z]/.test(body) && /[a-z]/.test(body) && /[0-9]/.test(body);
  },
  // A service token authenticates together with its id (`Authorization: <id>:<token>`): the id, where a
  // PLANETSCALE_SERVICE_TOKEN_ID beside it names one, is a fact (ids are not secret).
  enrich: (secret, input) => {
    const kind = KINDS[secret.split('_')[1]];
    const id = kind === 'service-token' ? companion(input.text, /PLANETSCALE_SERVICE_TOKEN_ID["']?[ \t]{0,5}[:=][ \t]{0,5}["']?([a-z0-9]{12})(?![a-z0-9])/i) : undefined;
    return id ? { tokenKind: kind, facts: { tokenId: id } } : { tokenKind: kind };
  },
  redaction: { kind: 'prefix', prefix: /^pscale_(?:tkn|pw|oauth)_/ },
  docs: { url: 'https://planetscale.com/docs/api/service-tokens', rotate: 'https://app.planetscale.com/~/settings/service-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `PLANETSCALE_SERVICE_TOKEN=${t}`, secret: 'pscale_tkn_' + fake.base64url(43), variable: 'PLANETSCALE_SERVICE_TOKEN' },
      { text: (t) => `DATABASE_PASSWORD=${t}`, secret: 'pscale_pw_' + fake.base64url(43) },
      {
        text: (t) => `{"mcpServers":{"planetscale":{"env":{"PLANETSCALE_SERVICE_TOKEN_ID":"${fake.lowerAlnum(12)}","PLANETSCALE_SERVICE_TOKEN":"${t}"}}}}`,
        secret: 'pscale_tkn_' + fake.base64url(43),
      },
    ],
    negative: [
      { text: `PLANETSCALE_SERVICE_TOKEN=pscale_tkn_${fake.base64url(20)}`, why: 'near miss: 20 characters after the prefix' },
      { text: 'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_' + 'x'.repeat(43), why: 'a placeholder of one repeated character' },
    ],
  }),
});
