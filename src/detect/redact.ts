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

/** Removes every occurrence of the given secrets (and their base64 / percent-encoded forms) from a text. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) {
    if (!s || s.length < 4) continue;
    for (const form of new Set([s, encodeURIComponent(s), Buffer.from(s).toString('base64')])) {
      out = out.split(form).join('[redacted]');
    }
  }
  return out;
}
