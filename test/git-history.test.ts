// The git history of a workspace that holds .git: what `git log -p` shows an agent is scanned by default,
// each unique blob once, at the commit and path where it first appeared; --no-git-history turns it off.
// Every repository here is built in a temporary folder with the installed git, isolated from the
// machine's and the user's git configuration.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { toJson } from '../src/report/json.js';
import { toMarkdown } from '../src/report/markdown.js';
import { toSarif } from '../src/report/sarif.js';
import { toText } from '../src/report/text.js';
import { scan as scanWorkspace } from '../src/scan.js';
import type { HistoryLimits } from '../src/walk/git-history.js';
import { cli, scanDefaults, scan, workspace } from './helpers.js';

const hasGit = spawnSync('git', ['--version']).status === 0;
const gitHome = mkdtempSync(join(tmpdir(), 'abr-git-home-'));
let clock = 1_700_000_000;

/** Runs git in `dir` as a fixed author, with no system or user configuration and a commit time one minute after the last. */
function git(dir: string, ...args: string[]): string {
  clock += 60;
  const date = `${clock} +0000`;
  const r = spawnSync('git', ['-C', dir, '-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: gitHome, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A repository whose history is `steps`: each writes (string) or deletes (null) files, then commits. Returns the folder and each commit's short sha. */
function repository(steps: Array<Record<string, string | null>>): { dir: string; commits: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'abr-repo-'));
  git(dir, 'init', '-q');
  const commits: string[] = [];
  for (const [i, step] of steps.entries()) {
    for (const [rel, text] of Object.entries(step)) {
      if (text === null) git(dir, 'rm', '-q', rel);
      else {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        writeFileSync(join(dir, rel), text);
        git(dir, 'add', rel);
      }
    }
    git(dir, 'commit', '-q', '--allow-empty', '-m', `step ${i}`);
    commits.push(git(dir, 'rev-parse', '--short=12', 'HEAD'));
  }
  return { dir, commits };
}

const historyScan = (root: string, gitHistory: boolean | Partial<HistoryLimits> = true) =>
  scanWorkspace({ root, gitHistory, walk: { excludes: [], defaultExcludes: true, maxFileSize: scanDefaults.maxFileSize }, resolve: { offline: true } });

const accountToken = () => `RAILWAY_API_TOKEN=${fake.uuid()}\n`;
const secretOf = (line: string) => line.trim().split('=')[1];

describe.skipIf(!hasGit)('git history', () => {
  it('finds a root Railway token removed with git rm, at the commit and path where it first appeared', async () => {
    const line = accountToken();
    const { dir, commits } = repository([{ 'README.md': '# app\n', 'deploy/.env.staging': line }, { 'deploy/.env.staging': null }, { 'README.md': '# app, cleaned\n' }]);
    const report = await historyScan(dir);
    const rs = report.results.filter((r) => r.finding.provider === 'railway');
    expect(rs.map((r) => r.ruleId)).toContain('ABR001');
    const f = rs[0].finding;
    expect(f).toMatchObject({ path: 'deploy/.env.staging', commit: commits[0], removed: true, line: 1 });
    expect(f.context).toMatchObject({ origin: 'git-history', fileEnvironment: 'staging' });
    expect(report.summary.history).toMatchObject({ commits: 3, read: 2, left: 0 });

    const text = toText(report);
    expect(text).toContain(`deploy/.env.staging (history: ${commits[0]}, removed)`);
    expect(text).toMatch(/git history: read 2 blobs \(.*\) of 3 in 3 commits; 1 same as the working tree/);
    const json = JSON.parse(toJson(report));
    expect(json.results[0].location).toMatchObject({ path: 'deploy/.env.staging', commit: commits[0], removed: true });
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(new URL('../schemas/report.schema.json', import.meta.url), 'utf8')));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const log = toSarif(report);
    const sarifSchema = JSON.parse(readFileSync(new URL('./fixtures/vendor/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
    const validateSarif = new AjvDraft04.default({ strict: false, allErrors: true, validateFormats: false }).compile(sarifSchema);
    expect(validateSarif(JSON.parse(JSON.stringify(log))), JSON.stringify(validateSarif.errors)).toBe(true);
    const sarif = log.runs[0].results![0];
    expect(sarif.locations![0].properties).toEqual({ commit: commits[0], removed: true });
    expect(sarif.locations![0].physicalLocation!.artifactLocation!.uri).toBe('deploy/.env.staging');
    expect(sarif.message.text).toContain(`git history (commit ${commits[0]}`);
  });

  it('reports a secret in the working tree and in history as one credential with both locations', async () => {
    const line = accountToken();
    const { dir, commits } = repository([{ 'config/app.env': line }, { 'config/app.env': `# moved down a line\n${line}` }]);
    const report = await historyScan(dir);
    expect(report.summary.secrets).toBe(1);
    const onDisk = report.results.find((r) => r.finding.commit === undefined)!;
    expect(onDisk.finding).toMatchObject({ path: 'config/app.env', line: 2 });
    expect(onDisk.related).toEqual([expect.objectContaining({ path: 'config/app.env', line: 1, commit: commits[0], removed: false })]);
    const inHistory = report.results.find((r) => r.finding.commit === commits[0])!;
    expect(inHistory.related).toEqual([expect.objectContaining({ path: 'config/app.env', line: 2 })]);
    expect(inHistory.related[0].commit).toBeUndefined();
    // The blob that is the working-tree file is read there, not again from history.
    expect(report.summary.history).toMatchObject({ blobs: 2, read: 1, inWorkingTree: 1 });
    expect(toText(report)).toContain(`same secret also at: config/app.env:1 (history: ${commits[0]})`);
  });

  it('reads a blob that appears in three commits once, at its first appearance', async () => {
    const line = accountToken();
    const { dir, commits } = repository([{ 'a.env': line }, { 'b.env': line }, { 'c.env': line }, { 'a.env': null, 'b.env': null, 'c.env': null }]);
    const report = await historyScan(dir);
    expect(report.summary.history).toMatchObject({ commits: 4, blobs: 1, read: 1, inWorkingTree: 0 });
    expect(report.summary.findings).toBe(1);
    expect(report.results[0].finding).toMatchObject({ path: 'a.env', commit: commits[0] });
    expect(report.results[0].related).toEqual([]);
  });

  it('stops at a budget and says what was left', async () => {
    const { dir } = repository([
      { 'one.env': accountToken(), 'two.env': accountToken(), 'three.env': accountToken() },
      { 'one.env': null, 'two.env': null, 'three.env': null },
    ]);
    const report = await historyScan(dir, { maxBlobs: 1 });
    expect(report.summary.history).toMatchObject({ blobs: 3, read: 1, left: 2, limit: 'blobs' });
    expect(report.summary.secrets).toBe(1);
    expect(toText(report)).toMatch(/git history: read 1 blob .* of 3 in 2 commits; left 2 \(blob budget\)/);
    const bytes = await historyScan(dir, { maxBytes: 1 });
    expect(bytes.summary.history).toMatchObject({ read: 0, left: 3, limit: 'bytes' });
    // A time budget already spent (no clock involved): the listing stops at once and says so.
    const spent = await historyScan(dir, { timeoutMs: -1 });
    expect(spent.summary.history).toMatchObject({ commits: 0, read: 0, partial: true, limit: 'time' });
    expect(toText(spent)).toContain('older commits not listed (time budget)');
  });

  it('applies the walk policy to history paths: excludes, dependency folders, the size limit', async () => {
    const { dir } = repository([
      { 'fixtures/fake.env': accountToken(), 'node_modules/pkg/.env': accountToken(), 'big.env': `${accountToken()}${'#'.repeat(200)}\n` },
      { 'fixtures/fake.env': null, 'node_modules/pkg/.env': null, 'big.env': null },
    ]);
    const report = await scanWorkspace({ root: dir, walk: { excludes: ['fixtures/**'], defaultExcludes: true, maxFileSize: 100 }, resolve: { offline: true } });
    expect(report.results).toEqual([]);
    expect(report.summary.skipped).toMatchObject({ excluded: 1, 'dependency-folder': 1, 'too-large': 1 });
    expect(report.summary.skippedExamples['too-large']).toEqual([expect.stringMatching(/^big\.env \(history: [0-9a-f]{12}\)$/)]);
  });

  it('keeps history locations out of every output as secrets: text, JSON, SARIF and Markdown hold no raw secret', async () => {
    const lines = [accountToken(), `GITHUB_TOKEN=${fake.github('ghp_')}\n`];
    const { dir } = repository([{ '.env': lines.join('') }, { '.env': null }]);
    const report = await historyScan(dir);
    expect(report.summary.findings).toBe(2);
    const outputs = [toText(report, undefined, true), toJson(report, true), JSON.stringify(toSarif(report)), toMarkdown(report, { failOn: 'high' })];
    for (const out of outputs) for (const l of lines) expect(out).not.toContain(secretOf(l));
  });

  it('shows a hostile or non-UTF-8 name from history escaped, and reads the blob by its bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'abr-repo-'));
    git(dir, 'init', '-q');
    writeFileSync(join(dir, 'evil\x1b[2J\n.env'), accountToken());
    writeFileSync(Buffer.from(join(dir, 'latin-\xe9.env'), 'latin1'), accountToken());
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'names');
    writeFileSync(Buffer.from(join(dir, 'latin-\xe9.env'), 'latin1'), '# nothing\n');
    git(dir, 'rm', '-q', 'evil\x1b[2J\n.env');
    git(dir, 'commit', '-q', '-am', 'emptied and removed');
    const report = await historyScan(dir);
    expect([...new Set(report.results.map((r) => r.finding.path))].sort()).toEqual(['evil\x1b[2J\n.env', 'latin-\\xe9.env']);
    // The non-UTF-8 file is still on disk (emptied), found by its bytes: not `removed`.
    expect(report.results.find((r) => r.finding.path.startsWith('latin'))!.finding.removed).toBe(false);
    const text = toText(report);
    expect(text).not.toContain('\x1b[2J');
    expect(text).toMatch(/evil\\x1b\[2J\\n\.env \(history: [0-9a-f]{12}, removed\)/);
  });

  it('--no-git-history turns it off', () => {
    const { dir } = repository([{ '.env': accountToken() }, { '.env': null }]);
    const on = cli(['scan', dir, '--offline']);
    expect(on.code).toBe(1);
    expect(on.stdout).toContain('(history: ');
    const off = cli(['scan', dir, '--offline', '--no-git-history']);
    expect(off.code).toBe(0);
    expect(off.stdout).not.toContain('history');
    expect(cli(['--help']).stdout).toContain('--no-git-history');
  });

  it('leaves a workspace without .git as it was: no history line, the same report', async () => {
    const root = workspace({ '.env': accountToken() });
    const withHistory = await historyScan(root);
    expect(withHistory.summary.history).toBeUndefined();
    expect(toJson(withHistory)).toBe(toJson(await historyScan(root, false)));
    expect(toText(await scan({ ...scanDefaults, root }))).not.toContain('git history');
  });

  it('counts a .git that is not a repository as a skip, and says why', async () => {
    const root = workspace({ '.env': 'nothing here\n', '.git/HEAD': 'not a ref\n' });
    const report = await historyScan(root);
    expect(report.summary.history?.unavailable).toBe('.git is not a git repository');
    expect(report.summary.skippedExamples.unreadable).toContain('.git/');
    expect(toText(report)).toContain('git history: not read (.git is not a git repository)');
  });

  it('says once that git is not installed, and scans the files as before', () => {
    const { dir } = repository([{ 'app.env': accountToken() }]);
    const r = cli(['scan', dir, '--offline'], { PATH: join(gitHome, 'no-bin') });
    expect(r.stdout).toContain('git history: not read (git is not installed)');
    expect(r.stdout.match(/git is not installed/g)).toHaveLength(1);
    expect(r.stdout).toContain('app.env');
  });
});

process.on('exit', () => rmSync(gitHome, { recursive: true, force: true }));
