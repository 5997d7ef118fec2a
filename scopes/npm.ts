import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { EgressError, ProviderError, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Scope } from '../src/types.js';
import { environments, get, objectOf, unexpected, type Destroy } from './lib/saas-read.js';
import { own } from '../src/context/own.js';

// Granular access tokens: read-only or read-write, up to 50 packages/scopes and 50 orgs, CIDR list, expiry,
// optional Bypass 2FA (npm/documentation PR 1762; https://docs.npmjs.com/about-access-tokens). Liveness and
// identity: GET /-/whoami, 2xx = valid (trufflehog npmtokenv2); the token list GET /-/npm/v1/tokens shows each
// token truncated with `readonly` and `cidr_whitelist` (npm-token.md); `bypass_2fa`/`scopes` were seen but their
// schema is UNCONFIRMED. Legacy tokens were removed on 2025-11-05 (PR 1775). Findings come from npm-token (npm_
// anywhere) and npmrc-auth-token (any registry's .npmrc auth line): only npm_ tokens for the npm registry are sent.
const NPMJS = 'registry.npmjs.org';

const egress: ProviderEgress = {
  provider: 'npm',
  base: `https://${NPMJS}`,
  hosts: [NPMJS],
  routes: [
    { method: 'GET', path: /^\/-\/whoami$/ },
    { method: 'GET', path: /^\/-\/npm\/v1\/tokens$/ },
  ],
};

interface TokenEntry {
  token?: string;
  key?: string;
  readonly?: boolean;
  cidr_whitelist?: string[] | null;
  created?: string;
  bypass_2fa?: boolean;
  scopes?: unknown;
}

/** The list shows a token truncated (`npm_Ab…`, sometimes `npm_Ab…yz`): the leaked one is the entry whose visible parts it holds. */
function matches(visible: string | undefined, secret: string): boolean {
  if (!visible) return false;
  const [head, tail] = visible.split(/…|\.\.\./);
  if (!head || head.length < 4) return false;
  return secret.startsWith(head) && (tail === undefined || secret.endsWith(tail));
}

