import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { Answer, ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { environmentOf, environments, get, objectOf, unexpected, type Destroy } from './lib/saas-read.js';

// Postmark has server tokens (X-Postmark-Server-Token: one server's messages, templates and streams) and account
// tokens (X-Postmark-Account-Token: every server, domain and sender signature of the account)
// (https://postmarkapp.com/developer/api/overview#authentication). A bad or missing token is HTTP 401 with
// ErrorCode 10 (https://postmarkapp.com/developer/api/overview#error-codes). The reads chosen return no token:
// GET /message-streams for a server token (https://postmarkapp.com/developer/api/message-streams-api) and GET
// /domains for an account token (https://postmarkapp.com/developer/api/domains-api) — never GET /server or
// /servers, whose answers carry the servers' API tokens. An account token may DELETE /servers/{id} (with its
// messages and templates; Postmark enables it on request, UNCONFIRMED for a given account), /domains/{id} and
// /senders/{id}; a server token may delete its templates and archive its streams (restorable for 45 days).

const egress: ProviderEgress = {
  provider: 'postmark',
  base: 'https://api.postmarkapp.com',
  hosts: ['api.postmarkapp.com'],
  routes: [
    { method: 'GET', path: /^\/message-streams$/ },
    { method: 'GET', path: /^\/domains$/ },
  ],
};

const SERVER_DELETE = "that an account token may delete servers is UNCONFIRMED (Postmark enables server deletion through the API on request); no restore of a deleted server's messages is documented";

const badToken = (a: Answer) => a.status === 401 && (a.json as { ErrorCode?: number } | undefined)?.ErrorCode === 10;

function accountDestroy(account: Resource): Destroy[] {
  return [
    { action: 'DELETE /servers/{serverid}', target: { kind: 'server', all: true, within: account, with: ['their messages and templates'] }, destroysBackups: true, certainty: 'inferred' },
    { action: 'DELETE /domains/{domainid}', target: { kind: 'zone', all: true, within: account, noun: { one: 'domain', many: 'domains' } }, destroysBackups: false },
  ];
}

async function resolvePostmark(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const s = await get(ctx, egress, '/message-streams', { 'x-postmark-server-token': f.secret }, evidence);
  if (s.status === 200) {
    const streams = objectOf<{ MessageStreams?: Array<{ Name?: string; ServerID?: number }> }>('postmark', s, 'GET /message-streams').MessageStreams;
    if (!Array.isArray(streams)) throw unexpected('postmark', s, 'GET /message-streams');
    const names = streams.flatMap((x) => (typeof x?.Name === 'string' ? [x.Name] : []));
    const server = streams[0]?.ServerID;
    return liveScope({
      tokenKind: 'server-token',
      identity: `server token${server !== undefined ? ` · server ${server}` : ''}`,
      environments: environments(
        names.map((n) => environmentOf(ctx, n, server !== undefined ? String(server) : undefined)),
        false,
      ),
      resources: [{ kind: 'server', ...(server !== undefined ? { name: String(server) } : { count: 1 }), including: ['its messages, templates and message streams'] }],
      destroy: [
        {
          action: 'DELETE /templates/{templateIdOrAlias}',
          target: { kind: 'file', all: true, within: { kind: 'server', count: 1 }, noun: { one: 'template', many: 'templates' } },
          destroysBackups: false,
        },
      ],
      evidence,
    });
  }
  if (!badToken(s)) throw unexpected('postmark', s, 'GET /message-streams');
  const d = await get(ctx, egress, '/domains?count=100&offset=0', { 'x-postmark-account-token': f.secret }, evidence);
  // ErrorCode 10 as a server token and as an account token: Postmark's answer to a token that is not valid.
  if (badToken(d)) return revokedScope(f.tokenKind, evidence, 'Postmark answered ErrorCode 10 to the token as a server and as an account token: it is invalid or rotated');
  if (d.status !== 200) throw unexpected('postmark', d, 'GET /domains');
  const domains = objectOf<{ Domains?: Array<{ Name?: string }> }>('postmark', d, 'GET /domains').Domains;
  if (!Array.isArray(domains)) throw unexpected('postmark', d, 'GET /domains');
  const names = domains.flatMap((x) => (typeof x?.Name === 'string' ? [x.Name] : []));
  const account: Resource = { kind: 'account', count: 1 };
  return liveScope({
    tokenKind: 'account-token',
    identity: `account token · ${names.length} domain${names.length === 1 ? '' : 's'}`,
    root: true,
    environments: environments(
      names.map((n) => environmentOf(ctx, n)),
      true,
    ),
    resources: [{ ...account, including: ['every server, domain and sender signature'] }],
    destroy: accountDestroy(account),
    unconfirmed: [SERVER_DELETE],
    evidence,
  });
}

export default defineProvider({
  id: 'postmark',
  name: 'Postmark',
  asks: {
    calls: '`GET /message-streams` (server token), then `GET /domains` (account token) — never `/server` or `/servers`, which return API tokens',
    tells: 'account token → root, server deletion with its messages †; server token → its one server, template deletion',
    docs: 'https://postmarkapp.com/developer/api/overview#authentication',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolvePostmark,
  offline: (f) =>
    f.tokenKind === 'account-token'
      ? shapeScope({
          tokenKind: f.tokenKind,
          root: true,
          resources: [{ kind: 'account', count: 1, including: ['every server, domain and sender signature'] }],
          destroy: accountDestroy({ kind: 'account', count: 1 }),
          because: [`${f.context.variable ?? 'its variable'} names a Postmark account token: every server of the account`, SERVER_DELETE],
        })
      : shapeScope({ tokenKind: f.tokenKind, resources: [{ kind: 'server', count: 1 }], because: ['a Postmark server token: the messages, templates and streams of one server'] }),
  remediation: (_f, scope) =>
    scope.root
      ? 'Give the agent a server token for one non-production server, never the account token, and regenerate this one under Account → API Tokens (https://account.postmarkapp.com/api_tokens).'
      : "Keep server tokens to one non-production server and out of files the agent reads; regenerate this one under the server's API Tokens tab (https://account.postmarkapp.com/servers).",
});
