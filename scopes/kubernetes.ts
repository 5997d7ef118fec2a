import { environmentOfWord, hostEnvironment } from '../src/context/environment.js';
import { admitDatabaseHost } from '../src/resolve/database-egress.js';
import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { baseUrl, EgressError, ProviderError, type ProviderEgress, type Route, type TlsOptions } from '../src/resolve/egress.js';
import type { DestroyPrimitive, Finding, Resource } from '../src/types.js';

// A kubeconfig credential (bearer token, or client certificate and key) resolved against the API server its own
// kubeconfig names — opt-in (--probe-clusters), since that host comes from the scanned file, as a database URL's does.
// Reads only, each a POST by nature that creates nothing (the review objects are not persisted):
// - SelfSubjectReview: who the credential is, its groups (authentication.k8s.io/v1, GA in 1.28;
//   https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/self-subject-review-v1/); a 404
//   from an older server leaves the identity unread;
// - SelfSubjectAccessReview: may it `*` every resource (cluster-admin), delete namespaces, persistent volumes,
//   persistent volume claims (https://kubernetes.io/docs/reference/kubernetes-api/authorization-resources/self-subject-access-review-v1/);
// - SelfSubjectRulesReview: its rules in its namespace, as `kubectl auth can-i --list` shows them
//   (https://kubernetes.io/docs/reference/kubernetes-api/authorization-resources/self-subject-rules-review-v1/).
// A request that cannot be authenticated is answered 401 (https://kubernetes.io/docs/reference/access-authn-authz/authentication/):
// the only revoked answer. API Priority and Fairness answers 429 with Retry-After
// (https://kubernetes.io/docs/concepts/cluster-administration/flow-control/): unknown after retries.
// Destroy primitives: deleting a namespace deletes every object in it, its PersistentVolumeClaims and
// VolumeSnapshots included; a PersistentVolume whose reclaim policy is Delete (the default for dynamically
// provisioned volumes) takes its storage asset with it (https://kubernetes.io/docs/concepts/storage/persistent-volumes/#delete),
// and a VolumeSnapshot whose deletionPolicy is Delete takes its snapshot
// (https://kubernetes.io/docs/concepts/storage/volume-snapshots/#delete): which policies a cluster uses is
// UNCONFIRMED from here, so those verdicts are inferred. Secrets are never read: no route lists them.

const SELF_SUBJECT_REVIEW = '/apis/authentication.k8s.io/v1/selfsubjectreviews';
const ACCESS_REVIEW = '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews';
const RULES_REVIEW = '/apis/authorization.k8s.io/v1/selfsubjectrulesreviews';

function bodyOf(body: string): Record<string, unknown> {
  try {
    const b = JSON.parse(body) as unknown;
    if (b && typeof b === 'object' && !Array.isArray(b)) return b as Record<string, unknown>;
  } catch {}
  throw new EgressError('refused: a review that is not a JSON object');
}

/** Each review is a POST that only reads: its body must be exactly that review kind, with a spec that asks. */
export const READS: Record<string, (body: string) => string> = {
  [SELF_SUBJECT_REVIEW]: (body) => {
    const b = bodyOf(body);
    if (b.apiVersion !== 'authentication.k8s.io/v1' || b.kind !== 'SelfSubjectReview' || Object.keys(b).sort().join(',') !== 'apiVersion,kind')
      throw new EgressError('refused: not a bare SelfSubjectReview');
    return 'SelfSubjectReview';
  },
  [ACCESS_REVIEW]: (body) => {
    const b = bodyOf(body);
    const spec = b.spec as { resourceAttributes?: Record<string, unknown>; nonResourceAttributes?: unknown } | undefined;
    const ra = spec?.resourceAttributes;
    if (b.apiVersion !== 'authorization.k8s.io/v1' || b.kind !== 'SelfSubjectAccessReview' || !ra || spec?.nonResourceAttributes !== undefined || typeof ra.verb !== 'string')
      throw new EgressError('refused: not a SelfSubjectAccessReview of resource attributes');
    return `SelfSubjectAccessReview ${ra.verb} ${String(ra.resource ?? '')}`.trim();
  },
  [RULES_REVIEW]: (body) => {
    const b = bodyOf(body);
    const spec = b.spec as { namespace?: unknown } | undefined;
    if (b.apiVersion !== 'authorization.k8s.io/v1' || b.kind !== 'SelfSubjectRulesReview' || typeof spec?.namespace !== 'string')
      throw new EgressError('refused: not a SelfSubjectRulesReview of one namespace');
    return 'SelfSubjectRulesReview';
  },
};

const ROUTES: Route[] = Object.entries(READS).map(([path, read]) => ({ method: 'POST', path: new RegExp(`^${path.replace(/\./g, '\\.')}$`), read }));

