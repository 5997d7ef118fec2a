import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { EgressError, ProviderError, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Scope, Resource } from '../src/types.js';
import { environmentOf, environments, objectOf, type Destroy } from './lib/saas-read.js';

// Token kinds: https://docs.slack.dev/authentication/tokens. Liveness and identity: auth.test ("No scopes
// required", https://docs.slack.dev/reference/methods/auth.test), whose granted scopes come back in the
// x-oauth-scopes header (node-slack-sdk WebClient.ts buildResult; trufflehog analyzers/slack). admin.* scopes
// need an Enterprise org-wide install by an owner or admin (https://docs.slack.dev/reference/methods/admin.conversations.delete).
// Slack answers 200 for bad tokens too ("doesn't use meaningful status codes besides 429 and 200"): the body's
// `error` decides.

/** auth.test is a read by nature that Slack serves on POST; it is sent with no arguments at all. */
function authTestOnly(body: string): string {
  if (body.trim() !== '') throw new EgressError('refused: auth.test is sent without arguments');
  return 'auth.test';
}

const egress: ProviderEgress = {
  provider: 'slack',
  base: 'https://slack.com',
  hosts: ['slack.com'],
  routes: [{ method: 'POST', path: /^\/api\/auth\.test$/, read: authTestOnly }],
};

// The errors auth.test documents for a dead token (trufflehog pkg/detectors/slack/slack.go quoting Slack's docs;
// token_expired: https://docs.slack.dev/reference/methods/auth.test, rotating tokens).
const DEAD: Record<string, string> = {
  invalid_auth: 'the token is invalid',
  account_inactive: 'its user or workspace was deleted',
  token_revoked: 'the token was revoked',
  token_expired: 'the rotating token expired',
};

const NO_RESTORE = 'that Slack keeps no restorable copy of a deleted channel is UNCONFIRMED (no customer-side restore was found)';

interface AuthTest {
  ok: boolean;
  error?: string;
  url?: string;
  team?: string;
  user?: string;
  team_id?: string;
  user_id?: string;
  bot_id?: string;
  enterprise_id?: string;
  is_enterprise_install?: boolean;
  expires_in?: number;
}

