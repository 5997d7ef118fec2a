// README.md's list of credential types, generated from the detector registry (scripts/gen-readme.mjs writes
// it between the marks below; test/readme-detectors.test.ts fails when the two differ). Re-run the script
// after adding or merging detector files: nothing here is written by hand.
import type { Detector } from '../detect/define.js';

export const CATALOG_BEGIN = '<!-- detectors:begin — generated from detectors/index.ts by `node scripts/gen-readme.mjs`; edit the detector files -->';
export const CATALOG_END = '<!-- detectors:end -->';

/** Where the generated list sits in README.md's text, marks included. */
export function catalogSpan(readme: string): { start: number; end: number } | undefined {
  const start = readme.indexOf('<!-- detectors:begin');
  const end = readme.indexOf(CATALOG_END, start);
  return start < 0 || end < 0 ? undefined : { start, end: end + CATALOG_END.length };
}

/** The count of credential types and one row per provider, each type linked to the page that documents its format. */
export function catalogMarkdown(detectors: readonly Detector[]): string {
  const byProvider = new Map<string, Detector[]>();
  for (const d of detectors) byProvider.set(d.provider, [...(byProvider.get(d.provider) ?? []), d]);
  const providers = [...byProvider.keys()].sort();
  const out = [
    CATALOG_BEGIN,
    '',
    `**${detectors.length} credential types** from ${providers.length} providers, one file each in \`detectors/\`.`,
    '',
    '| provider | credential types (each links to its documented format) |',
    '|---|---|',
  ];
  for (const p of providers) {
    const types = byProvider
      .get(p)!
      .map((d) => d.id)
      .sort()
      .map((id) => {
        const d = byProvider.get(p)!.find((x) => x.id === id)!;
        return /^https:\/\//.test(d.docs.url) ? `[${id}](${d.docs.url})` : `\`${id}\``;
      });
    out.push(`| ${p} | ${types.join(', ')} |`);
  }
  out.push('', CATALOG_END);
  return out.join('\n');
}
