import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { graphqlQueryOnly, ProviderError, type Answer, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { environmentOf, environments, unexpected, type Destroy } from './lib/saas-read.js';

// New Relic keys (https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/): a user key (NRAK-) acts as its
// user in NerdGraph, on every account the user can reach, with the user's roles; browser, license and insert keys
// only send telemetry, so no read call identifies them and they are not sent. NerdGraph is GraphQL at
// https://api.newrelic.com/graphql (EU accounts: api.eu.newrelic.com) with the key in the API-Key header
// (https://docs.newrelic.com/docs/apis/nerdgraph/get-started/introduction-new-relic-nerdgraph/); one query reads
// the user and the accounts it reaches (`actor { user accounts }`). A bad key is HTTP 401 with
// `extensions.error_code: BAD_API_KEY` ("Bad API Key or no API Key provided"; newrelic/newrelic-client-go#603);
// a key of the other region is refused the same way, so both regions are asked before calling a key revoked.
// The user's roles are not in that answer (UNCONFIRMED what it may change). Its deletions are configuration:
// dashboardDelete, alertsPolicyDelete, syntheticsDeleteMonitor; telemetry itself has no delete call in NerdGraph.

const egress: ProviderEgress = {
  provider: 'new-relic',
  base: 'https://api.newrelic.com',
  hosts: ['api.newrelic.com', 'api.eu.newrelic.com'],
  bases: { eu: 'https://api.eu.newrelic.com' },
  routes: [{ method: 'POST', path: /^\/graphql$/, read: graphqlQueryOnly }],
};

const QUERY = 'query { actor { user { id email name } accounts { id name } } }';
const ROLES = "the key's user's roles (and so which dashboards, alert policies and monitors it may delete) are not readable from the query it answers (UNCONFIRMED)";

interface Actor {
  user?: { email?: string; name?: string };
  accounts?: Array<{ id?: number; name?: string }>;
}
type Gql = { data?: { actor?: Actor }; errors?: Array<{ message?: string; extensions?: { error_code?: string } }> };

const badKey = (a: Answer) => a.status === 401 && ((a.json as Gql | undefined)?.errors ?? []).some((e) => e?.extensions?.error_code === 'BAD_API_KEY');

function ask(ctx: ResolveContext, f: Finding, evidence: string[], base?: string) {
  return ctx.egress.request(egress, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', 'api-key': f.secret }, body: JSON.stringify({ query: QUERY }), evidence, base });
}

function destroyOf(accounts: Resource): Destroy[] {
  return ['dashboardDelete', 'alertsPolicyDelete', 'syntheticsDeleteMonitor'].map((action) => ({
    action,
    target: {
      kind: action === 'dashboardDelete' ? ('dashboard' as const) : ('monitor' as const),
      all: true,
      within: accounts,
      ...(action === 'alertsPolicyDelete' ? { noun: { one: 'alert policy', many: 'alert policies' } } : {}),
    },
    destroysBackups: false,
    certainty: 'inferred' as const,
  }));
}

async function resolveNewRelic(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  let a = await ask(ctx, f, evidence);
  let region = 'US';
  if (badKey(a)) {
    a = await ask(ctx, f, evidence, 'eu');
    region = 'EU';
    if (badKey(a)) return revokedScope(f.tokenKind, evidence, 'New Relic answered BAD_API_KEY in both regions: the key is invalid or deleted');
  }
  if (a.status !== 200) throw unexpected('new-relic', a, 'POST /graphql');
  const actor = (a.json as Gql | undefined)?.data?.actor;
  if (!actor?.user || !Array.isArray(actor.accounts)) throw new ProviderError(`new-relic: unexpected answer to the actor query (HTTP ${a.status})`, a.status);
  const accounts = actor.accounts.filter((x): x is { id: number; name: string } => typeof x?.name === 'string' && typeof x.id === 'number');
  const target: Resource = { kind: 'account', names: accounts.map((x) => x.name) };
  return liveScope({
    tokenKind: 'user-api-key',
    identity: `${actor.user.email ?? actor.user.name ?? 'a user'} · ${region} · ${accounts.length} account${accounts.length === 1 ? '' : 's'}`,
    environments: environments(
      accounts.map((x) => environmentOf(ctx, x.name, String(x.id))),
      false,
    ),
    resources: [{ ...target, access: ["its user's roles"] }],
    destroy: accounts.length ? destroyOf(target) : [],
    unconfirmed: [ROLES],
    evidence,
  });
}

export default defineProvider({
  id: 'new-relic',
  name: 'New Relic',
  asks: {
    calls: 'one NerdGraph *query* (`actor { user accounts }`, US then EU); ingest, browser and license keys are not sent',
    tells: "user key → its accounts by name and environment; dashboard, alert-policy and monitor deletion by its user's roles †",
    docs: 'https://docs.newrelic.com/docs/apis/nerdgraph/get-started/introduction-new-relic-nerdgraph/',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveNewRelic,
  withhold: (f) => (f.secret.startsWith('NRAK-') ? undefined : 'not a New Relic user key (NRAK-): an ingest, browser or license key only sends telemetry, and no read call identifies it'),
  offline: (f) =>
    f.secret.startsWith('NRAK-')
      ? shapeScope({
          tokenKind: f.tokenKind,
          resources: [{ kind: 'account', all: true, qualifier: 'of its user' }],
          destroy: destroyOf({ kind: 'account', all: true }).map(({ certainty: _c, ...d }) => d),
          because: ['NRAK- is a New Relic user key: it acts as its user in NerdGraph on every account the user reaches (queries, alerts, dashboards)', ROLES],
        })
      : shapeScope({ tokenKind: f.tokenKind, resources: [{ kind: 'account', count: 1 }], because: ['a New Relic ingest, browser or license key: it writes telemetry to its account'] }),
  remediation: (f) =>
    f.secret.startsWith('NRAK-')
      ? 'Use a user key of a user with a read-only role (or a restricted one on the one account the agent needs), and delete this key at https://one.newrelic.com/launcher/api-keys-ui.api-keys-launcher.'
      : 'Keep ingest and license keys in the agent runtime that sends telemetry, out of files the agent reads; rotate this one at https://one.newrelic.com/launcher/api-keys-ui.api-keys-launcher.',
});