/** The allowlist for one kubeconfig: its own server, these reviews, nothing else. */
export function clusterEgress(server: string): ProviderEgress {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new EgressError(`refused: the kubeconfig's server "${server.slice(0, 60)}" is not a URL`);
  }
  if (url.protocol !== 'https:') throw new EgressError('refused: the kubeconfig names a plain-HTTP API server; a credential is never sent unencrypted');
  return { provider: 'kubernetes', base: url.href.replace(/\/$/, ''), hosts: [url.hostname], routes: ROUTES };
}

const pem = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');

type Review = { status?: { allowed?: boolean; denied?: boolean; reason?: string } };
type RulesReview = {
  status?: { resourceRules?: Array<{ verbs: string[]; apiGroups?: string[]; resources?: string[]; resourceNames?: string[] }>; incomplete?: boolean };
};

// What each check destroys and whether backups go with it (see the header).
const CHECKS: Array<{ resource: string; namespaced: boolean; kind: Resource['kind']; noun: { one: string; many: string }; destroysBackups: boolean; why?: string }> = [
  { resource: 'namespaces', namespaced: false, kind: 'project', noun: { one: 'namespace', many: 'namespaces' }, destroysBackups: true },
  { resource: 'persistentvolumes', namespaced: false, kind: 'volume', noun: { one: 'persistent volume', many: 'persistent volumes' }, destroysBackups: false },
  { resource: 'persistentvolumeclaims', namespaced: true, kind: 'volume', noun: { one: 'persistent volume claim', many: 'persistent volume claims' }, destroysBackups: false },
];
const UNCONFIRMED = [
  "that deleting a namespace takes its volume snapshots, and a volume its storage, depends on the cluster's reclaim and deletion policies (Delete by default for dynamically provisioned volumes): UNCONFIRMED from here",
];

/** A cluster's environment: the config's map (cluster, context or host), else the words of its context, cluster and server names. */
function clusterEnvironment(f: Finding, ctx: ResolveContext): string {
  const names = [f.facts.cluster, f.facts.context, f.facts.host?.replace(/:\d+$/, '')].filter((x): x is string => Boolean(x));
  for (const n of names) if (ctx.environments[n]) return ctx.environments[n].toLowerCase();
  for (const n of names) {
    const env =
      n
        .split(/[^A-Za-z0-9]+/)
        .map((w) => environmentOfWord(w))
        .find(Boolean) ?? hostEnvironment(n);
    if (env) return env;
  }
  return 'unknown';
}

