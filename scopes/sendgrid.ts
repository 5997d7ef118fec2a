import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { ProviderError, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource } from '../src/types.js';
import type { Destroy } from './lib/saas-read.js';

// Full Access keys reach every endpoint but billing; Restricted keys their scopes, listed by GET /v3/scopes
// (https://www.twilio.com/docs/sendgrid/api-reference/api-keys/create-api-keys;
// .../api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access). Full Access is told by
// user.email.read, Billing Access by billing.read (trufflehog pkg/analyzer/analyzers/sendgrid/sendgrid.go).

const egress: ProviderEgress = {
  provider: 'sendgrid',
  base: 'https://api.sendgrid.com',
  hosts: ['api.sendgrid.com', 'api.eu.sendgrid.com'],
  // EU subusers' keys live on the EU host, api.eu.sendgrid.com.
  bases: { eu: 'https://api.eu.sendgrid.com' },
  routes: [
    { method: 'GET', path: /^\/v3\/scopes$/ },
    { method: 'GET', path: /^\/v3\/user\/profile$/ },
  ],
};

/** The destroy scopes SendGrid lists (https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions), in that order. */
const NAMED: Array<[string, Resource]> = [
  ['api_keys.delete', { kind: 'api-key', all: true, within: { kind: 'account' }, qualifier: 'mail stops' }],
  ['asm.groups.delete', { kind: 'configuration', noun: { one: 'suppression (unsubscribe) group', many: 'suppression (unsubscribe) groups' }, all: true }],
  ['alerts.delete', { kind: 'monitor', noun: { one: 'alert', many: 'alerts' }, all: true }],
  ['access_settings.whitelist.delete', { kind: 'configuration', noun: { one: 'IP access rules', many: 'IP access rules' } }],
];

async function resolveSendgrid(f: Finding, ctx: ResolveContext) {
  const evidence: string[] = [];
  const headers = { authorization: `Bearer ${f.secret}`, accept: 'application/json' };
  // GET /v3/scopes: 200 valid with its scopes, 401 invalid; 403 is handled apart (trufflehog sendgrid.go) → unknown.
  let region = 'default';
  let s = await ctx.egress.request(egress, { method: 'GET', path: '/v3/scopes', headers, evidence });
  if (s.status === 401) {
    // A key of an EU subuser is unknown to the global host; only both hosts refusing it is revocation.
    region = 'eu';
    s = await ctx.egress.request(egress, { method: 'GET', path: '/v3/scopes', headers, evidence, base: 'eu' });
    if (s.status === 401) return revokedScope(f.tokenKind, evidence, 'SendGrid answered 401 to GET /v3/scopes on the global and the EU host');
  }
  const scopes = (s.json as { scopes?: unknown } | undefined)?.scopes;
  if (s.status !== 200 || !Array.isArray(scopes) || !scopes.every((x) => typeof x === 'string'))
    throw new ProviderError(`sendgrid: unexpected response to GET /v3/scopes (HTTP ${s.status})`, s.status);
  const has = (x: string) => (scopes as string[]).includes(x);
  const full = has('user.email.read');
  const kind = full ? 'full-access-key' : has('billing.read') ? 'billing-access-key' : 'restricted-key';

  let identity: string | undefined;
  if (has('user.profile.read')) {
    const p = await ctx.egress.request(egress, { method: 'GET', path: '/v3/user/profile', headers, evidence, base: region });
    const prof = p.json as { first_name?: string; last_name?: string; company?: string } | undefined;
    if (p.status === 200 && prof) identity = [[prof.first_name, prof.last_name].filter(Boolean).join(' '), prof.company].filter(Boolean).join(', ') || undefined;
    else if (p.status !== 403) throw new ProviderError(`sendgrid: unexpected response to GET /v3/user/profile (HTTP ${p.status})`, p.status);
  }

  const deletes = (scopes as string[]).filter((x) => x.endsWith('.delete'));
  const named = new Set(NAMED.map(([n]) => n));
  const destroy: Destroy[] = [
    ...NAMED.filter(([n]) => has(n)).map(([n, target]) => ({ action: n, target, destroysBackups: false })),
    ...(deletes.some((d) => !named.has(d))
      ? [{ action: 'other *.delete scopes', target: { kind: 'permission', names: deletes.filter((d) => !named.has(d)) } satisfies Resource, destroysBackups: false }]
      : []),
  ];
  return liveScope({
    tokenKind: kind,
    identity,
    root: full,
    environments: full ? ['*'] : [],
    resources: [
      full ? { kind: 'account', qualifier: 'every endpoint but billing and Email Address Validation' } : { kind: 'permission', noun: { one: 'scope', many: 'scopes' }, names: scopes as string[] },
      ...(has('mail.send')
        ? [
            {
              kind: 'message',
              noun: { one: "mail from the account's verified domains", many: "mail from the account's verified domains" },
              qualifier: 'phishing, sender reputation',
              access: ['mail.send'],
            } satisfies Resource,
          ]
        : []),
      ...(has('api_keys.create') ? [{ kind: 'api-key', noun: { one: 'new API key', many: 'new API keys' }, all: true, access: ['api_keys.create'] } satisfies Resource] : []),
      ...(region === 'eu' ? [{ kind: 'user', noun: { one: 'EU subuser', many: 'EU subusers' }, name: 'api.eu.sendgrid.com' } satisfies Resource] : []),
    ],
    destroy,
    evidence,
  });
}

export default defineProvider({
  id: 'sendgrid',
  name: 'SendGrid',
  asks: {
    calls: '`GET /v3/scopes` (US, then EU)',
    tells: 'Full Access → root; `*.delete` scopes',
    docs: 'https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveSendgrid,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'account', qualifier: 'Full Access, or its granted scopes' }],
      because: [
        'a SendGrid key is Full Access, Restricted or Billing; only GET /v3/scopes tells',
        "a key with mail.send can send mail from the account's verified domains; with api_keys.* it can mint or delete keys",
      ],
    }),
  remediation: (_f, scope) =>
    `${scope.tokenKind === 'full-access-key' ? 'This Full Access key reaches every endpoint but billing. ' : ''}Replace it with a restricted key with mail.send only (and IP Access Management), and delete this one at https://app.sendgrid.com/settings/api_keys.`,
});
