// Shared reading of ~/.docker/config.json `auths` entries: base64(user:password) under the registry's key.
import type { MatchInput } from '../../src/detect/define.js';

/** The user and password a docker `auth` value encodes, or undefined when it is not base64 of `user:password`. */
export function dockerAuth(value: string): { user: string; password: string } | undefined {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  if (!/^[^:\s]{1,256}:[\x21-\x7e]{3,}$/.test(decoded)) return undefined;
  const i = decoded.indexOf(':');
  return { user: decoded.slice(0, i), password: decoded.slice(i + 1) };
}

/** The registry key (`ghcr.io`, `https://index.docker.io/v1/`) whose object holds the value at `input.index`. */
export function registryOf(input: MatchInput): string | undefined {
  const before = input.text.slice(Math.max(0, input.index - 300), input.index);
  return [...before.matchAll(/"([^"]{3,200})"\s*:\s*\{/g)].pop()?.[1];
}
