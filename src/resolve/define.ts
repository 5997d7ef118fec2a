// The shape every file in scopes/ exports: one provider, its offline (shape-and-context) verdict,
// its remediation, and — from issue 3 on — its read-only online resolver.
import type { DestroyPrimitive, Finding, Resource, Scope } from '../types.js';
import type { Egress, ProviderEgress } from './egress.js';

export interface ResolveContext {
  egress: Egress;
  /** The config's `environments` map: account ids, orgs, projects → environment names. */
  environments: Record<string, string>;
  /** `--probe-databases`: database and cache resolvers may connect to the host named in the credential's URL. */
  probeDatabases?: boolean;
  /** `--probe-clusters`: the Kubernetes resolver may call the API server named in the credential's kubeconfig. */
  probeClusters?: boolean;
}

/** What an offline verdict may use besides the finding: the config's `environments` map, never the network. */
export type OfflineContext = Pick<ResolveContext, 'environments'>;

export interface Provider {
  /** Lower-case id, as used by detectors' `provider` (`railway`, `github`, `postgres`). */
  id: string;
  /** Display name (`Railway`). */
  name: string;
  /** The provider's official API hosts; a secret is only ever sent there. Empty for offline-only providers. */
  hosts: string[];
  /**
   * What the token's shape and context say, without a network call. Always `certainty: inferred`. The
   * config's `environments` map applies here as online (a tunnel on localhost mapped to production).
   */
  offline: (f: Finding, ctx?: OfflineContext) => Scope;
  /** One actionable line: the least-privilege replacement and where to revoke the old credential. */
  remediation: (f: Finding, scope: Scope) => string;
  /** The read-only calls this provider's resolver may make; required with `resolve`. */
  egress?: ProviderEgress;
  /** What the resolver asks and what the answer tells: the README's provider table; required with `resolve`. */
  asks?: ResolverCalls;
  /**
   * Asks the provider, read-only, what the credential is. Returns `revoked` only on the provider's
   * documented invalid-credential answer; throws (→ unknown, with the offline verdict kept) otherwise.
   */
  resolve?: (f: Finding, ctx: ResolveContext) => Promise<Scope>;
  /**
   * The provider's API is the user's own server (a HashiCorp Vault): it has no official host, and its resolver runs
   * only where ABR_ENDPOINT_<PROVIDER> in the environment names that server; otherwise the offline verdict stands,
   * with the reason. `hosts` is empty and the egress `base` a placeholder nothing is ever sent to.
   */
  selfHosted?: boolean;
  /** A reason never to send this credential even when resolving (a canary key that alerts its owner when used). */
  withhold?: (f: Finding) => string | undefined;
  /**
   * A resolver that runs only when the user opts in: `probe-databases` connects with a database driver
   * (no HTTP egress; src/resolve/database-egress.ts guards the driver path instead).
   */
  optIn?: 'probe-databases' | 'probe-clusters';
}

/**
 * One row of README.md's provider table (scopes/lib/provider-table.ts; scripts/gen-readme.mjs writes it). Mark a
 * verdict that rests on an UNCONFIRMED fact with †.
 */
export interface ResolverCalls {
  /** The credential asked about, when the provider issues others that are not (`service-account keys`). */
  of?: string;
  /** The read-only calls, in Markdown (`GET /v1/owners`, `/v1/postgres`). */
  calls: string;
  /** What the answers tell: the verdicts they lead to. */
  tells: string;
  /** The documentation of the read-only calls (https). */
  docs: string;
}

export function defineProvider(p: Provider): Provider {
  if (p.id !== p.id.toLowerCase()) throw new Error(`provider ${p.id}: id must be lower-case`);
  if (p.resolve && !p.egress && !p.optIn) throw new Error(`provider ${p.id}: a resolver needs an egress allowlist`);
  return p;
}

export interface ShapeVerdict {
  tokenKind: string;
  identity?: string;
  root?: boolean;
  /** Environments reached; `*` for every environment of the account. */
  environments?: string[];
  resources?: Resource[];
  destroy?: Array<Omit<DestroyPrimitive, 'certainty'>>;
  /** What the verdict rests on, in words ("RAILWAY_API_TOKEN holds an account or workspace token"). */
  because: string[];
}

/** An offline scope: status unknown, every verdict inferred from the shape and context it names. */
export function shapeScope(v: ShapeVerdict): Scope {
  return {
    status: 'unknown',
    resolution: 'offline',
    tokenKind: v.tokenKind,
    identity: v.identity,
    reach: { environments: v.environments ?? [], resources: v.resources ?? [] },
    root: v.root ?? false,
    destroy: (v.destroy ?? []).map((d) => ({ ...d, certainty: 'inferred' as const })),
    certainty: 'inferred',
    inferred: v.because,
    evidence: [],
    reason: "not resolved: verdict from the token's shape and context only",
  };
}

export interface OnlineVerdict extends Omit<ShapeVerdict, 'destroy' | 'because'> {
  evidence: string[];
  /** What rests on facts the provider does not confirm (UNCONFIRMED in the provider's documentation), in words. */
  unconfirmed?: string[];
  /** True when root or reach themselves rest on an unconfirmed fact: the scope's certainty becomes `inferred`. */
  reachInferred?: boolean;
  /** Destroy primitives; `certainty` defaults to confirmed. */
  destroy?: Array<Omit<DestroyPrimitive, 'certainty'> & { certainty?: DestroyPrimitive['certainty'] }>;
}

/** A live credential as the provider described it. */
export function liveScope(v: OnlineVerdict): Scope {
  const unconfirmed = v.unconfirmed ?? [];
  const destroy = (v.destroy ?? []).map((d) => ({ ...d, certainty: d.certainty ?? ('confirmed' as const) }));
  return {
    status: 'live',
    resolution: 'online',
    tokenKind: v.tokenKind,
    identity: v.identity,
    reach: { environments: v.environments ?? [], resources: v.resources ?? [] },
    root: v.root ?? false,
    destroy,
    certainty: v.reachInferred ? 'inferred' : 'confirmed',
    inferred: unconfirmed,
    evidence: v.evidence,
  };
}

export function revokedScope(tokenKind: string, evidence: string[], reason: string): Scope {
  return { status: 'revoked', resolution: 'online', tokenKind, reach: { environments: [], resources: [] }, root: false, destroy: [], certainty: 'confirmed', inferred: [], evidence, reason };
}
