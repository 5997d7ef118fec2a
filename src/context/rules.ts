// The one table of rules ABR001–ABR008: stable ids, one rule per severity that matters, because GitHub
// code scanning reads `security-severity` from the rule, not the result
// (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#reportingdescriptor-object).
// Classification, every reporter, the CLI's --help and the README's "Rules" section read it from here;
// it is shared context (it imports only src/types.ts), so every stage may import it. After editing it, run
// `node scripts/gen-readme.mjs`.
// Each rule's alert title (a template over the result's data) is the per-rule switch in src/report/messages.ts.

import type { RuleId } from '../types.js';

/** The `--fail-on` bands, most severe first. */
export const BANDS = ['critical', 'high', 'medium', 'low'] as const;
export type Band = (typeof BANDS)[number];

/** The lowest security-severity of each band (GitHub's own bands: critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low > 0). */
export const BAND_FLOOR: Record<Band, number> = { critical: 9, high: 7, medium: 4, low: 0.001 };

export interface Rule {
  id: RuleId;
  /** kebab-case, stable: SARIF `name`, a tag, and with the id the README anchor. */
  name: string;
  /** A few words for the CLI's --help line. */
  label: string;
  /** `--fail-on` band; always the band `severity` falls in. */
  band: Band;
  /** SARIF `defaultConfiguration.level`. */
  level: 'error' | 'warning';
  /** GitHub's `security-severity` (0.0–10.0). */
  severity: number;
  /** One line: SARIF `shortDescription`. */
  short: string;
  /** A paragraph: SARIF `fullDescription`. */
  full: string;
  /** The README heading `### ${id} ${name}` has this GitHub anchor; every SARIF `helpUri` points at it. */
  anchor: string;
  helpUri: string;
  /** SARIF `help`: plain text and Markdown. */
  help: { text: string; markdown: string };
}

/** Where the README lives; the SARIF driver's `informationUri` and the base of every `helpUri`. */
export const PROJECT_URI = 'https://github.com/agent-blast-radius/agent-blast-radius';

type Entry = Pick<Rule, 'name' | 'label' | 'band' | 'level' | 'severity' | 'short' | 'full'>;

/** Keyed by every RuleId (the compiler checks none is missing), in the order reports list them. */
const TABLE: Record<RuleId, Entry> = {
  ABR001: {
    name: 'root-credential',
    label: 'root',
    band: 'critical',
    level: 'error',
    severity: 9.5,
    short: 'Root credential readable by an agent',
    full: 'The credential reaches a whole account or organisation — every project and every environment: an account token, an organisation admin, a *:* policy, a database superuser. An agent that finds it can do anything its owner can.',
  },
  ABR002: {
    name: 'production-reach-from-non-production',
    label: 'production reach from non-production',
    band: 'critical',
    level: 'error',
    severity: 9.0,
    short: 'Production reachable from a non-production workspace',
    full: 'The credential sits in a non-production context (the file names a non-production environment, or the workspace was declared one with --environment, or neither is known) and reaches production. This is the April 2026 incident exactly: a staging task, an unrelated file, a token that reached production.',
  },
  ABR003: {
    name: 'destructive-credential',
    label: 'destructive',
    band: 'high',
    level: 'error',
    severity: 8.5,
    short: 'Credential can call an irreversible destroy primitive',
    full: 'The credential can delete a volume, database, bucket, repository or project, drop or truncate tables, or flush a cache — an action that cannot be undone.',
  },
  ABR004: {
    name: 'backup-reach',
    label: 'backup reach',
    band: 'critical',
    level: 'error',
    severity: 9.0,
    short: 'Credential can destroy the data and its backups',
    full: 'The credential can destroy both the data and its backups (a volume deletion that takes its backups, automated-backup deletion, FLUSHALL replacing the RDB file): there is no recovery path.',
  },
  ABR005: {
    name: 'agent-config-credential',
    label: 'agent config',
    band: 'high',
    level: 'error',
    severity: 7.5,
    short: 'Credential handed to an agent directly',
    full: 'The credential is in an MCP server or agent configuration file, or in the environment the agent inherits: it is given to the agent, not merely lying where the agent can read it.',
  },
  ABR006: {
    name: 'live-credential',
    label: 'live',
    band: 'medium',
    level: 'warning',
    severity: 6.0,
    short: 'Live credential readable by an agent',
    full: 'The provider confirmed the credential is live, and none of ABR001–ABR005 fired.',
  },
  ABR007: {
    name: 'unverified-credential',
    label: 'unverified',
    band: 'medium',
    level: 'warning',
    severity: 5.0,
    short: 'Credential readable by an agent, scope not verified',
    full: 'What the credential can do is unknown: the scan ran offline, the provider could not be reached, or the provider is not one this tool resolves; none of ABR001–ABR005 fired. Treat it as live until shown otherwise.',
  },
  ABR008: {
    name: 'cross-environment-credential',
    label: 'cross-environment',
    band: 'medium',
    level: 'warning',
    severity: 5.5,
    short: 'Credential reaches another non-production environment',
    full: 'The credential reaches a non-production environment other than the one it sits in (a staging file holding a token that also reaches preview or development).',
  },
};

