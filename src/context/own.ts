// A lookup in a map keyed by data (a host, an account, a login from the scanned tree or a provider): a plain
// object answers `constructor`, `__proto__` and `toString` from its prototype, and a database host named
// `constructor` crashed a scan that way. Only the map's own entries count.

/** `map[key]` when `key` is the map's own entry, else undefined. */
export function own<T>(map: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}
