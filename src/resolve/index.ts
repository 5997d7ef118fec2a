// The resolve stage, in two steps. The plan decides, for each unique secret, whether it is sent to its
// provider or why not (offline, --no-resolve, opt-in probing, a provider's own reason, the budget);
// the run sends the planned ones, providers concurrently with a bound each, every failure degraded to
// `unknown` with the offline verdict kept and the reason said. The announcement and the summary read
// the plan, so neither can count a secret the run never sends.
import { provider as providerOf } from '../../scopes/index.js';
import { redact } from '../detect/redact.js';
import type { Finding, Scope } from '../types.js';
import { shapeScope } from './define.js';
import { DEADLINE, Egress, EgressError, endpointVariable, ProviderError } from './egress.js';
import { own } from '../context/own.js';

/** How the resolve stage may talk to providers: declared once, passed unrenamed from every caller. */
export interface ResolvePolicy {
  /** Never call a provider (`--offline`). */
  offline: boolean;
  /** Providers not to contact (`--no-resolve`). */
  skip: string[];
  /** At most this many secrets are sent to providers (`--max-resolutions`); the rest stay offline. */
  maxResolutions: number;
  /** The config's `environments` map: account ids, orgs, projects → environment names. */
  environments: Record<string, string>;
  /** `--probe-databases`: let database and cache resolvers connect (opt-in; never set by a config file). */
  probeDatabases: boolean;
  /** `--probe-clusters`: let the Kubernetes resolver call the API server a kubeconfig names (opt-in; never set by a config file). */
  probeClusters?: boolean;
  /** Per-request timeout for provider calls, in ms (default: the egress's). */
  timeoutMs?: number;
  /** Providers asked at once, per provider. */
  concurrency?: number;
  /**
   * The whole resolve stage ends after this many ms (default DEFAULT_RESOLVE_DEADLINE_MS): requests in flight
   * are abandoned and every secret not yet answered keeps its offline verdict, with the reason.
   */
  deadlineMs?: number;
  /** Scopes already known (an audit's checkpoint): each unique secret is sent once across calls and resumes. */
  cache?: ScopeCache;
}

/**
 * A provider that fails as a whole is asked no more after its first round (one request timeout, or its
 * retries), so the deadline only bounds a provider that answers, slowly, every time.
 */
export const DEFAULT_RESOLVE_DEADLINE_MS = 60_000;

export const DEFAULT_RESOLVE: ResolvePolicy = { offline: false, skip: [], maxResolutions: Infinity, environments: {}, probeDatabases: false };

/** Scopes shared across pipeline runs. Runs that use one cache resolve one at a time, so a secret is never sent twice. */
export interface ScopeCache {
  get(fingerprint: string): Scope | undefined;
  set(fingerprint: string, scope: Scope): void;
  /** Secrets sent so far: the --max-resolutions budget carries across runs. */
  attempted: number;
  /** Runs `fn` after every earlier call has finished. */
  serialize<T>(fn: () => Promise<T>): Promise<T>;
}

/** A cache kept in `scopes` and `counter` (e.g. the audit's checkpoint state). */
export function scopeCache(store: { scopes: Record<string, Scope>; attempted: number }): ScopeCache {
  let chain: Promise<unknown> = Promise.resolve();
  return {
    get: (fp) => own(store.scopes, fp),
    set: (fp, s) => void (store.scopes[fp] = s),
    get attempted() {
      return store.attempted;
    },
    set attempted(n) {
      store.attempted = n;
    },
    serialize(fn) {
      const next = chain.then(fn);
      chain = next.catch(() => {});
      return next;
    },
  };
}

/** Which secrets go to their providers, and for each of the others why not. */
export interface ResolutionPlan {
  /** Secrets to send, by fingerprint: one representative finding each. */
  send: Map<string, Finding>;
  /** Secrets not sent, by fingerprint, with the reason (`--no-resolve github`, a canary account, …). */
  held: Map<string, string>;
}

