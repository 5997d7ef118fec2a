// The job's own credentials are not findings of the repository: the token the Action was given, the
// GITHUB_TOKEN of the environment, and the copy actions/checkout persists in .git/config as an
// `extraheader` (basic auth, base64 of `x-access-token:<token>`). They are left out and said once.
import type { Finding } from '../types.js';

export function ownTokens(inputToken: string, env: NodeJS.ProcessEnv): Set<string> {
  return new Set([inputToken, env.GITHUB_TOKEN ?? '', env.GH_TOKEN ?? ''].map((t) => t.trim()).filter((t) => t.length >= 20));
}

/** Whether a finding is one of the job's tokens, as itself or inside a basic-auth header or URL. */
export function isOwnToken(f: Finding, tokens: Set<string>): boolean {
  if (!tokens.size) return false;
  if (tokens.has(f.secret)) return true;
  for (const v of Object.values(f.parts)) if (tokens.has(v)) return true;
  // An extraheader's secret is base64 of user:token.
  const decoded = f.parts.decoded ?? Buffer.from(f.secret, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 && tokens.has(decoded.slice(colon + 1));
}
