// Scope records into words: the one place a resource or a destroy primitive becomes a sentence, the same
// in text, JSON, SARIF and Markdown. Resolvers in scopes/ return data only (src/types.ts `Resource`).
import type { DestroyPrimitive, Resource, ResourceKind, Scope } from '../types.js';

/** Names spelled out in one phrase; the rest are counted. */
const NAMED = 10;

const NOUNS: Partial<Record<ResourceKind, [string, string]>> = {
  repository: ['repository', 'repositories'],
  'dns-record': ['DNS record', 'DNS records'],
  'api-key': ['API key', 'API keys'],
  branch: ['branch', 'branches'],
  index: ['index', 'indexes'],
  data: ['data', 'data'],
  configuration: ['configuration', 'configuration'],
  balance: ['balance', 'balances'],
};

/** Kinds whose names read on their own: a host name, a database or table name (`shop on db.example`). */
const BARE = new Set<ResourceKind>(['server', 'database', 'table']);

/** Mass nouns: `all data of …`, never `every data`. */
const MASS = new Set<ResourceKind>(['data', 'configuration']);

export function noun(kind: ResourceKind, n = 1): string {
  const [one, many] = NOUNS[kind] ?? [kind, `${kind}s`];
  return n === 1 ? one : many;
}

/** A record's noun: the provider's own when the record names one (`Droplet`, `AWS account`), else its kind's. */
function nounOf(r: Pick<Resource, 'kind' | 'noun'>, n = 1): string {
  return r.noun ? (n === 1 ? r.noun.one : r.noun.many) : noun(r.kind, n);
}

/** `a, b, c`, at most ten names spelled out, the rest counted. */
function shown(names: string[], total = names.length): string {
  const more = total - Math.min(names.length, NAMED);
  return `${names.slice(0, NAMED).join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
}

/** `3 projects: a, b, c`. */
export function counted(kind: ResourceKind, names: string[], total = names.length): string {
  return countedOf({ kind }, names, total);
}

function countedOf(r: Pick<Resource, 'kind' | 'noun'>, names: string[], total: number): string {
  return `${total} ${nounOf(r, total)}${names.length ? `: ${shown(names, total)}` : ''}`;
}

/** How a resource sits in its container: keys and databases *on* a server, tables *in* a database, else *of*. */
function preposition(r: Resource, within: Resource): string {
  if (r.any) return 'in';
  if (r.kind === 'snapshot' || r.kind === 'backup') return 'of';
  if (within.kind === 'server' || within.kind === 'cluster') return 'on';
  if (r.kind === 'table' || r.kind === 'collection') return within.kind === 'database' ? 'in' : 'of';
  return 'of';
}

/** Roles, scopes or permissions: `a, b`, or `a; b` when one of them holds a colon or comma of its own (`Balance: Read; Customers: None`). */
function accessList(access: string[]): string {
  return access.join(access.some((a) => /[:,]/.test(a)) ? '; ' : ', ');
}

/** One resource record as a noun phrase: `every volume of every project, production included`. */
export function describeResource(r: Resource): string {
  const n = nounOf(r);
  const bare = r.bare ?? (!r.noun && BARE.has(r.kind));
  const named = (name: string) => (bare ? name : `${n} ${name}`);
  const total = r.count ?? r.names?.length ?? 0;
  let s: string;
  let listed = false;
  if (r.any) s = `any ${n}`;
  else if (r.all) s = `${!r.noun && MASS.has(r.kind) ? 'all' : 'every'} ${n}${r.also ? ` and ${noun(r.also)}` : ''}`;
  else if (r.names?.length === 1 && r.count === undefined) s = named(r.names[0]);
  else if (r.names && bare && r.names.length) s = shown(r.names, total);
  // A counted list already has its colon: what the credential holds on them goes in brackets (`2 projects (push): a, b`).
  else if (r.names?.length && r.access?.length) {
    s = `${total} ${nounOf(r, total)} (${accessList(r.access)}): ${shown(r.names, total)}`;
    listed = true;
  } else if (r.names) s = countedOf(r, r.names, total);
  else if (r.name !== undefined) s = named(r.name);
  else if (r.count !== undefined) s = r.count === 1 ? `one ${n}` : `${r.count} ${nounOf(r, r.count)}`;
  else if (r.id !== undefined) s = `${n} ${r.id}`;
  else s = `the ${n}${r.or ? ` or ${noun(r.or)}` : ''}${r.also ? ` and ${noun(r.also, 2)}` : ''}`;
  if (r.aside) s += ` (${r.aside})`;
  if (r.accessibleTo) s += ` ${describeResource(r.accessibleTo)} can access`;
  if (r.within) s += ` ${preposition(r, r.within)} ${describeResource(r.within)}`;
  if (r.qualifier) s += ` (${r.qualifier})`;
  if (r.all && r.names?.length) s += ` (${total}: ${shown(r.names, total)})`;
  else if (r.all && r.count !== undefined) s += ` (${r.count})`;
  if (r.note) s += `, ${r.note}`;
  if (r.environment) s += r.environment === '*' ? ', production included' : `, ${r.environment}`;
  if (r.access?.length && !listed) s += `: ${accessList(r.access)}`;
  if (r.with?.length) s += `, with ${list(r.with)}`;
  if (r.including?.length) s += `, and ${list(r.including)}`;
  if (r.privileges?.length) s = `${r.privileges.join(', ')} on ${s}`;
  return s;
}

/** `a`, `a and b`, `a, b and c`. */
function list(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/** `volumeDelete: every volume of every project` — one destroy primitive in words. */
export function describeDestroy(d: DestroyPrimitive): string {
  return `${d.action}: ${describeResource(d.target)}`;
}

/**
 * Several destroy primitives in words, each action named once: a resolver lists one primitive per target, and
 * the targets of one action are joined (`DELETE /repos/{owner}/{repo}: every repository of a and every repository of organisation b`).
 */
export function describeDestroys(list: DestroyPrimitive[]): string[] {
  const byAction = new Map<string, Resource[]>();
  for (const d of list) byAction.set(d.action, [...(byAction.get(d.action) ?? []), d.target]);
  // Joined by "and" alone: the phrases carry commas of their own.
  return [...byAction].map(([action, targets]) => `${action}: ${targets.map(describeResource).join(' and ')}`);
}

/**
 * The scope as JSON and SARIF print it: every field as the resolver returned it, resources and destroy
 * targets in words (`reach.resources: string[]`, `destroy[].resource: string`, schemas/report.schema.json).
 */
export function scopeJson(s: Scope) {
  return {
    ...s,
    reach: { ...s.reach, resources: s.reach.resources.map(describeResource) },
    destroy: s.destroy.map((d) => ({ action: d.action, resource: describeResource(d.target), destroysBackups: d.destroysBackups, certainty: d.certainty })),
  };
}