async function resolveNpm(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const host = f.facts.host ?? NPMJS;
  if (host !== NPMJS) throw new EgressError(`not resolved: a credential for ${host} is only ever sent to ${host}, which this tool does not resolve`);
  if (!f.secret.startsWith('npm_'))
    throw new EgressError('not resolved: an npm registry credential without the npm_ prefix is a legacy token (removed 2025-11-05) or a password, never sent as a bearer token');
  const evidence: string[] = [];
  const auth = { authorization: `Bearer ${f.secret}` };
  const who = await get(ctx, egress, '/-/whoami', auth, evidence);
  if (who.status === 401) return revokedScope(f.tokenKind, evidence, 'npm answered 401: the token is invalid, expired or revoked');
  // A CIDR allow-list that excludes this machine answers 403 with an empty body, even on whoami (3rd-party).
  if (who.status === 403) throw new ProviderError("npm: whoami answered 403 (the token's CIDR allow-list may exclude this machine)", 403);
  if (who.status !== 200) throw unexpected('npm', who, 'GET /-/whoami');
  const username = objectOf<{ username?: string }>('npm', who, 'GET /-/whoami').username ?? '?';
  const notes: string[] = [];

  const list = await get(ctx, egress, '/-/npm/v1/tokens', auth, evidence);
  let entry: TokenEntry | undefined;
  if (list.status === 200) {
    const objects = objectOf<{ objects?: TokenEntry[] }>('npm', list, 'GET /-/npm/v1/tokens').objects ?? [];
    const found = objects.filter((o) => matches(o.token, f.secret));
    if (found.length === 1) entry = found[0];
    else
      notes.push(
        found.length
          ? 'several tokens in the list match its visible prefix: its read-only flag is unknown'
          : "it is not in its user's token list (an automation or organization token?): its read-only flag is unknown",
      );
  } else if (list.status === 401 || list.status === 403) notes.push("it may not list its user's tokens: its read-only flag is unknown");
  else throw unexpected('npm', list, 'GET /-/npm/v1/tokens');

  const readonly = entry?.readonly === true;
  const writable = entry ? entry.readonly === false : undefined;
  const bypass = entry?.bypass_2fa === true;
  if (entry && 'bypass_2fa' in entry) notes.push('the bypass_2fa field of the token list is UNCONFIRMED schema (seen, not documented)');
  // A read-write token that bypasses 2FA can publish every package of its user; from August 2026 it can no longer manage the account.
  const root = writable === true && bypass;
  const destroy: Destroy[] = [];
  if (writable !== false) {
    const qualifier = [...(writable ? [] : ['if it is read-write']), ...(bypass ? ['without a 2FA prompt'] : [])].join('; ');
    destroy.push({
      action: 'npm unpublish / deprecate / dist-tag',
      target: { kind: 'package', all: true, within: { kind: 'user', name: username, also: 'organisation' }, ...(qualifier ? { qualifier } : {}) },
      destroysBackups: false,
      certainty: 'inferred',
    });
    notes.push('unpublish limits and whether an unpublished version number can be reused are UNCONFIRMED');
  }
  return liveScope({
    tokenKind: readonly ? 'read-only-token' : writable ? 'read-write-token' : f.tokenKind,
    identity: [
      `${username} on ${NPMJS}`,
      readonly ? 'read-only' : writable ? `read-write${bypass ? ', bypasses 2FA' : ''}` : 'read-only or read-write (unknown)',
      ...(entry?.cidr_whitelist?.length ? [`CIDR ${entry.cidr_whitelist.join(', ')}`] : entry ? ['no CIDR limit'] : []),
    ].join(' · '),
    root,
    // A user name says nothing of an environment (`acme-ci` is not a test environment): the config map only.
    environments: environments([(own(ctx.environments, `npm:${username}`) ?? own(ctx.environments, username))?.toLowerCase()], root),
    resources: [
      {
        kind: 'package',
        also: 'organisation',
        all: true,
        within: { kind: 'user', name: username },
        qualifier: readonly ? 'those it was granted, private packages included' : 'those it was granted',
        access: [readonly ? 'read' : writable ? 'publish new versions (a supply-chain attack)' : 'read, or read and write'],
      },
    ],
    destroy,
    unconfirmed: notes,
    reachInferred: writable === undefined || root,
    evidence,
  });
}

export default defineProvider({
  id: 'npm',
  name: 'npm',
  asks: {
    calls: '`GET /-/whoami`, `/-/npm/v1/tokens`',
    tells: 'read-write token with 2FA bypass → root †; unpublish †',
    docs: 'https://docs.npmjs.com/about-access-tokens',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveNpm,
  offline: (f) => {
    const host = f.facts.host ?? NPMJS;
    if (!f.secret.startsWith('npm_')) {
      return shapeScope({
        tokenKind: f.tokenKind,
        resources: [{ kind: 'server', name: host }],
        because: [
          host === NPMJS
            ? 'an .npmrc credential for the npm registry without the npm_ prefix: a legacy token (removed on 2025-11-05) or a password, whose reach only npm can tell'
            : `an .npmrc credential for the registry ${host}, whose reach only that registry can tell`,
        ],
      });
    }
    return shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'package', also: 'organisation', all: true, within: { kind: 'server', name: host }, qualifier: 'those it was granted, up to 50 each' }],
      because: [
        "an npm_ granular token is read-only or read-write, for the packages and organizations it was granted; only npm's token list tells which",
        'a read-write token can publish new versions of its packages (a supply-chain attack) and unpublish or deprecate them',
      ],
    });
  },
  remediation: (f, scope) =>
    f.secret.startsWith('npm_') || (f.facts.host ?? NPMJS) === NPMJS
      ? `${scope.tokenKind === 'read-only-token' ? 'Keep it read-only, limited to the packages the task installs, with a CIDR list and a short expiry' : 'Publish from CI with trusted publishing (OIDC) instead of a token; otherwise use a granular token limited to the named packages, read-only where possible, without Bypass 2FA, with a CIDR list and a short expiry (write tokens: 90 days at most)'}; revoke this one with \`npm token revoke\` or under Access Tokens at https://www.npmjs.com.`
      : `Use a short-lived, read-only token for ${f.facts.host} from the CI's secret store rather than a file the agent reads, and revoke this one at that registry.`,
});