async function resolveKubernetes(f: Finding, ctx: ResolveContext) {
  const evidence: string[] = [];
  const pe = clusterEgress(f.facts.server ?? '');
  // The host is checked (no link-local or cloud-metadata address) and resolved once; the call goes to that address.
  const target = baseUrl(pe, ctx.egress.opts.env).url;
  const admitted = await admitDatabaseHost(target.hostname);
  const tls: TlsOptions = { address: admitted.address };
  if (f.parts.certificateAuthority) tls.ca = pem(f.parts.certificateAuthority);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (f.tokenKind === 'client-certificate-key') {
    tls.key = pem(f.secret);
    tls.cert = pem(f.parts.clientCertificate ?? '');
  } else headers.authorization = `Bearer ${f.secret}`;
  const post = (path: string, body: unknown) => ctx.egress.request(pe, { method: 'POST', path, headers, body: JSON.stringify(body), evidence, tls });

  const who = await post(SELF_SUBJECT_REVIEW, { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' });
  if (who.status === 401) return revokedScope(f.tokenKind, evidence, 'the API server answered 401 Unauthorized to a SelfSubjectReview');
  let user: { username?: string; groups?: string[] } | undefined;
  if (who.status === 201 || who.status === 200) user = (who.json as { status?: { userInfo?: { username?: string; groups?: string[] } } } | undefined)?.status?.userInfo;
  else if (who.status !== 404 && who.status !== 403) throw new ProviderError(`kubernetes: unexpected response to a SelfSubjectReview (HTTP ${who.status})`, who.status);
  if ((who.status === 201 || who.status === 200) && typeof user?.username !== 'string') throw new ProviderError('kubernetes: malformed answer to a SelfSubjectReview');

  const can = async (verb: string, resource: string, namespace?: string) => {
    const a = await post(ACCESS_REVIEW, {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: { resourceAttributes: { verb, resource, group: resource === '*' ? '*' : '', ...(namespace ? { namespace } : {}) } },
    });
    if (a.status === 401) return 'revoked' as const;
    const allowed = (a.json as Review | undefined)?.status?.allowed;
    if ((a.status !== 201 && a.status !== 200) || typeof allowed !== 'boolean') throw new ProviderError(`kubernetes: unexpected response to a SelfSubjectAccessReview (HTTP ${a.status})`, a.status);
    return allowed;
  };
  const everything = await can('*', '*');
  if (everything === 'revoked') return revokedScope(f.tokenKind, evidence, 'the API server answered 401 Unauthorized to a SelfSubjectAccessReview');
  const namespace = f.facts.namespace ?? /^system:serviceaccount:([^:]+):/.exec(user?.username ?? '')?.[1];
  const env = clusterEnvironment(f, ctx);
  const cluster: Resource = { kind: 'cluster', name: f.facts.cluster ?? f.facts.host ?? 'cluster', ...(env !== 'unknown' ? { environment: env } : {}) };
  const root = everything === true || (user?.groups ?? []).includes('system:masters');
  const destroy: Array<Omit<DestroyPrimitive, 'certainty'> & { certainty: DestroyPrimitive['certainty'] }> = [];
  for (const c of CHECKS) {
    const everywhere = everything === true || (await can('delete', c.resource)) === true;
    const inNamespace = !everywhere && c.namespaced && namespace ? (await can('delete', c.resource, namespace)) === true : false;
    if (!everywhere && !inNamespace) continue;
    const within: Resource = inNamespace ? { kind: 'project', noun: { one: 'namespace', many: 'namespaces' }, name: namespace, within: cluster } : cluster;
    destroy.push({ action: `delete ${c.resource}`, target: { kind: c.kind, noun: c.noun, all: true, within }, destroysBackups: c.destroysBackups, certainty: 'inferred' });
  }
  const resources: Resource[] = [cluster];
  if (namespace) {
    const rr = await post(RULES_REVIEW, { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectRulesReview', spec: { namespace } });
    const rules = rr.status === 201 || rr.status === 200 ? (rr.json as RulesReview | undefined)?.status?.resourceRules : undefined;
    if (Array.isArray(rules)) {
      const access = rules
        .filter((r) => Array.isArray(r.verbs) && r.verbs.some((v) => v === '*' || v === 'delete' || v === 'deletecollection'))
        .map((r) => `${r.verbs.join(',')} ${(r.resources ?? ['*']).join(',')}`);
      resources.push({ kind: 'project', noun: { one: 'namespace', many: 'namespaces' }, name: namespace, within: cluster, ...(access.length ? { access } : { qualifier: 'no delete rules' }) });
    }
  }
  const identity = user?.username
    ? `${user.username}${user.groups?.length ? ` (groups ${user.groups.join(', ')})` : ''} on ${f.facts.host ?? 'the cluster'}`
    : `an identity the API server did not name (no SelfSubjectReview) on ${f.facts.host ?? 'the cluster'}`;
  return liveScope({
    tokenKind: f.tokenKind,
    identity,
    root,
    environments: [env],
    resources,
    destroy,
    unconfirmed: destroy.length ? UNCONFIRMED : [],
    evidence,
  });
}

const REMEDIATION =
  'Use short-lived credentials from an exec plugin (OIDC or the cloud provider), bind the identity to a namespaced Role with the verbs it needs instead of cluster-admin, and delete this token (its Secret or TokenRequest-bound object) or revoke the client certificate on the cluster (rotate the CA if it was issued by the cluster CA, which cannot revoke one certificate).';

export default defineProvider({
  id: 'kubernetes',
  name: 'Kubernetes',
  asks: {
    of: 'kubeconfig token or client certificate',
    calls:
      'only with `--probe-clusters`: `POST` `SelfSubjectReview`, `SelfSubjectAccessReview` (`* *`, `delete` namespaces / persistentvolumes / persistentvolumeclaims), `SelfSubjectRulesReview` of its namespace',
    tells: '`cluster-admin` (`* *`) or `system:masters` → root; namespace deletion (volume snapshots going too †), volume and claim deletion †; environment from the context, cluster and server names',
    docs: 'https://kubernetes.io/docs/reference/kubernetes-api/authorization-resources/self-subject-access-review-v1/',
  },
  // The API server is the one the kubeconfig names (clusterEgress), never a fixed host.
  hosts: [],
  optIn: 'probe-clusters',
  resolve: resolveKubernetes,
  withhold: (f) => {
    if (f.tokenKind === 'basic-auth-password') return 'basic-auth passwords were removed from Kubernetes (1.19); nothing to ask';
    if (!f.facts.server) return 'the kubeconfig names no API server for this user';
    if (f.tokenKind === 'client-certificate-key' && !f.parts.clientCertificate) return 'the client certificate is not inline (client-certificate-data) beside its key';
    return undefined;
  },
  offline: (f, ctx) => {
    const env = clusterEnvironment(f, { environments: ctx?.environments ?? {} } as ResolveContext);
    return shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.user ? `${f.facts.user}${f.facts.host ? '@' + f.facts.host : ''}` : f.facts.host,
      environments: env !== 'unknown' ? [env] : [],
      resources: f.facts.host ? [{ kind: 'server', name: f.facts.host }] : [],
      because: [
        `a kubeconfig credential; its RBAC bindings are only known from the cluster (--probe-clusters, or kubectl auth can-i --list)${env !== 'unknown' ? `; the cluster's names (${[f.facts.context, f.facts.cluster, f.facts.host].filter(Boolean).join(', ')}) name the ${env} environment` : ''}`,
      ],
    });
  },
  remediation: () => REMEDIATION,
});
