#!/usr/bin/env node
// Scaffolds a provider so the tenth contributor writes the same shape as the first:
//   scopes/<id>.ts          the resolver: offline verdict, read-only egress allowlist, online resolve, remediation
//   test/standins/<id>.ts   a local stand-in answering the five canonical cases
//   test/<id>.test.ts       those cases through test/canonical.ts
// and registers the provider in scopes/index.ts in alphabetical order. Unless the provider already has
// a detector (or --no-detector), it also runs scripts/new-detector.mjs <id>-token <id>, so the
// generated test finds a credential to resolve.
// Usage: node scripts/new-provider.mjs <id> [--out DIR] [--no-detector]
//   --out DIR  write under DIR instead of this repository (DIR/scopes/index.ts is registered if present)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { camel, register } from './lib/register.mjs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = resolve(outAt >= 0 ? (args[outAt + 1] ?? '') : join(dirname(fileURLToPath(import.meta.url)), '..'));
const withDetector = !args.includes('--no-detector');
const [id] = args.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));
if (!id || !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id) || (outAt >= 0 && !args[outAt + 1])) {
  console.error('usage: node scripts/new-provider.mjs <kebab-case-id> [--out DIR] [--no-detector]');
  process.exit(2);
}
const Name = id
  .split('-')
  .map((w) => w[0].toUpperCase() + w.slice(1))
  .join(' ');
const Id = camel(id)[0].toUpperCase() + camel(id).slice(1);
/** The stand-in token prefix and variable of the generated detector and test, until the real ones are filled in. */
const PREFIX = id.replace(/-/g, '');
const VAR = `${id.toUpperCase().replace(/-/g, '_')}_TOKEN`;
const ENV = `ABR_ENDPOINT_${id.toUpperCase().replace(/-/g, '_')}`;
const files = {
  [`scopes/${id}.ts`]: `import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { ProviderError, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding } from '../src/types.js';

// TODO one line each, with the source URL: the token kinds and what each reaches; the read call that
// identifies a token and its documented invalid-credential answer; the destroy primitives and whether they
// take backups with them. Facts no public source confirms go in \`unconfirmed\` and make a verdict inferred.

// Only these reads leave, only to these hosts; anything else is refused before a byte is sent.
const egress: ProviderEgress = {
  provider: '${id}',
  base: 'https://api.${id}.example', // TODO the official API base (tests point ${ENV} at the stand-in)
  hosts: ['api.${id}.example'],
  routes: [{ method: 'GET', path: /^\\/v1\\/token$/ }],
};

interface TokenInfo {
  id?: string;
  account?: string;
  scopes?: string[];
}

async function resolve${Id}(f: Finding, ctx: ResolveContext) {
  const evidence: string[] = [];
  const a = await ctx.egress.request(egress, { method: 'GET', path: '/v1/token', headers: { authorization: \`Bearer \${f.secret}\` }, evidence });
  // TODO the documented invalid-credential answer (URL). Only that is revoked: anything else is unknown.
  if (a.status === 401) return revokedScope(f.tokenKind, evidence, '${Name} answered 401 to GET /v1/token');
  if (a.status !== 200) throw new ProviderError(\`${id}: unexpected response to GET /v1/token (HTTP \${a.status})\`, a.status);
  const t = a.json as TokenInfo | undefined;
  if (!t || typeof t.account !== 'string' || !Array.isArray(t.scopes)) throw new ProviderError('${id}: malformed answer to GET /v1/token', 200);
  const root = t.scopes.includes('admin');
  const environment = ctx.environments[t.account];
  return liveScope({
    tokenKind: root ? 'admin-token' : 'scoped-token',
    identity: \`\${t.account} · scopes: \${t.scopes.join(', ')}\`,
    root,
    environments: root ? ['*'] : environment ? [environment] : [],
    resources: [{ kind: 'account', name: t.account }],
    // TODO the resource kind the delete call destroys (src/types.ts RESOURCE_KINDS), in the account.
    destroy: root ? [{ action: 'TODO the delete call', target: { kind: 'project', all: true, within: { kind: 'account', name: t.account } }, destroysBackups: false }] : [],
    evidence,
  });
}

export default defineProvider({
  id: '${id}',
  name: '${Name}',
  // The README's provider table row (node scripts/gen-readme.mjs writes it); mark an UNCONFIRMED verdict with †.
  asks: {
    calls: '\`GET /v1/token\`',
    tells: 'TODO the verdicts the answer leads to (admin → root, the delete calls)',
    docs: 'https://api.${id}.example/docs', // TODO the documentation of the read-only call
  },
  hosts: egress.hosts,
  egress,
  resolve: resolve${Id},
  // What the token's shape and context say without a call: always inferred, and says what it rests on.
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      root: false,
      because: ['TODO what the token\\'s prefix or variable name says about its reach'],
    }),
  remediation: (_f, scope) =>
    \`\${scope.root ? 'This token reaches the whole account. ' : ''}TODO the least-privilege replacement, and where to revoke this one (URL).\`,
});
`,
  [`test/standins/${id}.ts`]: `// Stand-in for ${Name}'s API (TODO the documentation URL): the read call the resolver makes, answered
// as the provider documents it. Any other route or method is answered 404 and recorded.
import { json, serve, bearer, type Canned, type Standin } from './index.js';

export interface ${Id}Token {
  account: string;
  scopes: string[];
}

export function start${Id}(world: { tokens: Record<string, ${Id}Token>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('${id}', bearer, world.canned, (req, url, token, res) => {
    const t = token ? world.tokens[token] : undefined;
    // TODO the provider's documented invalid-credential answer.
    if (!t) return json(res, 401, { error: 'invalid token' });
    if (req.method !== 'GET' || url.pathname !== '/v1/token') return json(res, 404, { error: 'not found' });
    return json(res, 200, { id: 'tok_1', account: t.account, scopes: t.scopes });
  });
}
`,
  [`test/${id}.test.ts`]: `// ${Name} resolver against its stand-in (test/standins/${id}.ts): a live root credential, a live scoped
// one, then the canonical cases every resolver answers the same way (revoked, rate-limited, unexpected, failing).
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { canonicalCases, providerSuite } from './canonical.js';
import { start${Id} } from './standins/${id}.js';

// TODO build credentials the way the detector expects them, with the seeded generator (never a literal).
const token = () => '${PREFIX}_' + fake.alnum(32);
const T = { root: token(), scoped: token(), revoked: token(), odd: token() };

const suite = providerSuite({
  id: '${id}',
  start: () =>
    start${Id}({
      tokens: { [T.root]: { account: 'acme', scopes: ['admin'] }, [T.scoped]: { account: 'acme-staging', scopes: ['read'] } },
      canned: { [T.odd]: { status: 418, body: {} } },
    }),
  line: (t: string) => \`${VAR}=\${t}\\n\`,
  secrets: () => Object.values(T),
});

describe('${Name}', () => {
  it('a live root credential', async () => {
    const { scope } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: true, reach: { environments: ['*'] } });
    expect(scope!.evidence).toEqual(['GET /v1/token']);
  });

  it('a live scoped credential, its account mapped through the config environments', async () => {
    const { scope } = await suite.one(T.scoped, { environments: { 'acme-staging': 'staging' } });
    expect(scope).toMatchObject({ status: 'live', root: false, destroy: [], reach: { environments: ['staging'] } });
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
`,
};