/** The verdict from shape and context alone; the config's `environments` map applies to it as to an online one. */
export function offlineScope(f: Finding, environments: Record<string, string> = {}): Scope {
  if (isUndecided(f)) return undecidedScope(f, environments);
  const p = providerOf(f.provider);
  if (failsChecksum(f)) {
    // Nothing about its reach can be inferred from a token that was never issued: no shape verdict.
    return {
      ...shapeScope({ tokenKind: f.tokenKind, because: [`its checksum does not match, so ${p?.name ?? f.provider} never issued it: a made-up, mistyped or truncated token`] }),
      reason: 'not resolved: a token that fails its checksum cannot be live, so it was not sent',
    };
  }
  if (looksLikeSample(f)) {
    return {
      ...shapeScope({ tokenKind: f.tokenKind, because: ['its value reads as a typed sample (counting or alphabet runs), not a random draw'] }),
      reason: 'not resolved: the value looks like a typed sample, so it was not sent; if it is real, rotate it',
    };
  }
  return p ? p.offline(f, { environments }) : shapeScope({ tokenKind: f.tokenKind, because: ['no resolver for this provider'] });
}

/** A token in a format several providers issue, and nothing in its file said which issued it. */
const isUndecided = (f: Finding) => !!f.shared && !f.shared.decidedBy;

const nameOf = (id: string) => providerOf(id)?.name ?? id;

/** `Stripe and Clerk`, `A, B and C`. */
const both = (ids: string[]) =>
  ids
    .map(nameOf)
    .join(', ')
    .replace(/, ([^,]*)$/, ' and $1');

/** Why an undecided credential is sent to no one. */
function undecidedReason(f: Finding): string {
  return `${f.shared!.prefix} is issued by both ${both(f.shared!.issuers)} and nothing here says which`;
}

/**
 * The offline verdict of an undecided credential: what any of its issuers' keys of this shape would reach
 * (root, destroy primitives, environments), so the worst case still fires its rules, inferred, each line
 * saying whose key it would be.
 */
function undecidedScope(f: Finding, environments: Record<string, string>): Scope {
  const parts = f.shared!.issuers.flatMap((id) => {
    const p = providerOf(id);
    return p ? [{ name: p.name, scope: p.offline({ ...f, provider: id }, { environments }) }] : [];
  });
  const scope = shapeScope({
    tokenKind: f.tokenKind,
    root: parts.some((x) => x.scope.root),
    environments: [...new Set(parts.flatMap((x) => x.scope.reach.environments))],
    resources: parts.flatMap((x) => x.scope.reach.resources),
    because: [`${undecidedReason(f)}: the verdict covers a key of either`, ...parts.map((x) => `if ${x.name}'s: ${x.scope.inferred.join('; ')}`)],
  });
  scope.destroy = parts.flatMap((x) => x.scope.destroy);
  scope.reason = `not resolved: ${undecidedReason(f)}`;
  return scope;
}

/**
 * A provider's "invalid credential" answer is its word on its own credentials only: for a shared format decided
 * by anything but the secret's own variable or line, it says the key is not this provider's as much as that it
 * was revoked, so the status stays unknown with the offline verdict and the reason.
 */
function revokedByIssuer(f: Finding, answer: Scope, offline: Scope): Scope {
  if (answer.status !== 'revoked' || !f.shared || f.shared.certain) return answer;
  const others = f.shared.issuers.filter((id) => id !== f.provider);
  return {
    ...offline,
    evidence: answer.evidence,
    reason: `not resolved: ${nameOf(f.provider)} does not know this key, but ${f.shared.prefix} is also issued by ${both(others)} and only ${f.shared.decidedBy} said ${nameOf(f.provider)}; not marked revoked`,
  };
}

/** The detector found the checksum its format carries wrong (`facts.checksum`, src/detect/define.ts). */
export const failsChecksum = (f: Finding) => f.facts.checksum === 'mismatch';

/** A name-based detector found the value under a secret's name but shaped like a typed sample (`facts.sample`). */
export const looksLikeSample = (f: Finding) => f.facts.sample === 'likely';

