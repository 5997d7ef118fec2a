// Providers that give each customer a host of its own under the provider's domains (acme.okta.com,
// acme.myshopify.com): the host written beside a token in the same file is where that token is asked about, and
// only when exactly one such host is there. Two different hosts: none, since the token could be either's, and a
// secret goes only to the host of the provider that issued it (DESIGN.md: ambiguous → none).

/**
 * The one host `pattern` (global, capturing the host in group 1) finds in `text`, lower-case, after `same` (which
 * maps another name of the same host to it); none when it finds two.
 */
export function hostBeside(text: string, pattern: RegExp, same: (host: string) => string = (h) => h): string | undefined {
  const hosts = new Set<string>();
  for (const m of text.matchAll(pattern)) hosts.add(same(m[1].toLowerCase()));
  return hosts.size === 1 ? [...hosts][0] : undefined;
}

/** A host pattern for one label under any of `suffixes` (`acme.okta.com`), never a label inside a longer name. */
export function tenantHostPattern(suffixes: string[]): RegExp {
  const alt = suffixes.map((s) => s.replace(/\./g, '\\.')).join('|');
  return new RegExp(`(?<![A-Za-z0-9.-])([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.(?:${alt}))(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, 'gi');
}
