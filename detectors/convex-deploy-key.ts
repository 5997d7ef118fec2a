import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Convex deploy keys (CONVEX_DEPLOY_KEY, https://docs.convex.dev/cli/deploy-key-types) name their kind and target before
// a `|`: `prod:<deployment>|…`, `dev:<deployment>|…`, `preview:<team>:<project>|…` and `project:<team>:<project>|…`, the
// layout the convex CLI parses (isDeploymentKey, isPreviewDeployKey in its cli/lib/deployment.ts). The secret after `|` is
// base64 of 40 or more characters (observed, UNCONFIRMED). A production key pushes code to the production deployment and
// reads, writes and deletes its data; a preview or project key creates and changes deployments of the project.
const KINDS: Record<string, string> = { prod: 'production-deploy-key', dev: 'dev-deploy-key', preview: 'preview-deploy-key', project: 'project-deploy-key' };
const name = () => `${fake.from('abcdefghijklmnopqrstuvwxyz', 6)}-${fake.from('abcdefghijklmnopqrstuvwxyz', 5)}-${fake.digits(3)}`;
const secret = () => Buffer.from(JSON.stringify({ v2: fake.hex(64) })).toString('base64');

export default defineDetector({
  id: 'convex-deploy-key',
  provider: 'convex',
  tokenKind: 'production-deploy-key',
  keywords: ['prod:', 'dev:', 'preview:', 'project:'],
  pattern: /(?<![A-Za-z0-9_:.-])((?:prod|dev|preview|project):[a-z0-9][a-z0-9_-]{1,63}(?::[a-z0-9][a-z0-9_-]{0,63})?\|[A-Za-z0-9+/_-]{40,400}={0,2})(?![A-Za-z0-9+/=_|-])/g,
  // The pattern runs only around its keywords (Detector.near): every match opens on its prefix, a keyword.
  near: { from: 0, to: 0, reach: 545 },
  check: (secret) => randomBody(secret.slice(secret.indexOf('|') + 1).replace(/=+$/, ''), 3.5),
  enrich: (secret) => {
    const target = secret.slice(0, secret.indexOf('|'));
    const kind = target.slice(0, target.indexOf(':'));
    return { tokenKind: KINDS[kind], facts: { shape: 'unconfirmed', ...(kind === 'prod' || kind === 'dev' ? { deployment: target.slice(kind.length + 1) } : {}) } };
  },
  redaction: { kind: 'prefix', prefix: /^[a-z]+:[^|]+\|/ },
  docs: { url: 'https://docs.convex.dev/cli/deploy-key-types', rotate: 'https://docs.convex.dev/cli/deploy-key-types' },
  examples: () => ({
    positive: [
      { text: (t) => `CONVEX_DEPLOY_KEY=${t}`, secret: `prod:${name()}|${secret()}`, variable: 'CONVEX_DEPLOY_KEY' },
      { text: (t) => `CONVEX_DEPLOY_KEY='${t}' npx convex deploy --cmd 'npm run build'`, secret: `preview:acme:${name()}|${secret()}`, path: 'deploy.sh' },
      { text: (t) => `{"env":{"CONVEX_DEPLOY_KEY":"${t}"}}`, secret: `dev:${name()}|${secret()}`, path: '.claude/settings.json' },
    ],
    negative: [
      { text: `CONVEX_DEPLOY_KEY=prod:${name()}|${fake.alnum(16)}`, why: 'near miss: 16 characters after the bar' },
      { text: `CONVEX_DEPLOY_KEY=prod:${name()}|${'A'.repeat(60)}`, why: 'a placeholder of one repeated character' },
      { text: 'npx convex deploy --prod:production|build', why: 'no key after the bar' },
    ],
  }),
});
