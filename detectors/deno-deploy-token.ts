import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Deno Deploy access tokens start ddp_ (personal) or ddo_ (organization) (https://docs.deno.com/deploy/manual/api/,
// DENO_DEPLOY_TOKEN); 36 alphanumerics after it as observed (UNCONFIRMED). A personal token acts as its user on every
// project: deploying to production and deleting projects and KV databases included.
const token = () => 'ddp_' + fake.alnum(36);

export default defineDetector({
  id: 'deno-deploy-token',
  provider: 'deno-deploy',
  tokenKind: 'personal-access-token',
  keywords: ['ddp_', 'ddo_'],
  pattern: /\b(dd[po]_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(4)),
  redaction: { kind: 'prefix', prefix: /^dd[po]_/ },
  docs: { url: 'https://docs.deno.com/deploy/manual/api/', rotate: 'https://dash.deno.com/account#access-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `DENO_DEPLOY_TOKEN=${t}`, secret: token(), variable: 'DENO_DEPLOY_TOKEN' },
      { text: (t) => `deployctl deploy --project=acme --token=${t} main.ts`, secret: token() },
      { text: (t) => `curl https://api.deno.com/v1/organizations -H "Authorization: Bearer ${t}"`, secret: token() },
    ],
    negative: [
      { text: `DENO_DEPLOY_TOKEN=ddp_${fake.alnum(20)}`, why: 'near miss: 20 characters after the prefix' },
      { text: `DENO_DEPLOY_TOKEN=ddp_${'x'.repeat(36)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});