async function resolveSlack(f: Finding, ctx: ResolveContext): Promise<Scope> {
  if (f.tokenKind === 'incoming-webhook') throw new EgressError('not resolved: an incoming webhook can only be tested by posting a message to it');
  if (f.tokenKind === 'app-level-token') throw new EgressError('not resolved: an app-level token (xapp-) opens Socket Mode connections; auth.test is documented for bot and user tokens');
  if (f.tokenKind === 'refresh-token') throw new EgressError('not resolved: a refresh token is never redeemed to test it');
  const evidence: string[] = [];
  const a = await ctx.egress.request(egress, {
    method: 'POST',
    path: '/api/auth.test',
    headers: { authorization: `Bearer ${f.secret}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
    evidence,
  });
  if (a.status !== 200) throw new ProviderError(`slack: unexpected answer to auth.test (HTTP ${a.status})`, a.status);
  const t = objectOf<AuthTest>('slack', a, 'auth.test');
  if (t.ok !== true) {
    if (t.error && DEAD[t.error]) return revokedScope(f.tokenKind, evidence, `Slack answered ${t.error}: ${DEAD[t.error]}`);
    throw new ProviderError(`slack: auth.test answered ${t.error ?? 'ok: false'}`);
  }
  const header = a.headers.get('x-oauth-scopes');
  const scopes = (header ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const has = (s: string) => scopes.includes(s);
  const kind = t.bot_id ? 'bot-token' : 'user-token';
  const admin = scopes.filter((s) => s.startsWith('admin'));
  // admin.* scopes exist only for apps an Enterprise owner or admin installed on the whole org.
  const root = kind === 'user-token' && admin.length > 0;
  const org = t.enterprise_id ? `Enterprise org ${t.enterprise_id}` : undefined;
  const workspace = `${t.team ?? 'a workspace'} (${t.team_id ?? '?'})`;
  const notes: string[] = [];
  if (header === null) notes.push('Slack sent no x-oauth-scopes header (a legacy token?): its scopes, and so what it can delete, are unknown');

  const owner: Resource = org ? { kind: 'organisation', name: org } : { kind: 'workspace', name: workspace };
  const user: Resource = t.user ? { kind: 'user', name: t.user } : { kind: 'user' };
  const destroy: Destroy[] = [];
  if (has('admin.conversations:write')) {
    destroy.push({
      action: 'admin.conversations.delete / admin.conversations.bulkDelete',
      target: { kind: 'channel', all: true, within: owner, qualifier: 'public and private' },
      destroysBackups: true,
      certainty: 'inferred',
    });
    destroy.push({
      action: 'admin.conversations.removeCustomRetention',
      target: { kind: 'configuration', within: { kind: 'channel', all: true, within: owner }, qualifier: 'custom retention policy' },
      destroysBackups: false,
    });
    notes.push(NO_RESTORE);
  }
  // chat.delete with chat:write: a user token deletes what its user may delete; a bot only its own messages.
  if (kind === 'user-token' && has('chat:write'))
    destroy.push({
      action: 'chat.delete',
      target: { kind: 'message', all: true, within: { kind: 'channel', all: true, accessibleTo: user }, qualifier: 'those its user may delete' },
      destroysBackups: false,
    });

  const expiry = typeof t.expires_in === 'number' ? ` · rotating, expires in ${Math.round(t.expires_in / 3600)} h` : '';
  return liveScope({
    tokenKind: kind,
    identity: `${t.user ?? '?'}${t.bot_id ? ` (bot ${t.bot_id})` : ''} in ${workspace}${org ? `, ${org}${t.is_enterprise_install ? ' (org-wide install)' : ''}` : ''} · scopes: ${scopes.length ? scopes.join(', ') : header === null ? 'unknown' : 'none'}${expiry}`,
    root,
    environments: environments([environmentOf(ctx, t.team, t.team_id, t.enterprise_id, t.url)], root),
    resources: [
      root
        ? { kind: 'workspace', also: 'channel', all: true, within: owner, access: admin.map((a) => `org admin: ${a}`) }
        : kind === 'bot-token'
          ? { kind: 'workspace', name: workspace, qualifier: "within its app's scopes", ...(has('chat:write') ? { access: ['chat:write: it can post, and delete its own messages'] } : {}) }
          : { kind: 'channel', all: true, accessibleTo: user, within: { kind: 'workspace', name: workspace }, qualifier: 'within its scopes' },
    ],
    destroy,
    unconfirmed: notes,
    evidence,
  });
}

export default defineProvider({
  id: 'slack',
  name: 'Slack',
  asks: {
    calls: '`POST /api/auth.test`',
    tells: 'scopes; `admin.*` user tokens → root; channel deletion †',
    docs: 'https://docs.slack.dev/reference/methods/auth.test',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveSlack,
  offline: (f) => {
    switch (f.tokenKind) {
      case 'bot-token':
        return shapeScope({
          tokenKind: f.tokenKind,
          resources: [{ kind: 'workspace', qualifier: 'within the scopes granted to its app' }],
          because: ["a bot token is limited to its app's granted scopes (auth.test returns them); with chat:write it can delete its own messages (chat.delete)"],
        });
      case 'user-token':
        return shapeScope({
          tokenKind: f.tokenKind,
          resources: [{ kind: 'channel', also: 'message', all: true, accessibleTo: { kind: 'user' }, qualifier: 'within the granted scopes' }],
          because: [
            'a user token acts as its user within the granted scopes; only auth.test tells which',
            'if its user is an Enterprise org owner or admin and the app holds admin.* scopes, it can delete channels org-wide (admin.conversations.delete); no restore of deleted channels was found (UNCONFIRMED)',
          ],
        });
      case 'incoming-webhook':
        return shapeScope({
          tokenKind: f.tokenKind,
          resources: [{ kind: 'channel', count: 1, access: ['post messages only'] }],
          because: ['an incoming-webhook URL posts to the one channel it was created for; it reads and deletes nothing'],
        });
      case 'app-level-token':
        return shapeScope({
          tokenKind: f.tokenKind,
          resources: [{ kind: 'app', qualifier: 'Socket Mode connections and app-level APIs' }],
          because: ["an app-level token (xapp-) opens Socket Mode connections for its app: it receives the app's events, and reads or deletes nothing by itself"],
        });
      default:
        return shapeScope({ tokenKind: f.tokenKind, because: [`a Slack ${f.tokenKind} whose scopes only Slack can tell`] });
    }
  },
  remediation: (f, scope) => {
    if (f.tokenKind === 'incoming-webhook') return 'Keep webhook URLs in a secret store, not in files the agent reads; regenerate this one under Incoming Webhooks at https://api.slack.com/apps.';
    if (scope.root)
      return 'Keep admin.* scopes out of tokens an agent can read: give the task a bot token with only the granular scopes it needs (no admin.*, no chat:write unless it posts), with token rotation on, and revoke this admin token under OAuth & Permissions at https://api.slack.com/apps (or via the org admin).';
    if (scope.tokenKind === 'user-token' || f.tokenKind === 'user-token')
      return 'Replace the user token with a bot token holding only the scopes the task needs, with token rotation on (12-hour tokens), and revoke this one under OAuth & Permissions at https://api.slack.com/apps.';
    return 'Keep the token to the scopes the task needs and turn on token rotation (12-hour tokens); regenerate this one under OAuth & Permissions at https://api.slack.com/apps.';
  },
});
