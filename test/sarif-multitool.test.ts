// The SARIF report as GitHub code scanning ingests it: linted by Microsoft's SARIF Multitool with its GitHub
// ("Gh") and SARIF rules, and validated against the OASIS SARIF 2.1.0 schema.
import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log, Result as SarifResult, ReportingDescriptor } from 'sarif';
import Ajv from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { toSarif } from '../src/report/sarif.js';
import { scan } from './helpers.js';

const require = createRequire(import.meta.url);

/** The Multitool's self-contained platform binary. Its npm wrapper runs it through a shell, which splits the
 * `;` in `--rule-kind "Gh;Sarif"`, so the test runs the binary itself. */
function multitoolBinary(): string {
  const pkg = `@microsoft/sarif-multitool-${process.platform}`;
  let bin: string;
  try {
    bin = require(pkg) as string; // the package's index.js exports the binary's path
  } catch (e) {
    throw new Error(`${pkg} is not installed (npm install --save-dev @microsoft/sarif-multitool installs it): ${(e as Error).message}`);
  }
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    chmodSync(bin, statSync(bin).mode | 0o100); // what the package's postinstall does, when install scripts are off
  }
  return bin;
}

// GitHub's ingestion policy, as the SARIF SDK publishes it (policies/github.config.xml): the GH rules that are
// off by default (GH1001–GH1006) on as errors, SARIF2007 up to an error, SARIF2012 up to a warning, SARIF2016
// off. Also off: SARIF2006, which GETs every http(s) URI in the log — no network calls from a test.
const GITHUB_POLICY = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
${[
  ['SARIF2006.UrisShouldBeReachable', 'Disabled'],
  ['SARIF2007.ExpressPathsRelativeToRepoRoot', 'Error'],
  ['SARIF2012.ProvideRuleProperties', 'Warning'],
  ['SARIF2016.FileUrisShouldBeRelative', 'Disabled'],
  ['GH1001.ProvideRequiredLocationProperties', 'Error'],
  ['GH1002.InlineThreadFlowLocations', 'Error'],
  ['GH1003.ProvideRequiredRegionProperties', 'Error'],
  ['GH1004.ReviewArraysThatExceedConfigurableDefaults', 'Error'],
  ['GH1005.LocationsMustBeRelativeUrisOrFilePaths', 'Error'],
  ['GH1006.ProvideCheckoutPath', 'Error'],
]
  .map(([rule, state]) => `  <Properties Key='${rule}.Options'><Property Key='RuleEnabled' Value='${state}' /></Properties>`)
  .join('\n')}
