// Small pieces shared by the REST resolvers of scopes/ (Stripe, Slack, GitLab, Vercel, Cloudflare, Supabase,
// OpenAI, Anthropic, npm, DigitalOcean): one GET through the egress allowlist, the "unexpected answer" error
// (→ unknown, never revoked), and environment signals from provider-side names.
import { environmentOfWord, hostEnvironment, reachEnvironment } from '../../src/classify/environment.js';
import type { OnlineVerdict, ResolveContext } from '../../src/resolve/define.js';
import { ProviderError, type Answer, type ProviderEgress } from '../../src/resolve/egress.js';

export type Destroy = NonNullable<OnlineVerdict['destroy']>[number];

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
 * A provider-side name (a team, a project, a zone) as an environment: the config's `environments` map first,
 * then the name's own words (`acme-staging`). An unmapped name that names no environment gives none, rather
 * than an "environment" called after the team, which would read as another non-production one (ABR008).
 */
export function environmentOf(ctx: ResolveContext, name: string | undefined, ...keys: Array<string | undefined>): string | undefined {
  const ks = keys.filter((k): k is string => !!k);
  if (!name) {
    const k = ks.find((x) => ctx.environments[x]);
    return k ? ctx.environments[k].toLowerCase() : undefined;
  }
  const mapped = [name, ...ks].some((k) => ctx.environments[k]);
  return mapped || environmentOfWord(name) || hostEnvironment(name) ? reachEnvironment(name, ctx.environments, ...ks) : undefined;
}

/** Distinct environments; a root credential reaches every environment (`*`) besides those it names. */
export function environments(signals: Array<string | undefined>, root: boolean): string[] {
  const named = [...new Set(signals.filter((e): e is string => !!e))];
  return root ? [...named.filter((e) => e !== '*'), '*'] : named;
}

/** `3 projects: a, b, c` with at most `max` names spelled out. */
export function counted(noun: string, names: string[], max = 10): string {
  const shown = names.slice(0, max).join(', ');
  return `${names.length} ${noun}${names.length === 1 ? '' : 's'}${names.length ? `: ${shown}${names.length > max ? `, and ${names.length - max} more` : ''}` : ''}`;
}
