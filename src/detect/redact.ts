// A preview shows at most the token's public prefix and four more characters, and nothing of a password.
import type { Detector } from './define.js';

export function preview(d: Detector, secret: string, facts: Record<string, string>): string {
  if (d.redaction.kind === 'prefix') {
    const prefix = d.redaction.prefix.exec(secret)?.[0] ?? '';
    // Short secrets show less: never more than a quarter of what is not prefix.
    const shown = Math.min(4, Math.floor((secret.length - prefix.length) / 4));
    return `${prefix}${secret.slice(prefix.length, prefix.length + shown)}…`;
  }
  // Passwords and keys: only the printable context (scheme, user, host), never a character of the secret.
  if (facts.scheme && facts.host) return `${facts.scheme}://${facts.user ? facts.user + ':' : ''}…@${facts.host}`;
  if (facts.identity) return `[key of ${facts.identity}]`;
  if (facts.user && facts.host) return `${facts.user}:…@${facts.host}`;
  return '[redacted]';
}

/**
 * Removes every occurrence of the given secrets from a text, in the forms a provider's error message or a
 * log may carry them: as written, percent-encoded, base64 (standard and URL-safe, with or without padding)
 * and hex — each in any letter case (an upper-cased token, upper-case hex). Over-redacting a lookalike is the
 * safe side.
 */
export function redact(text: string, secrets: Iterable<string>): string {
  const forms = new Set<string>();
  for (const s of secrets) {
    if (!s || s.length < 4) continue;
    const b64 = Buffer.from(s).toString('base64');
    for (const f of [s, encodeURIComponent(s), b64, b64.replace(/=+$/, ''), Buffer.from(s).toString('base64url'), Buffer.from(s).toString('hex')]) forms.add(f);
  }
  if (!forms.size) return text;
  // Longest first, so a form that holds another is replaced whole.
  const alternatives = [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.replace(new RegExp(alternatives.join('|'), 'gi'), '[redacted]');
}
