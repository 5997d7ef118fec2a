import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Railway tokens are UUIDs, told apart only by where they sit: RAILWAY_TOKEN is a project token (sent as
// Project-Access-Token), RAILWAY_API_TOKEN an account or workspace token (Bearer)
// (railwayapp/docs content/docs/cli/login.md; railwayapp/cli src/consts.rs). A UUID is only a Railway
// token in a Railway context: a railway-named key, or ~/.railway/config.json (trufflehog requires the keyword too).
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export default defineDetector({
  id: 'railway-token',
  provider: 'railway',
  tokenKind: 'unknown-railway-token',
  keywords: ['railway'],
  // A railway-named key, then within the same line an assignment and a UUID; or the CLI config's "token".
  pattern: new RegExp(`(?:railway[a-z_]{0,30}["'\`]?\\s{0,5}(?::=|=>|=|:)\\s{0,5}["'\`]?|"token"\\s{0,5}:\\s{0,5}")(?<secret>${UUID})\\b`, 'gi'),
  check: (_secret, input) => {
    if (/railway/i.test(input.variable ?? '')) return true;
    // A bare "token" key counts only inside the Railway CLI's own config file.
    return /(^|\/)\.railway\/config\.json$/.test(input.path) || /railway/i.test(input.text.slice(Math.max(0, input.index - 400), input.index));
  },
  enrich: (_secret, input) => {
    const v = (input.variable ?? '').toUpperCase();
    if (v === 'RAILWAY_TOKEN' || v.endsWith('PROJECT_TOKEN')) return { tokenKind: 'project-token' };
    if (v === 'RAILWAY_API_TOKEN' || v.endsWith('ACCOUNT_TOKEN') || v.endsWith('TEAM_TOKEN') || v.endsWith('WORKSPACE_TOKEN')) {
      return { tokenKind: 'account-or-workspace-token' };
    }
    if (/(^|\/)\.railway\/config\.json$/.test(input.path)) return { tokenKind: 'account-or-workspace-token' };
    return {};
  },
  redaction: { kind: 'prefix', prefix: /^/ },
  docs: { url: 'https://docs.railway.com/integrations/api', rotate: 'https://railway.com/account/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `RAILWAY_API_TOKEN=${t}`, secret: fake.uuid(), variable: 'RAILWAY_API_TOKEN' },
      { text: (t) => `RAILWAY_TOKEN=${t}`, secret: fake.uuid(), variable: 'RAILWAY_TOKEN' },
      { text: (t) => `{"user":{"token":"${t}"},"projects":{}}`, secret: fake.uuid(), path: '.railway/config.json' },
      { text: (t) => `const railwayToken = "${t}";`, secret: fake.uuid() },
    ],
    negative: [
      { text: `RAILWAY_TOKEN=XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX`, why: "the docs' placeholder" },
      { text: `SESSION_ID=${'1b4e28ba-2fa1-11d2-883f-0016d3cca427'}`, why: 'a UUID outside a Railway context' },
    ],
  }),
});
