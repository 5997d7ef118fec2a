// The one helper library of scopes/: one GET through the egress allowlist, the "unexpected answer" error
// (→ unknown, never revoked), the JSON shape checks, and environment signals from provider-side names.
import { environmentOfWord, hostEnvironment } from '../../src/context/environment.js';
import type { OnlineVerdict, ResolveContext } from '../../src/resolve/define.js';
import { ProviderError, type Answer, type ProviderEgress } from '../../src/resolve/egress.js';
import { own } from '../../src/context/own.js';

/** One allowlisted GET; the egress layer has already turned 429/5xx/timeouts/bad JSON into ProviderError. */
export function get(ctx: ResolveContext, egress: ProviderEgress, path: string, headers: Record<string, string>, evidence: string[]): Promise<Answer> {
  return ctx.egress.request(egress, { method: 'GET', path, headers: { accept: 'application/json', ...headers }, evidence });
}

/** Neither live nor the provider's documented invalid-credential answer: the scope stays unknown with this reason. */
export function unexpected(provider: string, a: Answer, call: string): ProviderError {
  return new ProviderError(`${provider}: unexpected answer to ${call} (HTTP ${a.status})`, a.status);
}

/** The JSON object of a 2xx answer, or an `unexpected` error when the body is not one. */
export function objectOf<T>(provider: string, a: Answer, call: string): T {
  if (!a.json || typeof a.json !== 'object' || Array.isArray(a.json)) throw unexpected(provider, a, call);
  return a.json as T;
}

/** The JSON array of a 2xx answer, or an `unexpected` error. */
export function arrayOf<T>(provider: string, a: Answer, call: string): T[] {
  if (!Array.isArray(a.json)) throw unexpected(provider, a, call);
  return a.json as T[];
}

/**
 * A provider-side name (a team, a project, an app, a zone) as an environment: the config's `environments` map
 * first (the name or any of `keys`, e.g. the provider's id), then the name's own words, the one nearest the end
 * winning as for file names (`acme-api-staging` → staging, `prod-db-staging` → staging). A name that names no
 * environment gives none, rather than an "environment" called after the team, which would read as another
 * non-production one (ABR008).
 */
export function environmentOf(ctx: Pick<ResolveContext, 'environments'>, name: string | undefined, ...keys: Array<string | undefined>): string | undefined {
  for (const k of [name, ...keys]) {
    const e = k ? own(ctx.environments, k) : undefined;
    if (e) return e.toLowerCase();
  }
  if (!name) return undefined;
  const words = name.split(/[\s._/:-]+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const env = environmentOfWord(words[i]);
    if (env) return env;
  }
  return hostEnvironment(name);
}

/** Distinct environments; a root credential reaches every environment (`*`) besides those it names. */
export function environments(signals: Array<string | undefined>, root: boolean): string[] {
  const named = [...new Set(signals.filter((e): e is string => !!e))];
  return root ? [...named.filter((e) => e !== '*'), '*'] : named;
}

/** A destroy primitive as a resolver writes it: `certainty` defaults to confirmed online, inferred offline. */
export type Destroy = NonNullable<OnlineVerdict['destroy']>[number];