/** Decides, without sending anything, which of these secrets (fingerprint → occurrences) are sent; `env` says which self-hosted providers have an address. */
export function planResolution(groups: Map<string, Finding[]>, policy: ResolvePolicy, env: NodeJS.ProcessEnv = {}): ResolutionPlan {
  const plan: ResolutionPlan = { send: new Map(), held: new Map() };
  const skip = new Set(policy.skip);
  let budget = policy.maxResolutions - (policy.cache?.attempted ?? 0);
  for (const [fp, group] of groups) {
    const f = group[0];
    const p = providerOf(f.provider);
    // A shared format nothing here attributes goes to no one: sending it to one issuer could hand another's
    // credential to a provider that did not issue it.
    if (isUndecided(f)) {
      if (!policy.offline) plan.held.set(fp, `not resolved: ${undecidedReason(f)}`);
      continue;
    }
    // Offline, or nothing to ask: the offline verdict is the answer and needs no reason of its own.
    // A token its own checksum shows was never issued is not sent either: that could only tell a provider we hold it.
    if (policy.offline || !p?.resolve || failsChecksum(f) || looksLikeSample(f)) continue;
    let why: string | undefined;
    if (p.optIn === 'probe-databases' && !policy.probeDatabases) why = 'database probing is opt-in (--probe-databases)';
    else if (p.optIn === 'probe-clusters' && !policy.probeClusters) why = 'cluster probing is opt-in (--probe-clusters)';
    else if (skip.has(f.provider)) why = `--no-resolve ${f.provider}`;
    else if (p.selfHosted && !env[endpointVariable(p.id)]) why = `${p.name} runs at the user's own address: set ${endpointVariable(p.id)} to ask it`;
    else why = p.withhold?.(f);
    if (!why && budget <= 0) why = `--max-resolutions ${policy.maxResolutions} reached`;
    if (why) plan.held.set(fp, `not resolved: ${why}`);
    else {
      budget--;
      plan.send.set(fp, f);
    }
  }
  return plan;
}

/** What the run learnt besides the scopes: how many secrets were sent, how many got an answer, and why the others did not. */
export interface ResolutionOutcome {
  sent: number;
  /** Secrets whose provider answered (live or revoked). */
  answered: number;
  /** Secrets sent (or skipped because their provider was unreachable) that got no answer, and the distinct reasons. */
  failed: number;
  reasons: string[];
}

const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'TimeoutError']);

/** Why a provider gave no answer at all (no network, DNS failure, black hole), or undefined when it answered somehow. */
function unreachable(err: unknown): string | undefined {
  if (err instanceof ProviderError) return err.unreachable;
  const e = err as { name?: string; code?: string; cause?: { code?: string } };
  const code = e?.code ?? e?.cause?.code ?? e?.name;
  return code && NETWORK_CODES.has(code) ? code : undefined;
}