const touched = [];
for (const rel of Object.keys(files)) {
  const file = join(out, rel);
  if (existsSync(file)) {
    console.error(`${rel} already exists`);
    process.exit(2);
  }
}
for (const [rel, text] of Object.entries(files)) {
  mkdirSync(dirname(join(out, rel)), { recursive: true });
  writeFileSync(join(out, rel), text);
  touched.push(rel);
}
const index = join(out, 'scopes/index.ts');
if (existsSync(index) && register(index, 'providers', id)) touched.push('scopes/index.ts');

const detectorsDir = join(out, 'detectors');
const hasDetector = existsSync(detectorsDir) && readdirSync(detectorsDir).some((f) => f.endsWith('.ts') && new RegExp(`provider: '${id}'`).test(readFileSync(join(detectorsDir, f), 'utf8')));
if (withDetector && !hasDetector && outAt < 0) {
  execFileSync(process.execPath, [join(out, 'scripts/new-detector.mjs'), `${id}-token`, id], { stdio: 'inherit' });
  // The detector template's stand-in prefix (todo_) is a placeholder word the engine drops: give it one the
  // generated test can resolve, until the contributor writes the real format.
  const detector = join(detectorsDir, `${id}-token.ts`);
  writeFileSync(detector, readFileSync(detector, 'utf8').replaceAll('todo_', `${PREFIX}_`).replaceAll('TODO_TOKEN', `${VAR}`));
  touched.push(`detectors/${id}-token.ts`, 'detectors/index.ts');
}
console.log(`${touched.length} files: ${touched.join(', ')}`);
console.log(`fill in the TODOs, then: npx vitest run test/${id}.test.ts test/registries.test.ts test/detectors.test.ts`);
