import { defineDetector, type Detector, type Examples } from '../../src/detect/define.js';

// Facts from a connection URL that are safe to print: scheme, user, host, port, database. Never the password.
export function urlFacts(scheme: string, user: string, rest: string): Record<string, string> {
  const facts: Record<string, string> = { scheme: scheme.toLowerCase(), user: safeDecode(user) };
  const m = /^([^/:?,;\s"'`]+)(?::(\d+))?(?:[^/]*)?(?:\/([^?\s"'`]*))?/.exec(rest);
  if (m) {
    facts.host = m[1].toLowerCase();
    if (m[2]) facts.port = m[2];
    if (m[3]) facts.database = safeDecode(m[3]);
  }
  return facts;
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** What identifies a password-bearing credential besides the password and the engine (the provider). */
export const IDENTITY = ['host', 'port', 'user'];

interface UrlDetector {
  id: string;
  provider: string;
  tokenKind: string;
  /** Alternation of schemes, regex source without groups (`postgres(?:ql)?`). */
  schemes: string;
  keywords: string[];
  docs: Detector['docs'];
  examples: () => Examples;
  /** Usernames may be empty (Redis `redis://:password@host`). */
  emptyUser?: boolean;
}

/**
 * A `scheme://user:password@host` credential. The secret is the password as written (percent-encoded or
 * not); user, host, port and database become printable facts; the whole URL is kept as a part for resolvers.
 */
export function connectionUrl(o: UrlDetector): Detector {
  const user = o.emptyUser ? '[^:@/\\s"\'`]{0,128}' : '[^:@/\\s"\'`]{1,128}';
  return defineDetector({
    id: o.id,
    provider: o.provider,
    tokenKind: o.tokenKind,
    keywords: o.keywords,
    pattern: new RegExp(`\\b(${o.schemes})://(${user}):(?<secret>[^@/\\s"'\`]{1,256})@(?<rest>[^\\s"'\`<>]{1,512})`, 'gi'),
    check: (secret) => !/^\*+$/.test(secret) && !/^(?:password|pass|passwd|pwd|secret)$/i.test(secret),
    enrich: (secret, input) => {
      const m = input.match;
      const facts = urlFacts(m[1], m[2], m.groups?.rest ?? '');
      const decoded = safeDecode(secret);
      const parts: Record<string, string> = { url: m[0] };
      if (decoded !== secret) parts.decodedPassword = decoded;
      return { facts, parts };
    },
    redaction: { kind: 'none' },
    // A connection string's credential is (engine, host, port, user, password): one password on two servers is two credentials.
    fingerprintParts: IDENTITY,
    docs: o.docs,
    examples: o.examples,
  });
}
