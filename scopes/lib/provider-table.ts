// README.md's table of the providers asked online, generated from the resolver registry: each resolver declares
// its read-only calls, what they tell and their documentation (`asks` in scopes/<id>.ts); scripts/gen-readme.mjs
// writes the table between the marks below and test/readme-providers.test.ts fails when the two differ.
import type { Provider } from '../../src/resolve/define.js';

export const PROVIDERS_BEGIN = '<!-- providers:begin — generated from scopes/index.ts by `node scripts/gen-readme.mjs`; edit `asks` in the scope files -->';
export const PROVIDERS_END = '<!-- providers:end -->';

/** Where the generated table sits in README.md's text, marks included. */
export function providerTableSpan(readme: string): { start: number; end: number } | undefined {
  const start = readme.indexOf('<!-- providers:begin');
  const end = readme.indexOf(PROVIDERS_END, start);
  return start < 0 || end < 0 ? undefined : { start, end: end + PROVIDERS_END.length };
}

/** The providers that resolve online: every one with a resolver. */
export const resolving = (providers: readonly Provider[]) => providers.filter((p) => p.resolve);

/** When a resolver runs: always (online), or only on an opt-in or an endpoint the user names. */
const gate = (p: Provider) => (p.optIn ? `\`--${p.optIn}\`` : p.selfHosted ? 'your own server' : 'online');

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The count of credential kinds asked about and one row per provider: providers asked by default first, then the
 * self-hosted and opt-in ones, each group by display name.
 */
export function providerTableMarkdown(providers: readonly Provider[]): string {
  const rows = resolving(providers).sort((a, b) => Number(!!(a.optIn || a.selfHosted)) - Number(!!(b.optIn || b.selfHosted)) || a.name.localeCompare(b.name));
  const byDefault = rows.filter((p) => !p.optIn && !p.selfHosted).length;
  const out = [
    PROVIDERS_BEGIN,
    '',
    `**${rows.length} providers' credentials resolve read-only**: ${byDefault} asked by default, ${rows.length - byDefault} only on an opt-in or your own server's endpoint. Each row is the \`asks\` of its file in \`scopes/\`.`,
    '',
    '| provider | when | read-only calls | what it tells |',
    '|---|---|---|---|',
  ];
  for (const p of rows) {
    const a = p.asks;
    const name = a ? `[${p.name}${a.of ? ` ${a.of}` : ''}](${a.docs})` : p.name;
    out.push(`| ${name} | ${gate(p)} | ${cell(a?.calls ?? '—')} | ${cell(a?.tells ?? '—')} |`);
  }
  out.push('', PROVIDERS_END);
  return out.join('\n');
}
