import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { environmentOf, environments, get, objectOf, unexpected, type Destroy } from './lib/saas-read.js';

// A Resend API key has Full access ("create, delete, get, and update any resource") or Sending access ("only send
// emails", optionally to one domain) (https://resend.com/changelog/new-api-key-permissions). GET /domains lists the
// account's sending domains (https://resend.com/docs/api-reference/domains/list-domains) — names and status, no
// secret. The errors reference (https://resend.com/docs/api-reference/errors) tells the three answers apart:
// restricted_api_key (401) is a live Sending-access key; invalid_api_key (403), or validation_error "API key is
// invalid" (400, the newer wording for a key that does not exist or was deleted), is an invalid key.
// Full access deletes domains (DELETE /domains/{id}), audiences with their contacts (DELETE /audiences/{id}) and
// API keys (DELETE /api-keys/{id}, "can't be undone"); no restore is documented for any of them (UNCONFIRMED).

const egress: ProviderEgress = {
  provider: 'resend',
  base: 'https://api.resend.com',
  hosts: ['api.resend.com'],
  routes: [{ method: 'GET', path: /^\/domains$/ }],
};

const NO_RESTORE = 'that a deleted Resend domain, audience or contact cannot be restored is UNCONFIRMED (no restore is documented)';

interface ErrorBody {
  name?: string;
  message?: string;
}

function destroyOf(account: Resource, domains: Resource): Destroy[] {
  return [
    { action: 'DELETE /domains/{id}', target: domains, destroysBackups: false, certainty: 'inferred' },
    {
      action: 'DELETE /audiences/{id}',
      target: { kind: 'collection', all: true, within: account, noun: { one: 'audience', many: 'audiences' }, with: ['their contacts'] },
      destroysBackups: true,
      certainty: 'inferred',
    },
    { action: 'DELETE /api-keys/{id}', target: { kind: 'api-key', all: true, within: account }, destroysBackups: false },
  ];
}

async function resolveResend(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const a = await get(ctx, egress, '/domains', { authorization: `Bearer ${f.secret}` }, evidence);
  const err = (a.json ?? {}) as ErrorBody;
  if ((a.status === 403 && err.name === 'invalid_api_key') || (a.status === 400 && err.name === 'validation_error' && /api key is invalid/i.test(err.message ?? '')))
    return revokedScope(f.tokenKind, evidence, `Resend answered ${a.status} ${err.name} to GET /domains: the key is invalid or deleted`);
  const account: Resource = { kind: 'account', count: 1 };
  if (a.status === 401 && err.name === 'restricted_api_key')
    return liveScope({
      tokenKind: 'sending-access-key',
      identity: 'Sending access key',
      resources: [{ ...account, access: ['send emails'] }],
      evidence,
    });
  if (a.status !== 200) throw unexpected('resend', a, 'GET /domains');
  const list = objectOf<{ data?: Array<{ name?: string }> }>('resend', a, 'GET /domains').data;
  if (!Array.isArray(list)) throw unexpected('resend', a, 'GET /domains');
  const names = list.flatMap((d) => (typeof d?.name === 'string' ? [d.name] : []));
  const domains: Resource = names.length ? { kind: 'zone', names, noun: { one: 'domain', many: 'domains' }, bare: true } : { kind: 'zone', all: true, noun: { one: 'domain', many: 'domains' } };
  return liveScope({
    tokenKind: 'full-access-key',
    identity: `Full access key · ${names.length} domain${names.length === 1 ? '' : 's'}`,
    root: true,
    environments: environments(
      names.map((n) => environmentOf(ctx, n)),
      true,
    ),
    resources: [{ ...account, including: ['every domain, audience, contact and API key'] }, domains],
    destroy: destroyOf(account, domains),
    unconfirmed: [NO_RESTORE],
    evidence,
  });
}

export default defineProvider({
  id: 'resend',
  name: 'Resend',
  asks: {
    calls: '`GET /domains` (`restricted_api_key` marks a Sending access key)',
    tells: 'Full access → root, each domain by name, domain, audience and API-key deletion †; Sending access → sends only',
    docs: 'https://resend.com/docs/api-reference/domains/list-domains',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveResend,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'account', count: 1, qualifier: 'Full access or Sending access' }],
      because: ["a Resend API key: Full access reaches every domain, audience and API key of the account, Sending access only sends; the key's text does not say which"],
    }),
  remediation: (_f, scope) =>
    scope.root
      ? 'Give the agent a Sending access key restricted to the one domain it sends from (or none at all), and delete this Full access key at https://resend.com/api-keys.'
      : 'Keep Sending access keys restricted to one domain and out of files the agent reads; delete this one at https://resend.com/api-keys when it is no longer needed.',
});