/** The steps every alert's help ends with; the alert's own remediation names the provider's replacement. */
const FIX_TEXT = 'Fix: replace the credential with the least-privilege one named in the alert, move it out of files the agent can read, and revoke the old one.';
const FIX_MARKDOWN = [
  '**How to fix**',
  '1. Replace the credential with the least-privilege one the alert names for its provider (a Railway project token for one environment, a fine-grained GitHub token for one repository, an IAM policy with only the listed actions…).\n2. Move secrets out of files an agent can read: a secret manager, or environment injected only into the process that needs it.\n3. Revoke the old credential where the alert says.',
  "The alert's message says what was confirmed by the provider and what was inferred from the token's shape.",
].join('\n\n');

function rule(id: RuleId, e: Entry): Rule {
  const anchor = `${id.toLowerCase()}-${e.name}`;
  return {
    id,
    ...e,
    anchor,
    helpUri: `${PROJECT_URI}#${anchor}`,
    help: {
      text: `${e.full}\n\n${FIX_TEXT}`,
      markdown: `**${e.short}** (${id}, security-severity ${e.severity})\n\n${e.full}\n\n${FIX_MARKDOWN}`,
    },
  };
}

export const RULES: Rule[] = (Object.entries(TABLE) as Array<[RuleId, Entry]>).map(([id, e]) => rule(id, e));

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

export const RULE_BY_ID: ReadonlyMap<RuleId, Rule> = new Map(RULES.map((r) => [r.id, r]));

export function ruleOf(id: RuleId): Rule {
  return RULE_BY_ID.get(id)!;
}

/** The rules line of the CLI's --help, wrapped at `width` columns. */
export function rulesHelpLine(width = 105): string {
  const items = RULES.map((r) => `${r.id} ${r.label}`);
  const lines: string[] = [];
  let line = 'Rules:';
  items.forEach((item, i) => {
    const piece = `${item}${i === items.length - 1 ? '.' : ' ·'}`;
    if (line && `${line} ${piece}`.length > width) {
      lines.push(line);
      line = piece;
    } else line = line ? `${line} ${piece}` : piece;
  });
  lines.push(line);
  return lines.join('\n');
}

/**
 * How severe a credential's occurrence is: the most severe of the rules it fired — the `--fail-on` band it
 * falls in, and the security-severity that ranks it within the band. The one definition every reporter
 * labels and orders by (one rule alone is that rule's band). Callers pass at least one rule.
 */
export interface Severity {
  band: Band;
  score: number;
}

export function severityOf(ruleIds: Iterable<RuleId>): Severity {
  let worst: Rule | undefined;
  for (const id of ruleIds) {
    const r = ruleOf(id);
    if (!worst || r.severity > worst.severity) worst = r;
  }
  return worst ? { band: worst.band, score: worst.severity } : { band: 'low', score: 0 };
}

/** Most severe first: for `sort`. */
export const bySeverity = (a: Severity, b: Severity) => b.score - a.score;

/** `--fail-on`: a band (the rules at or above it), `none`/`never`, or a comma-separated list of rule ids. */
export function failOnRules(spec: string): ReadonlySet<RuleId> {
  const s = spec.trim().toLowerCase();
  const band = BANDS.indexOf(s as Band);
  if (band >= 0) return new Set(RULES.filter((r) => BANDS.indexOf(r.band) <= band).map((r) => r.id));
  if (s === 'none' || s === 'never') return new Set();
  return new Set(
    spec
      .split(',')
      .map((x) => x.trim().toUpperCase())
      .filter((x): x is RuleId => RULE_BY_ID.has(x as RuleId)),
  );
}

export function isValidFailOn(spec: string): boolean {
  const s = spec.trim().toLowerCase();
  if ([...BANDS, 'none', 'never'].includes(s)) return true;
  return spec.split(',').every((x) => RULE_BY_ID.has(x.trim().toUpperCase() as RuleId));
}

/** The descriptions are plain text (SARIF `fullDescription`): `a *:* policy` must not turn into emphasis. */
const escapeMarkdown = (s: string) => s.replace(/[\\`*_[\]<>|]/g, '\\$&');

/** Marks around the generated part of README.md's "Rules" section. */
export const README_BEGIN = '<!-- rules:begin — generated from src/context/rules.ts by `node scripts/gen-readme.mjs`; edit the table there -->';
export const README_END = '<!-- rules:end -->';

/** Where the generated section sits in README.md's text, marks included (the begin mark's wording may have changed). */
export function readmeRulesSpan(readme: string): { start: number; end: number } | undefined {
  const start = readme.indexOf('<!-- rules:begin');
  const end = readme.indexOf(README_END, start);
  return start < 0 || end < 0 ? undefined : { start, end: end + README_END.length };
}

/** The README's rule section, between (and including) the marks: a summary table, then one heading per rule whose anchor every `helpUri` hits. */
export function rulesMarkdown(): string {
  const out = [README_BEGIN, '', '| id | name | `--fail-on` band | SARIF level | security-severity |', '|---|---|---|---|---|'];
  for (const r of RULES) out.push(`| [${r.id}](#${r.anchor}) | ${r.name} | ${r.band} | ${r.level} | ${r.severity.toFixed(1)} |`);
  for (const r of RULES) {
    out.push(
      '',
      `### ${r.id} ${r.name}`,
      '',
      `**${escapeMarkdown(r.short)}.** ${escapeMarkdown(r.full)}`,
      '',
      `Band \`${r.band}\` · SARIF level \`${r.level}\` · security-severity ${r.severity.toFixed(1)}.`,
    );
  }
  out.push('', '### How to fix', '', FIX_MARKDOWN.replace(/^\*\*How to fix\*\*\n\n/, ''), '', README_END);
  return out.join('\n');
}