</Properties>
`;

// A log GitHub would refuse, linted in the same run: if its errors don't come back, the Multitool ran no rules
// or its output was misread, and "no errors" for the real report would mean nothing.
const CANARY: Log = {
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { name: 'canary', version: '1.0.0', informationUri: 'https://example.com/canary', rules: [{ id: 'C001' }] } },
      results: [
        {
          ruleId: 'C001',
          ruleIndex: 0,
          level: 'error',
          message: { text: 'Canary.' },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'https://example.com/a.txt' }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } } }],
        },
      ],
    },
  ],
};

interface Finding {
  /** The linted file's name. */
  file: string;
  ruleId: string;
  level: string;
  where: string;
  message: string;
}

/** Resolves a Multitool result's level (explicit, else its rule's default, else warning) and message text. */
function findingsOf(log: Log): Finding[] {
  const out: Finding[] = [];
  for (const run of log.runs) {
    const rules = run.tool.driver.rules ?? [];
    const ruleOf = (r: SarifResult): ReportingDescriptor | undefined => (r.ruleIndex !== undefined && rules[r.ruleIndex] ? rules[r.ruleIndex] : rules.find((x) => x.id === r.ruleId));
    for (const r of run.results ?? []) {
      const rule = ruleOf(r);
      const template = r.message.text ?? (r.message.id ? rule?.messageStrings?.[r.message.id]?.text : undefined) ?? r.message.id ?? '';
      const args = r.message.arguments ?? [];
      const message = template.replace(/\{(\d+)\}/g, (m, i: string) => args[Number(i)] ?? m);
      const level = r.level ?? rule?.defaultConfiguration?.level ?? 'warning';
      const physical = r.locations?.[0]?.physicalLocation;
      const file = physical?.artifactLocation?.uri?.split('/').pop() ?? '';
      const where = physical?.region ? `${physical.region.startLine}:${physical.region.startColumn}` : '';
      out.push({ file, ruleId: r.ruleId ?? rule?.id ?? '?', level, where, message });
    }
    // A run the tool could not finish (unparsable input, a rule that threw) is reported here, not as results.
    for (const inv of run.invocations ?? []) {
      for (const n of [...(inv.toolExecutionNotifications ?? []), ...(inv.toolConfigurationNotifications ?? [])]) {
        if ((n.level ?? 'warning') === 'error') out.push({ file: '', ruleId: n.descriptor?.id ?? 'notification', level: 'error', where: '', message: n.message.text ?? '' });
      }
      if (inv.executionSuccessful === false) out.push({ file: '', ruleId: 'invocation', level: 'error', where: '', message: 'the Multitool did not complete' });
    }
  }
  return out;
}

const list = (fs: Finding[]) => fs.map((f) => `  ${f.ruleId} ${f.where ? `(${f.where}) ` : ''}${f.message}`).join('\n');

describe('SARIF report', () => {
  let dir: string;
  let sarif: Log;
  let sarifPath: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'abr-sarif-'));
    // Home stores and inherited variables too: their locations must also pass GitHub's rules.
    const home = join(dir, 'home');
    mkdirSync(join(home, '.aws'), { recursive: true });
    writeFileSync(join(home, '.aws/credentials'), `[default]\naws_access_key_id = ${fake.awsKeyId()}\naws_secret_access_key = ${fake.awsSecret()}\n`);
    const savedHome = process.env.HOME;
    process.env.HOME = home;
    const report = await scan({
      root: 'examples/pocketos',
      offline: true,
      home: true,
      processEnv: true,
      env: { GITHUB_TOKEN: fake.github('ghp_') },
      excludes: [],
      defaultExcludes: true,
      maxFileSize: 5 * 1024 * 1024,
    }).finally(() => (process.env.HOME = savedHome));
    expect(report.results.some((r) => r.finding.path === '~/.aws/credentials')).toBe(true);
    expect(report.results.some((r) => r.finding.path === 'env:GITHUB_TOKEN')).toBe(true);
    sarif = toSarif(report);
    sarifPath = join(dir, 'pocketos.sarif');
    writeFileSync(sarifPath, JSON.stringify(sarif, null, 2));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has results to lint', () => {
    expect(sarif.runs[0].results?.length).toBeGreaterThan(0);
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(new URL('./fixtures/vendor/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
    // ajv-draft-04 is CommonJS: under NodeNext its default import is module.exports, whose .default is the class.
    const ajv = new Ajv.default({ strict: false, allErrors: true });
    // The schema's formats, checked rather than ignored (ajv-draft-04 ships none).
    ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///'));
    ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(s) && !Number.isNaN(Date.parse(s)));
    const validate = ajv.compile(schema);
    const ok = validate(sarif);
    const errors = (validate.errors ?? [])
      .map((e: { instancePath: string; message?: string; params?: unknown }) => `  ${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`)
      .join('\n');
    expect(ok, `schema errors:\n${errors}`).toBe(true);
  });

  it('passes the SARIF Multitool with GitHub ingestion rules, with no errors', () => {
    const bin = multitoolBinary();
    const configPath = join(dir, 'github.config.xml');
    writeFileSync(configPath, GITHUB_POLICY);
    const canaryPath = join(dir, 'canary.sarif');
    writeFileSync(canaryPath, JSON.stringify(CANARY, null, 2));
    const outPath = join(dir, 'multitool.sarif');
    const args = [
      'validate',
      '--rule-kind',
      'Gh;Sarif',
      '--level',
      'Error;Warning',
      '--config',
      configPath,
      '--output',
      outPath,
      // This Multitool's parser rejects a single value here as "bad format": give two.
      '--log',
      'ForceOverwrite;PrettyPrint',
      sarifPath,
      canaryPath,
    ];
    let output = '';
    try {
      output = execFileSync(bin, args, {
        cwd: dir,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
      });
    } catch (e) {
      const err = e as { status?: number; stdout?: string; stderr?: string };
      throw new Error(`Sarif.Multitool ${args.join(' ')} exited ${err.status}:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
    }
    const found = findingsOf(JSON.parse(readFileSync(outPath, 'utf8')) as Log);

    const canary = found.filter((f) => f.file === 'canary.sarif' && f.level === 'error').map((f) => f.ruleId);
    expect(canary, `the canary's errors did not come back:\n${output}`).toEqual(expect.arrayContaining(['GH1005', 'GH2012']));

    const ours = found.filter((f) => f.file !== 'canary.sarif');
    const errors = ours.filter((f) => f.level === 'error');
    const warnings = ours.filter((f) => f.level === 'warning');
    expect(errors, `SARIF Multitool reported ${errors.length} error(s) on the report:\n${list(errors)}\n\n${output}`).toEqual([]);
    // Warnings are asserted, not printed. The one accepted: SARIF2012 wants each rule's friendly name in
    // PascalCase; ours are the kebab-case names the rule table documents (root-credential, …).
    const unexpected = warnings.filter((f) => !(f.ruleId === 'SARIF2012' && /\.rules\[\d+\]\.name: '[a-z0-9]+(-[a-z0-9]+)*' is not a Pascal-case identifier/.test(f.message)));
    expect(unexpected, `SARIF Multitool reported ${unexpected.length} new warning(s) on the report:\n${list(unexpected)}`).toEqual([]);
  }, 180_000);
});
