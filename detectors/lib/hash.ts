import { defineDetector, type Detector, type Examples } from '../../src/detect/define.js';
import { entropy } from '../../src/detect/placeholder.js';

// Password hashes in the formats crackers take as input (https://hashcat.net/wiki/doku.php?id=example_hashes):
// an agent that reads one can run a cracker on it, or replay it where the hash itself authenticates
// (Kerberos roasting output, a shadow or htpasswd line copied into a host). The password is unknown, so
// the hash is its own credential type, with no provider to ask.

interface HashDetector {
  id: string;
  tokenKind: string;
  keywords: string[];
  /** Regex source of the whole hash, without capture groups and without anchors. */
  body: string;
  /** The hash's public prefix (scheme and cost), shown in previews. */
  prefix: RegExp;
  /** The part of the hash that must look random (salt and digest): entropy floor in bits per character. */
  digest: (hash: string) => string;
  minEntropy?: number;
  docs: Detector['docs'];
  examples: () => Examples;
}

// Modular-crypt and hashcat formats use `./0-9A-Za-z` (crypt's base64) or hex; neither continues into a word.
const AFTER = '(?![./A-Za-z0-9$])';

/** A detector for one hash format: its scheme, its shape, and a digest that must look random. */
export function passwordHash(o: HashDetector): Detector {
  return defineDetector({
    id: o.id,
    provider: 'password-hash',
    tokenKind: o.tokenKind,
    keywords: o.keywords,
    // Not preceded by a word character or `$`: `$1$` inside `s/(a)(b)/$1$2/` is a regex replacement.
    pattern: new RegExp(`(?<![\\w$\\\\])(${o.body})${AFTER}`, 'g'),
    check: (hash) => {
      const digest = o.digest(hash);
      return digest.length >= 16 && entropy(digest) >= (o.minEntropy ?? 3.5);
    },
    enrich: (hash) => ({ facts: { scheme: o.prefix.exec(hash)?.[0] ?? '' } }),
    redaction: { kind: 'prefix', prefix: o.prefix },
    docs: o.docs,
    examples: o.examples,
  });
}

/** The alphabet of crypt(3)'s base64 (https://passlib.readthedocs.io/en/stable/lib/passlib.utils.binary.html). */
export const CRYPT64 = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The text after the last `$`: the digest of a modular-crypt hash. */
export const lastField = (hash: string): string => hash.slice(hash.lastIndexOf('$') + 1);
