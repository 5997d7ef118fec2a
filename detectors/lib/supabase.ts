// Shared pieces of the Supabase detectors: the legacy keys' JWT claims, and the project ref a file names in
// its SUPABASE_URL (https://<ref>.supabase.co; https://supabase.com/docs/guides/api/api-keys).
import { companion } from './context.js';

export interface SupabaseClaims {
  role?: string;
  ref?: string;
  iss?: string;
  exp?: number;
}

/** The payload of a `header.payload.signature` JWT, or undefined when it is not JSON. */
export function jwtClaims(token: string): SupabaseClaims | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' && !Array.isArray(claims) ? (claims as SupabaseClaims) : undefined;
  } catch {
    return undefined;
  }
}

/** The project ref of a `https://<ref>.supabase.co` URL in the same text. */
const PROJECT_URL = /\bhttps?:\/\/([a-z0-9]{20})\.supabase\.(?:co|in)\b/;
export function projectRef(text: string): string | undefined {
  return companion(text, PROJECT_URL);
}
