import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { environmentOf, environments, get, objectOf, unexpected } from './lib/saas-read.js';

// Grafana tokens: a service account token (glsa_) has its account's role on its own Grafana instance, whose URL is
// the user's (https://grafana.com/docs/grafana/latest/administration/service-accounts/) — not asked here, since the
// instance is not a fixed official host; a Grafana Cloud access policy token (glc_) has its policy's scopes in its
// organization (https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/).
// The Cloud API's GET /api/instances lists the organization's stacks and needs stacks:read
// (https://grafana.com/docs/grafana-cloud/developer-resources/api-reference/cloud-api/#list-stacks): 200 names the
// stacks; 403 is a live token whose policy lacks that scope (most telemetry-write tokens); 401 an invalid token.
// A policy's other scopes are not readable with the token itself (UNCONFIRMED): with stacks:delete it may DELETE
// /api/instances/{stack}, which deletes the stack with its metrics, logs and traces (no restore documented, UNCONFIRMED).

const egress: ProviderEgress = {
  provider: 'grafana',
  base: 'https://grafana.com',
  hosts: ['grafana.com'],
  routes: [{ method: 'GET', path: /^\/api\/instances$/ }],
};

const SCOPES = "an access policy's scopes are not readable with its own token: whether it holds stacks:delete is UNCONFIRMED";
const DATA = 'that deleting a stack deletes its metrics, logs and traces with no copy kept is UNCONFIRMED';

/** The organization an access policy token names in its own JSON (`{"o": …, "n": …}`). */
function orgOf(f: Finding): string | undefined {
  try {
    const o = JSON.parse(Buffer.from(f.secret.slice(4), 'base64').toString('utf8')) as { o?: unknown };
    return typeof o.o === 'string' || typeof o.o === 'number' ? String(o.o) : undefined;
  } catch {
    return undefined;
  }
}

async function resolveGrafana(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const a = await get(ctx, egress, '/api/instances', { authorization: `Bearer ${f.secret}` }, evidence);
  if (a.status === 401) return revokedScope(f.tokenKind, evidence, 'Grafana Cloud answered 401 to GET /api/instances: the token is invalid, expired or deleted');
  const org: Resource = { kind: 'organisation', ...(orgOf(f) ? { id: orgOf(f), count: 1 } : { count: 1 }) };
  if (a.status === 403)
    return liveScope({
      tokenKind: 'cloud-access-policy-token',
      identity: `access policy token${orgOf(f) ? ` · organization ${orgOf(f)}` : ''} (no stacks:read)`,
      resources: [{ ...org, qualifier: 'its policy scopes, without stacks:read' }],
      unconfirmed: [SCOPES],
      evidence,
    });
  if (a.status !== 200) throw unexpected('grafana', a, 'GET /api/instances');
  const items = objectOf<{ items?: Array<{ slug?: string; name?: string; orgSlug?: string }> }>('grafana', a, 'GET /api/instances').items;
  if (!Array.isArray(items)) throw unexpected('grafana', a, 'GET /api/instances');
  const stacks = items.filter((s): s is { slug: string; orgSlug?: string } => typeof s?.slug === 'string');
  const orgName = stacks.find((s) => s.orgSlug)?.orgSlug;
  const within: Resource = orgName ? { kind: 'organisation', name: orgName } : org;
  const target: Resource = { kind: 'instance', names: stacks.map((s) => s.slug), within, noun: { one: 'stack', many: 'stacks' } };
  return liveScope({
    tokenKind: 'cloud-access-policy-token',
    identity: `access policy token · ${orgName ?? 'its organization'} · ${stacks.length} stack${stacks.length === 1 ? '' : 's'}`,
    environments: environments(
      stacks.map((s) => environmentOf(ctx, s.slug)),
      false,
    ),
    resources: [target],
    destroy: stacks.length ? [{ action: 'DELETE /api/instances/{stack}', target: { ...target, with: ['their metrics, logs and traces'] }, destroysBackups: true, certainty: 'inferred' }] : [],
    unconfirmed: [SCOPES, DATA],
    evidence,
  });
}

export default defineProvider({
  id: 'grafana',
  name: 'Grafana',
  asks: {
    of: 'Cloud',
    calls: '`GET https://grafana.com/api/instances` (access policy tokens, `glc_`); service account tokens (`glsa_`) are not sent — their instance is not an official host',
    tells: "stacks by name and environment; stack deletion with its telemetry † (a policy's scopes are not readable); 403 → live without `stacks:read`",
    docs: 'https://grafana.com/docs/grafana-cloud/developer-resources/api-reference/cloud-api/#list-stacks',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveGrafana,
  // A service account token answers only on its own instance, whose URL is the user's, not a Grafana Labs API host.
  withhold: (f) =>
    f.secret.startsWith('glc_') ? undefined : `a Grafana ${f.tokenKind === 'api-key' ? 'API key' : 'service account token'} answers only on its own instance, whose URL is not an official API host`,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: [
        f.secret.startsWith('glc_')
          ? { kind: 'organisation', count: 1, qualifier: 'its policy scopes' }
          : { kind: 'instance', count: 1, qualifier: f.tokenKind === 'api-key' ? "its key's role" : "its service account's role" },
      ],
      because: ["a Grafana token: a service account token (or a legacy API key) has its role on its instance (Admin administers it), a Cloud access policy token its policy's scopes"],
    }),
  remediation: () =>
    'Give the agent a Viewer service account (or an access policy with read scopes only, on one stack) and an expiry, and delete this token where it was created (Grafana Cloud: Administration → Access policies; an instance: Administration → Service accounts).',
});
