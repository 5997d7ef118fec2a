// Token formats more than one provider issues. A secret in such a format is only sent to a provider the file
// itself names: the secret's variable or line (certain), else the file's name, else the other keys in the file.
// When nothing names one issuer, the finding stays with every issuer named and is sent to none of them.
// Each issuer's detector matches the shared shape and asks `claims` whether the match is its own; the format's
// first issuer also reports the undecided ones, so each secret is one finding.
import { lineNear, type MatchInput } from '../../src/detect/define.js';
import type { SharedFormat as Shared } from '../../src/types.js';

export interface Issuer {
  /** Provider id (a resolver in scopes/). */
  provider: string;
  /** The provider's name as variables, paths and neighbouring keys spell it (`CLERK_`, `@clerk/nextjs`, `stripe.api_key`). */
  word: RegExp;
  /** A neighbouring value only this issuer's credentials have, by the name it shows in the reason (`a Clerk publishable key`). */
  neighbour?: (text: string) => string | undefined;
}

export interface SharedFormat {
  /** The shared prefix of a secret, with its display form from the first capture (`sk_live_`). */
  prefix: RegExp;
  /** Issuers in order; the first reports what nothing decides. */
  issuers: Issuer[];
}

/** The provider's name as a word of its own inside an identifier (`NEXT_PUBLIC_CLERK_KEY`, `clerkClient`), not inside another word (`clerks`, `striped`). */
const word = (lower: string) => new RegExp(`(?<![A-Za-z])(?:${lower}|${lower[0].toUpperCase()}${lower.slice(1)}|${lower.toUpperCase()})(?![a-z])`);

// A Clerk publishable key is pk_live_/pk_test_ + base64 of the instance's Frontend API host followed by `$`
// (clerk/javascript packages/shared/src/keys.ts, parsePublishableKey); a Stripe publishable key is random.
const PUBLISHABLE = /\bpk_(?:live|test)_([A-Za-z0-9+/]{8,400}={0,2})/g;
function clerkPublishableKey(text: string): string | undefined {
  for (const m of text.matchAll(PUBLISHABLE)) {
    const host = Buffer.from(m[1], 'base64').toString('latin1');
    if (/^[a-z0-9.-]+\.[a-z]{2,}\$$/i.test(host)) return 'a Clerk publishable key';
  }
  return undefined;
}

// sk_live_ / sk_test_: Stripe's secret keys (https://docs.stripe.com/keys) and Clerk's (Dashboard > API keys:
// "Secret Key: Starts with sk_test_ or sk_live_", https://nango.dev/docs/integrations/all/clerk/connect, 3rd-party).
export const SECRET_KEY: SharedFormat = {
  prefix: /^(sk_(?:live|test)_)/,
  issuers: [
    { provider: 'stripe', word: word('stripe') },
    { provider: 'clerk', word: word('clerk'), neighbour: clerkPublishableKey },
  ],
};

/** The identifiers in `text` that name an issuer, for the reason (`NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY`). */
function named(text: string, issuer: Issuer): string | undefined {
  const at = issuer.word.exec(text);
  if (!at) return issuer.neighbour?.(text);
  // The whole identifier around the word, from a small plain alphabet so it can be printed anywhere.
  let start = at.index;
  let end = at.index + at[0].length;
  while (start > 0 && end - start < 80 && /[A-Za-z0-9_.@/-]/.test(text[start - 1])) start--;
  while (end < text.length && end - start < 80 && /[A-Za-z0-9_.@/-]/.test(text[end])) end++;
  return text.slice(start, end);
}

// Every match in one text asks the same question of the whole text: answered once per text, so a file with many
// keys costs one pass per issuer, not one per key.
let seen: { text: string; names: Map<Issuer, string | undefined> } | undefined;
function neighbours(text: string, issuer: Issuer): string | undefined {
  if (seen?.text !== text) seen = { text, names: new Map() };
  if (!seen.names.has(issuer)) seen.names.set(issuer, named(text, issuer));
  return seen.names.get(issuer);
}

/** The one issuer some evidence names, or undefined when it names none or several. */
function one(format: SharedFormat, evidence: (i: Issuer) => string | undefined): { issuer: Issuer; what: string } | undefined {
  const hits = format.issuers.map((issuer) => ({ issuer, what: evidence(issuer) })).filter((h): h is { issuer: Issuer; what: string } => h.what !== undefined);
  return hits.length === 1 ? hits[0] : undefined;
}

/** Who issued the secret at `input`, and on what evidence; `provider` undefined when nothing here says. */
export function decide(format: SharedFormat, secret: string, input: MatchInput): Shared & { provider?: string } {
  const prefix = format.prefix.exec(secret)?.[1] ?? secret.slice(0, 8);
  const issuers = format.issuers.map((i) => i.provider);
  const variable = input.variable;
  const byVariable = variable ? one(format, (i) => (i.word.test(variable) ? variable : undefined)) : undefined;
  if (byVariable) return { prefix, issuers, provider: byVariable.issuer.provider, decidedBy: `the variable ${byVariable.what}`, certain: true };
  const line = lineNear(input.text, input.index);
  const byLine = one(format, (i) => named(line, i));
  if (byLine) return { prefix, issuers, provider: byLine.issuer.provider, decidedBy: `its own line (${byLine.what})`, certain: true };
  const byPath = one(format, (i) => (i.word.test(input.path) ? 'name' : undefined));
  if (byPath) return { prefix, issuers, provider: byPath.issuer.provider, decidedBy: 'the file name', certain: false };
  // The whole text stands for the neighbours: its own line named no single issuer (else it decided above), so a
  // name found there only adds a second issuer, which leaves the key undecided, the safe side.
  const byNeighbours = one(format, (i) => neighbours(input.text, i));
  if (byNeighbours) return { prefix, issuers, provider: byNeighbours.issuer.provider, decidedBy: `neighbouring keys (${byNeighbours.what})`, certain: false };
  return { prefix, issuers, certain: false };
}

/**
 * A detector's `check` for a shared format: the match is `provider`'s when the evidence names it, and the first
 * issuer's when nothing names any (it is then reported undecided).
 */
export function claims(format: SharedFormat, provider: string, secret: string, input: MatchInput): boolean {
  const d = decide(format, secret, input);
  return d.provider === provider || (d.provider === undefined && format.issuers[0].provider === provider);
}

/** A detector's `enrich` part for a shared format: what decided the issuer, or that nothing did. */
export function sharedFacts(format: SharedFormat, secret: string, input: MatchInput): Shared {
  const { provider: _decided, ...shared } = decide(format, secret, input);
  return shared;
}
