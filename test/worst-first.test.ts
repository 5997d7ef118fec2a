// Worst first (issue 11, item 7): the text report opens with one headline naming the worst credential and
// its place, lists files by their most severe result and then path, shows each rule's --fail-on band beside
// it, and says where a credential sits and what it reaches; JSON carries each result's band. Adding an
// unrelated file changes no verdict about the credentials already there.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { toJson } from '../src/report/json.js';
import { toText } from '../src/report/text.js';
import type { ScanReport } from '../src/types.js';
import { cli, scan, scanDefaults, workspace } from './helpers.js';

// Built at run time: no committed file holds anything that looks like a credential.
const railwayAccount = () => `RAILWAY_API_TOKEN=${fake.uuid()}\n`;
const postgres = (host: string, password: string) => `DATABASE_URL=postgres://app:${password}@${host}:5432/app\n`;

const blocks = (text: string) => text.split('\n\n');
const fileOrder = (text: string, paths: string[]) => paths.map((p) => blocks(text).findIndex((b) => b.startsWith(`${p}\n`)));

/** Every occurrence's fired rules, by path:line. */
function verdicts(report: ScanReport): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of report.results) (out[`${r.finding.path}:${r.finding.line}`] ??= []).push(r.ruleId);
  return out;
}

describe('the text report, worst first', async () => {
  // a.txt sorts first by path and holds only a medium (unverified) credential; z/.env holds a root one.
  const dir = workspace({ 'a.txt': postgres('db.staging.example.internal', fake.password()), 'z/.env': `# deploy\n${railwayAccount()}` });
  const report = await scan({ ...scanDefaults, root: dir });
  const text = toText(report);

  it('lists the file with the most severe result first, whatever its path', () => {
    const [a, z] = fileOrder(text, ['a.txt', 'z/.env']);
    expect(z).toBeGreaterThanOrEqual(0);
    expect(a).toBeGreaterThan(z);
  });

  it('shows the --fail-on band beside every rule', () => {
    expect(text).toMatch(/^ {2}2:\d+ {2}ABR001 critical root-credential \(inferred\), ABR002 critical production-reach-from-non-production \(inferred\), ABR003 high destructive-credential/m);
    expect(text).toMatch(/^ {2}1:\d+ {2}ABR007 medium unverified-credential$/m);
  });

  it('opens with one headline naming the worst credential and its place', () => {
    const first = text.split('\n')[0];
    expect(first).toBe('1 critical credential: root Railway credential that can destroy production and its backups (inferred): z/.env:2');
    expect(text.split('\n')[1]).toBe('');
  });

  it('counts the credentials that share the worst band, and breaks a tie by path', async () => {
    const two = workspace({ 'm/deploy.sh': railwayAccount(), 'b/old.sh': `#!/bin/sh\n${railwayAccount()}`, 'a.txt': postgres('db.staging.example.internal', fake.password()) });
    const out = toText(await scan({ ...scanDefaults, root: two }));
    expect(out.split('\n')[0]).toMatch(/^2 critical credentials; worst: root Railway credential .*: b\/old\.sh:2$/);
    const [b, m, a] = fileOrder(out, ['b/old.sh', 'm/deploy.sh', 'a.txt']);
    expect(b).toBeLessThan(m);
    expect(m).toBeLessThan(a);
  });

  it('says where the credential sits and what it reaches, and when the reach is unknown', async () => {
    expect(text).toContain('environment: unknown → reaches every environment');
    const ws = workspace({ 'config/staging.env': railwayAccount(), 'deploy.env': `RAILWAY_TOKEN=${fake.uuid()}\n` });
    const out = toText(await scan({ ...scanDefaults, root: ws, environment: 'development' }));
    expect(out).toContain('environment: staging (file) → reaches every environment');
    expect(out).toMatch(/RAILWAY_TOKEN · environment: development \(declared\) → reach unknown/);
  });

  it('names what the worst credential does in words from the rules it fired', async () => {
    const password = fake.password();
    const prod = workspace({ 'config/staging.env': postgres('db.production.example.internal', password) });
    expect(toText(await scan({ ...scanDefaults, root: prod })).split('\n')[0]).toBe(
      '1 critical credential: PostgreSQL credential that reaches production from staging (inferred): config/staging.env:1',
    );
    const preview = workspace({ 'config/staging.env': `REDIS_URL=redis://app:${password}@cache.preview.example.internal:6379\n` });
    expect(toText(await scan({ ...scanDefaults, root: preview })).split('\n')[0]).toBe(
      '1 medium credential: unverified Redis credential that reaches preview from staging (partly inferred): config/staging.env:1',
    );
  });

  it('escapes a hostile file name in the headline', async () => {
    const ws = workspace({ 'evil\u001b[2J.sh': railwayAccount() });
    const first = toText(await scan({ ...scanDefaults, root: ws })).split('\n')[0];
    expect(first).toContain('evil\\x1b[2J.sh:1');
    expect(first).not.toContain('\u001b');
  });

  it('has no headline when nothing fired', async () => {
    const out = toText(await scan({ ...scanDefaults, root: workspace({ 'README.md': '# nothing here\n' }) }));
    expect(out.startsWith('Summary\n')).toBe(true);
  });

  it('JSON carries each result’s band', () => {
    const json = JSON.parse(toJson(report));
    const byRule = Object.fromEntries(json.results.map((r: { ruleId: string; severity: string }) => [r.ruleId, r.severity]));
    expect(byRule).toEqual({ ABR001: 'critical', ABR002: 'critical', ABR003: 'high', ABR004: 'critical', ABR007: 'medium' });
  });
});

describe('an unrelated file changes no verdict', () => {
  it('the same password on another host, and a README, leave every earlier verdict and the headline as they were', async () => {
    const password = fake.password();
    const dir = workspace({ 'z/.env': railwayAccount(), 'app/.env': postgres('db.staging.example.internal', password) });
    const before = await scan({ ...scanDefaults, root: dir });
    writeFileSync(join(dir, 'README.md'), '# app\nSee app/.env for the database.\n');
    writeFileSync(join(dir, 'other.env'), postgres('reports.staging.example.internal', password));
    const after = await scan({ ...scanDefaults, root: dir });
    const was = verdicts(before);
    const now = verdicts(after);
    expect(Object.keys(now)).toEqual(expect.arrayContaining(Object.keys(was)));
    for (const place of Object.keys(was)) expect(now[place], place).toEqual(was[place]);
    expect(now['other.env:1']).toBeDefined();
    expect(toText(after).split('\n')[0]).toBe(toText(before).split('\n')[0]);
  });
});

describe('as a new user runs it', () => {
  it('the worst credential of examples/pocketos is the first thing printed', () => {
    const r = cli(['scan', 'examples/pocketos', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('2 critical credentials; worst: root Railway credential that can destroy production and its backups (inferred): scripts/old/backfill-helpers.sh:6');
  });
});