/** Sends each planned secret to its provider; returns the scope of every group (the offline one where nothing was learnt). */
export async function runResolution(
  groups: Map<string, Finding[]>,
  plan: ResolutionPlan,
  policy: ResolvePolicy,
  env: NodeJS.ProcessEnv,
): Promise<{ scopes: Map<string, Scope>; outcome: ResolutionOutcome }> {
  const scopes = new Map<string, Scope>();
  const outcome: ResolutionOutcome = { sent: 0, answered: 0, failed: 0, reasons: [] };
  for (const [fp, group] of groups) {
    const offline = offlineScope(group[0], policy.environments);
    const held = plan.held.get(fp);
    if (held) offline.reason = held;
    scopes.set(fp, offline);
  }
  if (!plan.send.size) return { scopes, outcome };
  // A provider that did not answer once is not asked again in this run: its other secrets keep their
  // offline verdict with the same reason, so a black-holed host costs one timeout, not one per secret.
  // The same holds for a provider that failed as a whole (rate-limited past the longest wait, 5xx, a
  // malformed or oversized body on every attempt): one round of requests, not one per secret.
  const down = new Map<string, { reason: string; why: string }>();
  const fail = (reason: string) => {
    outcome.failed++;
    if (!outcome.reasons.includes(reason)) outcome.reasons.push(reason);
  };
  const deadlineMs = policy.deadlineMs ?? DEFAULT_RESOLVE_DEADLINE_MS;
  const stop = new AbortController();
  const passed = `${DEADLINE} (${deadlineMs / 1000} s)`;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => {
      stop.abort();
      resolve('deadline');
    }, deadlineMs);
  });
  const egress = new Egress({ env, timeoutMs: policy.timeoutMs, signal: stop.signal });
  const queues = new Map<string, Array<() => Promise<void>>>();
  for (const [fp, f] of plan.send) {
    const p = providerOf(f.provider)!;
    const secrets = [f.secret, ...Object.values(f.parts)];
    const job = async () => {
      if (stop.signal.aborted) {
        scopes.get(fp)!.reason = `not resolved: ${passed}`;
        return fail(passed);
      }
      const known = down.get(f.provider);
      if (known) {
        scopes.get(fp)!.reason = known.reason;
        return fail(known.why);
      }
      outcome.sent++;
      try {
        // Resolvers that open their own sockets (the AWS SDK) do not see the abort: the deadline races them.
        const answer = await Promise.race([p.resolve!(f, { egress, environments: policy.environments, probeDatabases: policy.probeDatabases, probeClusters: policy.probeClusters }), deadline]);
        if (answer === 'deadline') throw new ProviderError(`${f.provider}: ${DEADLINE}`, undefined, undefined, true);
        // A provider's own words (an error message, an identity) may quote the credential in any form. Only the
        // secret itself: its parts include public companions a scope names on purpose (a Twilio account SID, an email).
        scopes.set(fp, redactScope(revokedByIssuer(f, answer, scopes.get(fp)!), [f.secret]));
        outcome.answered++;
      } catch (err) {
        const why = redact(err instanceof Error ? err.message : String(err), secrets);
        if (stop.signal.aborted) {
          scopes.get(fp)!.reason = `not resolved: ${passed}`;
          return fail(passed);
        }
        const code = p.egress ? unreachable(err) : undefined;
        if (code) {
          const reason = `${p.name} unreachable (${code})`;
          down.set(f.provider, { reason: `not resolved: ${reason}`, why: reason });
          scopes.get(fp)!.reason = `not resolved: ${reason}`;
          return fail(reason);
        }
        if (p.egress && err instanceof ProviderError && err.wide) {
          down.set(f.provider, { reason: `provider could not answer (${why}, for another credential earlier in this run: not asked again); verdict from the token's shape and context`, why });
        }
        scopes.get(fp)!.reason = err instanceof EgressError ? `not resolved: ${why}` : `provider could not answer (${why}); verdict from the token's shape and context`;
        fail(why);
      }
    };
    queues.set(f.provider, [...(queues.get(f.provider) ?? []), job]);
  }
  const bound = policy.concurrency ?? 4;
  await Promise.all(
    [...queues.values()].map(async (jobs) => {
      const workers = Array.from({ length: Math.min(bound, jobs.length) }, async () => {
        for (let job = jobs.shift(); job; job = jobs.shift()) await job();
      });
      await Promise.all(workers);
    }),
  );
  clearTimeout(timer);
  // Providers answer in any order: the summary lists their reasons sorted, so the same run reports the same bytes.
  outcome.reasons.sort();
  return { scopes, outcome };
}

/**
 * The scope with every string in it passed through redact(): a provider's answer is not trusted to leave the
 * credential out. Objects in which nothing changed are returned as they were.
 */
function redactScope(scope: Scope, secrets: string[]): Scope {
  const clean = (v: unknown): unknown => {
    if (typeof v === 'string') return redact(v, secrets);
    if (Array.isArray(v)) {
      const out = v.map(clean);
      return out.some((x, i) => x !== v[i]) ? out : v;
    }
    if (v && typeof v === 'object') {
      const entries = Object.entries(v).map(([k, x]) => [k, clean(x)] as const);
      return entries.some(([k, x]) => x !== (v as Record<string, unknown>)[k]) ? Object.fromEntries(entries) : v;
    }
    return v;
  };
  return clean(scope) as Scope;
}
