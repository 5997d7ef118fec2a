// The resolve stage: each unique secret once, providers concurrently with a bound each, every failure
// degraded to `unknown` with the offline verdict kept and the reason said.
import { provider as providerOf } from '../../scopes/index.js';
import { redact } from '../detect/redact.js';
import type { Finding, Scope } from '../types.js';
import { shapeScope, type Provider } from './define.js';
import { Egress, EgressError } from './egress.js';

export interface ResolveOptions {
  offline: boolean;
  /** Providers not to contact (`--no-resolve`). */
  skip: Set<string>;
  /** At most this many secrets are sent to providers (`--max-resolutions`); the rest stay offline. */
  maxResolutions: number;
  env: NodeJS.ProcessEnv;
  environments: Record<string, string>;
  concurrency?: number;
  timeoutMs?: number;
  /** `--probe-databases`: let database and cache resolvers connect (opt-in; off by default). */
  probeDatabases?: boolean;
}

/** A provider that would be asked under these options: one with a resolver that is not opt-in, or whose opt-in is given. */
export function wouldResolve(p: Provider | undefined, opts: { probeDatabases?: boolean }): boolean {
  return Boolean(p?.resolve && (p.optIn !== 'probe-databases' || opts.probeDatabases));
}

/** AWS accounts that canarytokens.org and Thinkst Canary issue keys from: using such a key alerts its owner. */
export const AWS_CANARY_ACCOUNTS = new Set(['052310077262', '171436882533', '534261010715', '595918472158', '717712589309', '819147034852', '992382622183', '730335385048', '266735846894']);

export function isCanary(f: Finding): boolean {
  return f.provider === 'aws' && AWS_CANARY_ACCOUNTS.has(f.facts.accountId ?? '');
}

export function offlineScope(f: Finding): Scope {
  const p = providerOf(f.provider);
  return p ? p.offline(f) : shapeScope({ tokenKind: f.tokenKind, because: ['no resolver for this provider'] });
}

/** Resolves one representative finding per secret; returns scopes by fingerprint. */
export async function resolveAll(groups: Map<string, Finding[]>, opts: ResolveOptions): Promise<{ scopes: Map<string, Scope>; resolved: number; attempted: number }> {
  const scopes = new Map<string, Scope>();
  const egress = new Egress({ env: opts.env, timeoutMs: opts.timeoutMs });
  const queues = new Map<string, Array<() => Promise<void>>>();
  let budget = opts.maxResolutions;
  let resolved = 0;
  // Sent to a provider, answered or not: what --max-resolutions counts (an audit carries it across calls).
  let attempted = 0;
  for (const [fp, group] of groups) {
    const f = group[0];
    const offline = offlineScope(f);
    scopes.set(fp, offline);
    const p = providerOf(f.provider);
    if (opts.offline || !p?.resolve) continue;
    if (!wouldResolve(p, opts)) {
      offline.reason = 'not resolved: database probing is opt-in (--probe-databases)';
      continue;
    }
    if (opts.skip.has(f.provider)) {
      offline.reason = `not resolved: --no-resolve ${f.provider}`;
      continue;
    }
    if (isCanary(f)) {
      offline.reason = `not resolved: the key belongs to AWS account ${f.facts.accountId}, a known canary-token account; using it would alert its owner`;
      continue;
    }
    if (budget <= 0) {
      offline.reason = `not resolved: --max-resolutions ${opts.maxResolutions} reached`;
      continue;
    }
    budget--;
    attempted++;
    const job = async () => {
      try {
        scopes.set(fp, await p.resolve!(f, { egress, environments: opts.environments, probeDatabases: opts.probeDatabases }));
        resolved++;
      } catch (err) {
        const secrets = [f.secret, ...Object.values(f.parts)];
        const why = redact(err instanceof Error ? err.message : String(err), secrets);
        offline.reason = err instanceof EgressError ? `not resolved: ${why}` : `provider could not answer (${why}); verdict from the token's shape and context`;
      }
    };
    queues.set(f.provider, [...(queues.get(f.provider) ?? []), job]);
  }
  const bound = opts.concurrency ?? 4;
  await Promise.all(
    [...queues.values()].map(async (jobs) => {
      const workers = Array.from({ length: Math.min(bound, jobs.length) }, async () => {
        for (let job = jobs.shift(); job; job = jobs.shift()) await job();
      });
      await Promise.all(workers);
    }),
  );
  return { scopes, resolved, attempted };
}
