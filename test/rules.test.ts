// The rule table (src/context/rules.ts) against what reads it: the README's Rules section, the anchors every
// SARIF helpUri points at, the --fail-on bands and the --help line.
import { readFileSync } from 'node:fs';
import { emptySummary } from '../src/walk/policy.js';
import { describe, expect, it } from 'vitest';
import { failPredicate } from '../src/classify/rules.js';
import { toSarif } from '../src/report/sarif.js';
import { BAND_FLOOR, BANDS, PROJECT_URI, README_BEGIN, README_END, readmeRulesSpan, RULE_IDS, RULES, rulesHelpLine, rulesMarkdown } from '../src/context/rules.js';
import type { Result, ScanReport } from '../src/types.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/**
 * GitHub's heading anchors: lower-case, punctuation other than `-` and `_` dropped, each space a `-`, and a
 * repeated slug suffixed `-1`, `-2`… (github-slugger, https://github.com/Flet/github-slugger).
 */
function githubAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = m[1]
      .replace(/<[^>]*>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/`/g, '');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

const emptyReport: ScanReport = { tool: { name: 'agent-blast-radius', version: '0.0.0' }, results: [], revoked: [], summary: emptySummary('.') };

describe('the rule table', () => {
  it('has each id once, in order, with a kebab-case name', () => {
    expect(RULES.map((r) => r.id)).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004', 'ABR005', 'ABR006', 'ABR007', 'ABR008']);
    for (const r of RULES) expect(r.name, r.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
  });

  it("puts each rule in the --fail-on band its security-severity falls in (GitHub's bands)", () => {
    for (const r of RULES) {
      const band = BANDS.find((b) => r.severity >= BAND_FLOOR[b]);
      expect(r.band, `${r.id}: security-severity ${r.severity} is ${band}, not ${r.band}: fix the table in src/context/rules.ts`).toBe(band);
    }
  });

  it('--fail-on selects the rules at or above a band, a list of ids, or none', () => {
    const fires = (spec: string) => RULES.filter((r) => failPredicate(spec)({ ruleId: r.id } as Result)).map((r) => r.id);
    expect(fires('critical')).toEqual(['ABR001', 'ABR002', 'ABR004']);
    expect(fires('high')).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004', 'ABR005']);
    expect(fires('MEDIUM')).toEqual([...RULE_IDS]);
    expect(fires('low')).toEqual([...RULE_IDS]);
    expect(fires('none')).toEqual([]);
    expect(fires('abr004, ABR008')).toEqual(['ABR004', 'ABR008']);
  });

  it('renders the --help rules line', () => {
    expect(rulesHelpLine()).toBe(
      'Rules: ABR001 root · ABR002 production reach from non-production · ABR003 destructive ·\n' +
        'ABR004 backup reach · ABR005 agent config · ABR006 live · ABR007 unverified · ABR008 cross-environment.',
    );
    for (const line of rulesHelpLine(60).split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('builds every SARIF rule descriptor from the table, in table order', () => {
    const rules = toSarif(emptyReport).runs[0].tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const [i, r] of RULES.entries()) {
      expect(rules[i]).toMatchObject({
        name: r.name,
        shortDescription: { text: r.short },
        fullDescription: { text: r.full },
        defaultConfiguration: { level: r.level },
        helpUri: r.helpUri,
        help: r.help,
      });
      expect(rules[i].properties!['security-severity']).toBe(r.severity.toFixed(1));
    }
  });
});

describe('README.md', () => {
  it('has a heading for every SARIF helpUri', () => {
    const anchors = githubAnchors(README);
    const helpUris = toSarif(emptyReport).runs[0].tool.driver.rules!.map((r) => r.helpUri!);
    for (const uri of helpUris) {
      expect(uri.startsWith(`${PROJECT_URI}#`), `${uri} does not point into the README at ${PROJECT_URI}`).toBe(true);
      const fragment = uri.slice(uri.indexOf('#') + 1);
      expect(anchors.has(fragment), `README.md has no heading with the anchor #${fragment} (${uri}): run node scripts/gen-readme.mjs`).toBe(true);
    }
  });

  it('links only to anchors it has', () => {
    const anchors = githubAnchors(README);
    const missing = [...README.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]).filter((a) => !anchors.has(a));
    expect(missing, 'README.md links to anchors no heading has').toEqual([]);
  });

  it('has the Rules section the table generates', () => {
    const span = readmeRulesSpan(README);
    expect(span, `README.md lost its rules:begin/rules:end marks: put ${README_BEGIN} and ${README_END} back under "## Rules" and run node scripts/gen-readme.mjs`).toBeDefined();
    expect(README.slice(span!.start, span!.end), 'README.md: the Rules section differs from src/context/rules.ts: run node scripts/gen-readme.mjs').toBe(rulesMarkdown());
  });

  it('anchors slug as GitHub does', () => {
    expect([...githubAnchors('# ABR002 production-reach-from-non-production\n## Exit codes\n### Configuration: `.agent-blast-radius.yml`\n## Exit codes')]).toEqual([
      'abr002-production-reach-from-non-production',
      'exit-codes',
      'configuration-agent-blast-radiusyml',
      'exit-codes-1',
    ]);
  });
});
