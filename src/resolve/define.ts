// The shape every file in scopes/ exports: one provider, its offline (shape-and-context) verdict,
// its remediation, and — from issue 3 on — its read-only online resolver.
import type { DestroyPrimitive, Finding, Scope } from '../types.js';

export interface Provider {
  /** Lower-case id, as used by detectors' `provider` (`railway`, `github`, `postgres`). */
  id: string;
  /** Display name (`Railway`). */
  name: string;
  /** The provider's official API hosts; a secret is only ever sent there. Empty for offline-only providers. */
  hosts: string[];
  /** What the token's shape and context say, without a network call. Always `certainty: inferred`. */
  offline: (f: Finding) => Scope;
  /** One actionable line: the least-privilege replacement and where to revoke the old credential. */
  remediation: (f: Finding, scope: Scope) => string;
}

export function defineProvider(p: Provider): Provider {
  if (p.id !== p.id.toLowerCase()) throw new Error(`provider ${p.id}: id must be lower-case`);
  return p;
}

export interface ShapeVerdict {
  tokenKind: string;
  identity?: string;
  root?: boolean;
  /** Environments reached; `*` for every environment of the account. */
  environments?: string[];
  resources?: string[];
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
    reason: 'not resolved: verdict from the token\'s shape and context only',
  };
}
