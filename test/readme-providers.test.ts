// README.md's provider table is generated from the resolver registry (issue 17): each resolver declares what it
// asks (`asks` in scopes/<id>.ts), and the table cannot fall behind a new or changed resolver.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { providers } from '../scopes/index.js';
import { PROVIDERS_BEGIN, PROVIDERS_END, providerTableMarkdown, providerTableSpan, resolving } from '../scopes/lib/provider-table.js';
import { ROOT } from './helpers.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README provider table', () => {
  it('every resolver says what it asks, what that tells and where the call is documented', () => {
    const missing = resolving(providers)
      .filter((p) => !p.asks?.calls || !p.asks.tells || !/^https:\/\/\S+$/.test(p.asks.docs))
      .map((p) => p.id);
    expect(missing, 'give each of these providers `asks: { calls, tells, docs }` in scopes/<id>.ts (docs: the https URL of the read-only call)').toEqual([]);
  });

  it('is the table the registry generates', () => {
    const span = providerTableSpan(README);
    expect(span, `README.md lost its marks: put ${PROVIDERS_BEGIN} and ${PROVIDERS_END} back under "## Asking the provider (read-only)" and run node scripts/gen-readme.mjs`).toBeDefined();
    expect(README.slice(span!.start, span!.end), 'README.md: the provider table differs from scopes/: run node scripts/gen-readme.mjs').toBe(providerTableMarkdown(providers));
  });

  it('counts and lists every provider that resolves, and none that does not', () => {
    const table = providerTableMarkdown(providers);
    const ids = resolving(providers);
    expect(table).toContain(`**${ids.length} providers' credentials resolve read-only**`);
    const rows = table.split('\n').filter((l) => l.startsWith('| '));
    expect(rows, 'a header and one row per provider').toHaveLength(ids.length + 1);
    for (const p of ids) expect(table).toContain(`[${p.name}`);
    for (const p of providers.filter((x) => !x.resolve)) expect(table).not.toContain(`| [${p.name}](`);
  });
});
