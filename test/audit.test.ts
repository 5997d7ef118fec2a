// `audit --org` end to end against a local GitHub stand-in: an organisation of generated repositories
// (tarballs built here, hostile entries included), Link pagination, a secondary rate limit, a failing
// download, a redirect off the allowlist; dedupe across repositories, per-repository SARIF, the
// organisation report, checkpoint resume after kills, shards that partition the list, and a merge
// equal to the unsharded run. ABR_BENCH=1 adds the 500-repository measurement.
import { orgMap } from '../src/audit/map.js';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { archiveSource, DEFAULT_LIMITS, downloadAllowed, entryVerdict, type ArchiveLimits } from '../src/audit/fetch.js';
import { detectText } from '../src/detect/text.js';
import type { Finding } from '../src/types.js';
import { Admission, DEFAULT_WALK, emptySummary } from '../src/walk/index.js';

/** A tarball source read through the walk policy and the detectors alone: what the guards let through. */
async function scanArchive(body: Readable, name: string, opts: { limits: ArchiveLimits }) {
  const source = archiveSource(body, opts.limits);
  const summary = emptySummary(name);
  const findings: Finding[] = [];
  for await (const t of source.texts(new Admission(DEFAULT_WALK, summary))) findings.push(...detectText(t));
  return { findings, summary, ...source.outcome };
}
import { githubClient, listRepositories } from '../src/audit/list.js';
import { mergeAudits } from '../src/audit/merge.js';
import type { OrgReport } from '../src/audit/report.js';
import { toOrgMarkdown } from '../src/audit/report.js';
import { inShard, parseShard, shardOf } from '../src/audit/shard.js';
import { Checkpoint, replay } from '../src/audit/checkpoint.js';
import type { AuditState } from '../src/audit/types.js';
import * as fake from '../src/detect/fake.js';
import { BIN, cli, NO_NETWORK, ROOT, scanDefaults, workspace } from './helpers.js';
import { recorded, startStandin, type Standin } from './standins/index.js';
import { repoTarball, shaOf, startGithubOrg, tarball, type OrgRepo, type OrgStandin, type OrgWorld } from './standins/github-org.js';
import { startRailway } from './standins/railway.js';
import { scan } from './helpers.js';
import { run } from '../src/cli.js';
import { UsageError } from '../src/errors.js';

const ORG = 'acme';
fake.reseed(0x0a0d17);
/** The audit's own token: sent to the API stand-in only, never printed, never written. */
const TOKEN = fake.github('ghs_');
const SHARED = fake.github('ghp_');
const RAILWAY = fake.uuid();
const MCP = fake.github('ghp_');
const HOSTILE = fake.github('ghp_');
const UNIQUE = Array.from({ length: 30 }, () => fake.github('ghp_'));
const SECRETS = [SHARED, RAILWAY, MCP, HOSTILE, ...UNIQUE];

const name = (i: number) => `repo-${String(i).padStart(2, '0')}`;

/** Thirty repositories: ordinary ones, a shared token, a staging Railway token, hostile archives, a failure, an empty one. */
async function buildWorld(evilUrl: string): Promise<OrgRepo[]> {
  const repos: OrgRepo[] = [];
  for (let i = 0; i < 30; i++) {
    const n = name(i);
    const files: Record<string, string | Buffer> = { 'README.md': `# ${n}\n`, 'src/index.js': `export const name = '${n}';\n` };
    if (i % 2 === 0) files['.env'] = `GITHUB_TOKEN=${UNIQUE[i]}\n`;
    const repo: OrgRepo = { name: n, topics: i % 5 === 0 ? ['payments'] : [] };
    switch (i) {
      case 3:
        files['.env'] = `GITHUB_TOKEN=${SHARED}\n`;
        break;
      case 5:
        files['.env.staging'] = `RAILWAY_API_TOKEN=${RAILWAY}\n`;
        repo.topics = ['staging'];
        break;
      case 6:
        files['scripts/deploy.sh'] = `export RAILWAY_API_TOKEN=${RAILWAY}\nrailway up\n`;
        break;
      case 7:
        files['logo.png'] = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]);
        files['data.bin.txt'] = Buffer.from([65, 0, 66]);
        break;
      case 17:
        files['config/settings.yml'] = `github:\n  token: ${SHARED}\n`;
        break;
      case 20:
        files['node_modules/dep/.env'] = `GITHUB_TOKEN=${UNIQUE[1]}\n`;
        break;
      case 21:
        files['.cursor/mcp.json'] = JSON.stringify({ mcpServers: { github: { command: 'gh-mcp', env: { GITHUB_PERSONAL_ACCESS_TOKEN: MCP } } } }, null, 2);
        break;
    }
    if (i === 8) {
      const top = `${ORG}-${n}-${shaOf(ORG, n).slice(0, 7)}`;
      repo.tarball = await tarball([
        { header: { name: `${top}/`, type: 'directory' } },
        { header: { name: `${top}/../../escape.env` }, body: `GITHUB_TOKEN=${UNIQUE[3]}\n` },
        { header: { name: `/etc/cron.d/evil.env` }, body: `GITHUB_TOKEN=${UNIQUE[5]}\n` },
        { header: { name: `${top}/link-to-passwd`, type: 'symlink', linkname: '/etc/passwd' } },
        { header: { name: `${top}/hardlink`, type: 'link', linkname: `${top}/README.md` } },
        { header: { name: `${top}/fifo`, type: 'fifo' } },
        { header: { name: `other-root/.env` }, body: `GITHUB_TOKEN=${UNIQUE[7]}\n` },
        { header: { name: `${top}/.env` }, body: `GITHUB_TOKEN=${HOSTILE}\n` },
      ]);
    } else if (i === 11) {
      const top = `${ORG}-${n}-${shaOf(ORG, n).slice(0, 7)}`;
      repo.tarball = await tarball([
        { header: { name: `${top}/.env` }, body: `GITHUB_TOKEN=${UNIQUE[11]}\n` },
        // A pax header declaring a terabyte for a ten-byte body.
        { header: { name: `${top}/huge.txt`, size: 10, pax: { size: String(2 ** 40) } } as never, body: '0123456789' },
        { header: { name: `${top}/after.env` }, body: `GITHUB_TOKEN=${UNIQUE[13]}\n` },
      ]);
    } else if (i === 12) {
      // A gzip bomb: 80 MiB of zeros in ~80 KB.
      repo.tarball = await repoTarball(ORG, n, { '.env': `GITHUB_TOKEN=${UNIQUE[12]}\n`, 'zeros.txt': Buffer.alloc(80 * 1024 ** 2), 'z-after.env': `GITHUB_TOKEN=${UNIQUE[15]}\n` });
    } else if (i === 14) {
      // Empty repository: no tarball, 409 on its head commit.
    } else repo.tarball = await repoTarball(ORG, n, files);
    if (i === 13) repo.downloadStatus = 503;
    if (i === 15) repo.redirectTo = `${evilUrl}/${ORG}/${n}/legacy.tar.gz/${shaOf(ORG, n)}`;
    repos.push(repo);
  }
  repos.push({ name: 'old-archived', archived: true, tarball: await repoTarball(ORG, 'old-archived', { '.env': `GITHUB_TOKEN=${UNIQUE[9]}\n` }) });
  repos.push({ name: 'fork-of-upstream', fork: true, tarball: await repoTarball(ORG, 'fork-of-upstream', { '.env': `GITHUB_TOKEN=${UNIQUE[9]}\n` }) });
  return repos;
}

let org: OrgStandin;
let world: OrgWorld;
let evil: Standin;
let env: NodeJS.ProcessEnv;
const tmp = mkdtempSync(join(tmpdir(), 'abr-audit-'));
const dir = (n: string) => join(tmp, n);

beforeAll(async () => {
  evil = await startStandin('not-codeload', (_req, _body, res) => void res.writeHead(200).end('not a tarball'));
  world = { org: ORG, repos: await buildWorld(evil.url), pageSize: 10, secondaryLimits: 0 };
  org = await startGithubOrg(world);
  env = { GITHUB_TOKEN: TOKEN, ABR_ENDPOINT_GITHUB: org.api.url, ABR_ENDPOINT_GITHUB_CODELOAD: org.codeload.url };
}, 60_000);

afterAll(async () => {
  await org?.close();
  await evil?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** The CLI in this process (the stand-ins answer from the same event loop); kill and workflow tests spawn the built binary instead. */
async function runCli(argv: string[], e: NodeJS.ProcessEnv = standinEnv()) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), isTTY: false, env: e });
  return { code, stdout, stderr };
}
const standinEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ ...NO_NETWORK, ...env, ...extra });
const audit = (args: string[], extra: NodeJS.ProcessEnv = {}) => runCli(['audit', '--org', ORG, '--offline', ...args], standinEnv(extra));
const readReport = (d: string) => JSON.parse(readFileSync(join(d, 'org-report.json'), 'utf8')) as OrgReport;
/** Order and timestamps aside (and which shards made it), two reports of the same organisation must be equal. */
const normal = (r: OrgReport) => ({ ...r, generatedAt: '', shards: [], missingShards: [] });
function filesUnder(d: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (p: string) => {
    for (const e of readdirSync(p, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(p, e.name));
      else out[relative(d, join(p, e.name))] = readFileSync(join(p, e.name), 'utf8');
    }
  };
  if (existsSync(d)) walk(d);
  return out;
}
const sarifOf = (d: string) => filesUnder(join(d, 'sarif'));
const codeloadFetches = (from: number) =>
  recorded
    .slice(from)
    .filter((r) => r.provider === 'github-codeload')
    .map((r) => `${r.path.split('/')[1]}/${r.path.split('/')[2]}`);

describe('listing', () => {
  it('follows Link pagination, waits out a secondary rate limit, and filters archived, forks, --repo and --topic', async () => {
    const notes: string[] = [];
    const { octokit } = githubClient({ token: TOKEN, env, uploads: false, note: (n) => notes.push(n), retryBaseMs: 10 });
    const from = recorded.length;
    world.secondaryLimits = 1;
    const all = await listRepositories(octokit, ORG, { includeArchived: false, includeForks: false, repos: [], topics: [] });
    expect(world.secondaryLimits).toBe(0);
    expect(all.listing).toEqual({ listed: 32, selected: 30, filtered: { archived: 1, forks: 1, disabled: 0, repo: 0, topic: 0 } });
    expect(all.repositories.map((r) => r.name)).toEqual(Array.from({ length: 30 }, (_, i) => name(i)));
    const pages = recorded
      .slice(from)
      .filter((r) => r.provider === 'github-api')
      .map((r) => new URL(r.path, 'http://x').searchParams.get('page') ?? '1');
    // Page 2 twice: once refused with 403 + Retry-After, once after the wait.
    expect(pages).toEqual(['1', '2', '2', '3', '4']);
    expect(notes.join('\n')).toMatch(/secondary rate limit/);
    for (const r of recorded.slice(from)) expect(r.headers.authorization).toBe(`token ${TOKEN}`);

    const more = await listRepositories(octokit, ORG, { includeArchived: true, includeForks: true, repos: [], topics: [] });
    expect(more.repositories).toHaveLength(32);
    const picked = await listRepositories(octokit, ORG, { includeArchived: false, includeForks: false, repos: ['repo-0[0-4]', 'acme/repo-2*'], topics: [] });
    expect(picked.repositories.map((r) => r.name)).toEqual(['repo-00', 'repo-01', 'repo-02', 'repo-03', 'repo-04', ...Array.from({ length: 10 }, (_, i) => name(20 + i))]);
    const topical = await listRepositories(octokit, ORG, { includeArchived: false, includeForks: false, repos: [], topics: ['PAYMENTS', 'staging'] });
    expect(topical.repositories.map((r) => r.name)).toEqual(['repo-00', 'repo-05', 'repo-10', 'repo-15', 'repo-20', 'repo-25']);
    expect(topical.listing.filtered.topic).toBe(24);
  });

  it('the client is read-only and stays on the API endpoint: a write, or a URL on another host, is refused before sending', async () => {
    const { octokit } = githubClient({ token: TOKEN, env, uploads: false, note: () => {} });
    const from = recorded.length;
    await expect(octokit.request('DELETE /repos/{owner}/{repo}', { owner: ORG, repo: 'repo-00' })).rejects.toThrow(/refused: DELETE/);
    await expect(octokit.request('POST /repos/{owner}/{repo}/code-scanning/sarifs', { owner: ORG, repo: 'repo-00', commit_sha: 'x', ref: 'refs/heads/main', sarif: '' })).rejects.toThrow(
      /refused: POST/,
    );
    await expect(octokit.request(`GET ${evil.url}/user`)).rejects.toThrow(/not the GitHub API endpoint/);
    expect(recorded.slice(from)).toEqual([]);
    const uploading = githubClient({ token: TOKEN, env, uploads: true, note: () => {} }).octokit;
    await expect(uploading.request('PATCH /repos/{owner}/{repo}', { owner: ORG, repo: 'repo-00' })).rejects.toThrow(/refused: PATCH/);
  });

  it('an unreachable endpoint is one usage line saying the network is down, with no retry', async () => {
    const { octokit } = githubClient({ token: TOKEN, env: { ABR_ENDPOINT_GITHUB: 'http://127.0.0.1:9' }, uploads: false, note: () => {}, retryBaseMs: 1 });
    const listing = listRepositories(octokit, ORG, { includeArchived: false, includeForks: false, repos: [], topics: [] });
    await expect(listing).rejects.toBeInstanceOf(UsageError);
    await expect(listing).rejects.toThrow(/^cannot reach the GitHub API at http:\/\/127\.0\.0\.1:9 \(bad port\): no network\?$/);
  });

  it('a tarball redirect may only go to codeload.github.com, or to the configured endpoint and download hosts', () => {
    expect(downloadAllowed(new URL('https://codeload.github.com/a/b/legacy.tar.gz/x'), {})).toBe(true);
    expect(downloadAllowed(new URL('http://codeload.github.com/a/b'), {})).toBe(false);
    expect(downloadAllowed(new URL('https://evil.example/a/b'), {})).toBe(false);
    expect(downloadAllowed(new URL('https://codeload.github.com.evil.example/a'), {})).toBe(false);
    const ghes = { ABR_ENDPOINT_GITHUB: 'https://ghe.corp.example/api/v3' };
    expect(downloadAllowed(new URL('https://ghe.corp.example/_codeload/a/b'), ghes)).toBe(true);
    expect(downloadAllowed(new URL('https://codeload.ghe.corp.example/a/b'), ghes)).toBe(true);
    expect(downloadAllowed(new URL('https://codeload.github.com/a/b'), ghes)).toBe(false);
    expect(downloadAllowed(new URL(`${org.codeload.url}/a`), env)).toBe(true);
    expect(downloadAllowed(new URL(`${evil.url}/a`), env)).toBe(false);
  });
});

describe('tarball guards', () => {
  const limits = { ...DEFAULT_LIMITS };
  const scanGz = (gz: Buffer) => scanArchive(Readable.from([gz]), 'acme/x', { limits });

  it('traversal, absolute paths, entries outside the top folder, links and special files are skipped and counted; the rest is read', async () => {
    const top = 'acme-x-0123456';
    const t = await tarball([
      { header: { name: `${top}/`, type: 'directory' } },
      { header: { name: `${top}/../escape.env` }, body: `GITHUB_TOKEN=${UNIQUE[3]}\n` },
      { header: { name: `${top}/a/../../b.env` }, body: `GITHUB_TOKEN=${UNIQUE[3]}\n` },
      { header: { name: `/abs.env` }, body: `GITHUB_TOKEN=${UNIQUE[5]}\n` },
      { header: { name: `C:\\win.env` }, body: `GITHUB_TOKEN=${UNIQUE[5]}\n` },
      { header: { name: `elsewhere/.env` }, body: `GITHUB_TOKEN=${UNIQUE[7]}\n` },
      { header: { name: `${top}/sym`, type: 'symlink', linkname: '../../etc/shadow' } },
      { header: { name: `${top}/hard`, type: 'link', linkname: '/etc/shadow' } },
      { header: { name: `${top}/dev`, type: 'character-device' } },
      { header: { name: `${top}/node_modules/x/.env` }, body: `GITHUB_TOKEN=${UNIQUE[9]}\n` },
      { header: { name: `${top}/node_modules/y/.env` }, body: `GITHUB_TOKEN=${UNIQUE[9]}\n` },
      { header: { name: `${top}/big.txt` }, body: Buffer.alloc(6 * 1024 * 1024, 'a') },
      { header: { name: `${top}/ok/.env` }, body: `GITHUB_TOKEN=${HOSTILE}\n` },
    ]);
    const r = await scanGz(t);
    expect(r.findings.map((f) => [f.path, f.secret === HOSTILE])).toEqual([['ok/.env', true]]);
    expect(r.archive).toEqual({ 'path-traversal': 2, 'absolute-path': 2, 'outside-root': 1, hardlink: 1, 'special-file': 1 });
    expect(r.summary.skipped).toMatchObject({ symlink: 1, 'dependency-folder': 1, 'too-large': 1 });
    expect(r.summary.filesRead).toBe(1);
    expect(r.truncated).toBeUndefined();
  });

  it('an entry declaring an absurd size stops the archive before its bytes are drained; what came before stands', async () => {
    const top = 'acme-x-0123456';
    const t = await tarball([
      { header: { name: `${top}/.env` }, body: `GITHUB_TOKEN=${UNIQUE[11]}\n` },
      { header: { name: `${top}/huge`, size: 3, pax: { size: String(5 * 2 ** 40) } } as never, body: 'abc' },
    ]);
    const r = await scanGz(t);
    expect(r.truncated).toBe('absurd-size');
    expect(r.archive['absurd-size']).toBe(1);
    expect(r.findings).toHaveLength(1);
  });

  it('a compression bomb is stopped by the ratio guard, and a repository past --max-repo-size is cut', async () => {
    const bomb = await repoTarball('acme', 'x', { '.env': `GITHUB_TOKEN=${UNIQUE[12]}\n`, 'zeros.txt': Buffer.alloc(80 * 1024 ** 2) });
    const started = process.memoryUsage().rss;
    const r = await scanGz(bomb);
    expect(r.truncated).toBe('compression-bomb');
    expect(r.findings).toHaveLength(1);
    // Drained, never held: well under the 80 MiB it expands to.
    expect(process.memoryUsage().rss - started).toBeLessThan(60 * 1024 ** 2);
    const many = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`f${i}.txt`, 'x'.repeat(80_000)]));
    const capped = await scanArchive(Readable.from([await repoTarball('acme', 'x', { ...many, 'z.env': `GITHUB_TOKEN=${UNIQUE[12]}\n` })]), 'acme/x', { limits: { ...limits, maxRepoBytes: 200_000 } });
    expect(capped.truncated).toBe('archive-too-large');
  });

  it('entryVerdict strips the top folder and refuses what is not a regular file inside it', () => {
    const root: { dir?: string } = {};
    expect(entryVerdict({ name: 'acme-r-1/', type: 'directory' }, root)).toEqual({ ignore: true });
    expect(entryVerdict({ name: 'acme-r-1/./a//b.txt' }, root)).toEqual({ path: 'a/b.txt' });
    expect(entryVerdict({ name: 'acme-r-1/a\0b' }, root)).toEqual({ skip: 'invalid-path' });
    expect(entryVerdict({ name: 'acme-r-1\\..\\x' }, root)).toEqual({ skip: 'path-traversal' });
    expect(entryVerdict({ name: 'acme-r-1/p', type: 'block-device' }, root)).toEqual({ skip: 'special-file' });
  });
});

describe('audit --org against the stand-in', () => {
  let first: { code: number | null; stdout: string; stderr: string };
  let report: OrgReport;
  const A = dir('full');

  beforeAll(async () => {
    world.secondaryLimits = 1;
    const from = recorded.length;
    first = await audit(['--output-dir', A, '--fail-on', 'critical']);
    report = readReport(A);
    codeloadRequests = recorded.slice(from).filter((r) => r.provider === 'github-codeload');
    evilRequests = recorded.slice(from).filter((r) => r.provider === 'not-codeload').length;
  }, 60_000);
  let codeloadRequests: typeof recorded = [];
  let evilRequests = 0;

  it('scans every selected repository, reports failures and skips, and exits by --fail-on', () => {
    expect(first.stderr).not.toMatch(/Error|at .*\.js:\d+/);
    expect(first.code).toBe(1);
    const rs = report.summary.repositories;
    expect(rs).toEqual({ listed: 32, selected: 30, assigned: 30, scanned: 27, failed: 2, skipped: 1, truncated: 2 });
    const byName = Object.fromEntries(report.repositories.map((r) => [r.fullName, r]));
    expect(byName['acme/repo-13'].status).toBe('failed');
    expect(byName['acme/repo-13'].reason).toMatch(/HTTP 503/);
    expect(byName['acme/repo-15'].status).toBe('failed');
    expect(byName['acme/repo-15'].reason).toMatch(/refused: tarball redirect to 127\.0\.0\.1:\d+/);
    expect(byName['acme/repo-14']).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/empty/) });
    expect(byName['acme/repo-11'].truncated).toBe('absurd-size');
    expect(byName['acme/repo-12'].truncated).toBe('compression-bomb');
    expect(byName['acme/repo-08'].summary!.archive).toEqual({ 'path-traversal': 1, 'absolute-path': 1, hardlink: 1, 'special-file': 1, 'outside-root': 1 });
    expect(byName['acme/repo-08'].summary!.skipped.symlink).toBe(1);
    expect(byName['acme/repo-07'].summary!.skipped.binary).toBe(2);
    expect(byName['acme/repo-20'].summary!.skipped['dependency-folder']).toBe(1);
    expect(byName['acme/repo-05'].environment).toBe('staging');
    expect(report.listing.filtered).toEqual({ archived: 1, forks: 1, disabled: 0, repo: 0, topic: 0 });
    expect(first.stdout).toMatch(/27 of 30 repositories scanned \(2 failed, 1 skipped\)/);
    expect(first.stdout).toMatch(/failed: acme\/repo-13/);
  });

  it('each secret once: the token in two repositories is one credential with both places, ranked first', () => {
    const shared = report.risks.filter((r) => r.shared);
    expect(shared.map((r) => r.repositories)).toEqual([
      ['acme/repo-05', 'acme/repo-06'],
      ['acme/repo-03', 'acme/repo-17'],
    ]);
    const gh = shared[1];
    expect(gh.locations.map((l) => `${l.repository}:${l.path}:${l.line}`)).toEqual(['acme/repo-03:.env:1', 'acme/repo-17:config/settings.yml:2']);
    expect(gh.redacted).toBe(SHARED.slice(0, 8) + '…');
    // Shared *and* production from non-production outranks shared alone, which outranks the rest.
    expect(report.risks[0]).toMatchObject({ shared: true, productionFromNonProduction: true, provider: 'railway' });
    expect(report.risks[1]).toMatchObject({ shared: true, fingerprint: gh.fingerprint });
    expect(report.risks.map((r) => r.rank)).toEqual(report.risks.map((_, i) => i + 1));
    const fps = report.risks.map((r) => r.fingerprint);
    expect(new Set(fps).size).toBe(fps.length);
    expect(report.summary.secrets).toBe(report.risks.length + report.revoked.length);
    expect(report.summary.shared).toBe(2);
    expect(report.summary.productionFromNonProduction).toBeGreaterThanOrEqual(1);
    expect(report.summary.byRule.ABR005).toBe(1);
  });

  it('writes one SARIF per scanned repository, URIs relative to the repository root, the commit named', () => {
    const sarif = sarifOf(A);
    const scanned = report.repositories.filter((r) => r.status === 'scanned');
    expect(Object.keys(sarif).sort()).toEqual(scanned.map((r) => `acme/${r.fullName.split('/')[1]}.sarif`).sort());
    const log = JSON.parse(sarif['acme/repo-17.sarif']);
    const run = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(run.versionControlProvenance[0]).toMatchObject({ revisionId: shaOf(ORG, 'repo-17'), branch: 'main' });
    expect(run.originalUriBaseIds.ROOT.uri).toBe(`https://github.example/acme/repo-17/blob/${shaOf(ORG, 'repo-17')}/`);
    expect(run.results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri)).toContain(
      'config/settings.yml',
    );
    const empty = JSON.parse(sarif['acme/repo-01.sarif']);
    expect(empty.runs[0].results).toEqual([]);
  });

  it('the Markdown report ranks, counts and lists what was not scanned', () => {
    const md = readFileSync(join(A, 'org-report.md'), 'utf8');
    expect(md).toMatch(/^# agent-blast-radius audit: acme/);
    expect(md).toMatch(/\| 1 \| Railway .*\*\*shared\*\* \*\*prod from non-prod\*\*/);
    expect(md).toMatch(/\| acme\/repo-13 \| failed \| tarball download: HTTP 503/);
    expect(md).toMatch(/\| acme\/repo-12 \| truncated \| archive guard: compression-bomb/);
    expect(md).toMatch(/\| compression-bomb \| 1 \|/);
    expect(toOrgMarkdown(report).length).toBeLessThan(1024 * 1024);
  });

  it('the map (org-report.html) groups files by repository and holds the shared Railway token', () => {
    const html = readFileSync(join(A, 'org-report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Blast radius of the acme organisation</title>');
    const map = orgMap(report);
    expect(map.grouping).toBe('repository');
    expect(map.nodes.filter((n) => n.kind === 'group').every((n) => /^acme\/repo-\d+$/.test(n.label))).toBe(true);
    const railway = map.credentials.find((c) => c.provider === 'railway')!;
    expect(new Set(railway.locations.map((l) => l.group)).size).toBeGreaterThan(1);
  });

  it('the download host never sees the token, the refused host sees nothing, and no output holds a secret or the token', () => {
    expect(codeloadRequests.length).toBeGreaterThanOrEqual(27);
    for (const r of codeloadRequests) expect(r.headers.authorization).toBeUndefined();
    expect(evilRequests).toBe(0);
    const everything = [first.stdout, first.stderr, ...Object.values(filesUnder(A))].join('\n');
    for (const s of [TOKEN, ...SECRETS]) {
      expect(everything.includes(s)).toBe(false);
      expect(everything.includes(Buffer.from(s).toString('base64'))).toBe(false);
    }
  });

  it('an interrupted audit resumes from its checkpoint — killed at random points, mid-write included — refetches only what was in flight, and loses no result', async () => {
    const R = dir('resumed');
    const slow = { ...env };
    world.downloadDelayMs = 60;
    const kills: string[] = [];
    try {
      for (let k = 0; k < 3; k++) {
        const before = finishedIn(R);
        const from = recorded.length;
        // A random point of progress (load makes wall-clock points meaningless): after n downloads began, plus up to 80 ms.
        const n = k === 0 ? 0 : 1 + Math.floor(Math.random() * 12);
        const extra = Math.floor(Math.random() * 80);
        kills.push(`${n} downloads + ${extra} ms`);
        await killAfter(['--concurrency', '2', '--output-dir', R], slow, () => codeloadFetches(from).length >= n, extra);
        // Nothing a previous run finished was fetched again.
        expect(
          codeloadFetches(from).filter((r) => before.has(r)),
          `kill ${k}: ${kills[k]}`,
        ).toEqual([]);
        finishedIn(R); // the snapshot always parses
      }
      // Mid-write: the checkpoint pauses halfway through its temporary file; the kill lands there.
      const before = finishedIn(R);
      await killMidWrite(['--concurrency', '2', '--output-dir', R], slow);
      // The previous checkpoint survives whole (or, if this was the first write, there is none yet).
      if (existsSync(join(R, 'checkpoint.json'))) expect(finishedIn(R)).toEqual(before);
      else expect(before.size).toBe(0);
      expect(readdirSync(R).some((f) => f.endsWith('.tmp'))).toBe(true);
    } finally {
      world.downloadDelayMs = 0;
    }
    const before = finishedIn(R);
    const from = recorded.length;
    const last = await audit(['--concurrency', '2', '--output-dir', R, '--fail-on', 'none']);
    expect(last.code, last.stderr).toBe(0);
    expect(codeloadFetches(from).filter((r) => before.has(r))).toEqual([]);
    // Finished: one snapshot, no temporary, no journal.
    expect(readdirSync(R).filter((f) => f.startsWith('checkpoint.json'))).toEqual(['checkpoint.json']);
    expect(normal(readReport(R)), `kills at ${kills.join(', ')}`).toEqual(normal(report));
    expect(sarifOf(R)).toEqual(sarifOf(A));
  }, 120_000);

  it('--shard i/n slices partition the repositories exactly, and merge of all shards equals the unsharded run', async () => {
    const shards = [1, 2, 3].map((i) => dir(`shard-${i}`));
    const runs = await Promise.all(shards.map((d, i) => audit(['--shard', `${i + 1}/3`, '--output-dir', d, '--fail-on', 'none'])));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const parts = shards.map((d) => readReport(d).repositories.map((r) => r.fullName));
    const all = parts.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(report.repositories.map((r) => r.fullName).sort());
    for (const p of parts) expect(p.length).toBeGreaterThan(0);
    for (const [i, d] of shards.entries()) expect(readReport(d).shards).toEqual([{ index: i + 1, count: 3 }]);

    const M = dir('merged');
    const merged = await runCli(['merge', ...shards, '--output-dir', M, '--fail-on', 'critical']);
    expect(merged.code, merged.stderr).toBe(1);
    const m = readReport(M);
    expect(m.shards).toEqual([1, 2, 3].map((index) => ({ index, count: 3 })));
    expect(m.missingShards).toEqual([]);
    expect(normal(m)).toEqual(normal(report));
    expect(sarifOf(M)).toEqual(sarifOf(A));
    expect(readFileSync(join(M, 'org-report.md'), 'utf8')).toBe(readFileSync(join(A, 'org-report.md'), 'utf8'));

    // The folder the artifacts were downloaded to works as well; a missing shard is said, not hidden.
    const downloads = dir('downloads');
    for (const [i, d] of shards.slice(0, 2).entries()) cpSync(d, join(downloads, `audit-shard-${i + 1}`), { recursive: true });
    const partial = await runCli(['merge', downloads, '--output-dir', dir('partial'), '--fail-on', 'none']);
    expect(partial.code).toBe(0);
    expect(partial.stderr).toMatch(/shards 3 of 3 are missing/);
    expect(readReport(dir('partial')).missingShards).toEqual([3]);
    expect(readFileSync(join(dir('partial'), 'org-report.md'), 'utf8')).toMatch(/Incomplete/);
  }, 60_000);
});

describe('checkpoint', () => {
  const record = (n: string) => ({ fullName: `acme/${n}`, status: 'scanned' as const, defaultBranch: 'main', occurrences: [] });

  it('a journal line torn by a kill is ignored, replaying twice changes nothing, and the journal folds into the snapshot', () => {
    const d = dir('checkpoint-unit');
    const cp = new Checkpoint(join(d, 'checkpoint.json'));
    const { state, resumed } = cp.load('k', 'acme', null);
    expect(resumed).toBe(false);
    for (const n of ['a', 'b', 'c']) {
      state.repositories[`acme/${n}`] = record(n);
      cp.record(state, record(n));
    }
    const journal = readFileSync(cp.journal, 'utf8');
    writeFileSync(cp.journal, journal + journal.split('\n')[0].slice(0, 40));
    const again = new Checkpoint(cp.path).load('k', 'acme', null);
    expect(again.resumed).toBe(true);
    expect(Object.keys(again.state.repositories).sort()).toEqual(['acme/a', 'acme/b', 'acme/c']);
    expect(existsSync(cp.journal)).toBe(false);
    const twice = JSON.parse(readFileSync(cp.path, 'utf8')) as AuditState;
    expect(replay(twice, journal)).toBe(3);
    expect(twice).toEqual(again.state);
    expect(() => new Checkpoint(cp.path).load('other', 'acme', null)).toThrow(/belongs to another audit/);
    writeFileSync(cp.path, '{"version": 1, "repositories": ');
    expect(() => new Checkpoint(cp.path).load('k', 'acme', null)).toThrow(/is not a checkpoint/);
  });
});

describe('shards', () => {
  it('assign every name to exactly one shard, stably', () => {
    const names = Array.from({ length: 1000 }, (_, i) => `acme/r${i}`);
    for (const n of [1, 2, 3, 7]) {
      const counts = new Array(n).fill(0);
      for (const x of names) {
        const owners = Array.from({ length: n }, (_, i) => inShard(x, { index: i + 1, count: n })).filter(Boolean).length;
        expect(owners).toBe(1);
        counts[shardOf(x, n) - 1]++;
      }
      for (const c of counts) expect(c).toBeGreaterThan((1000 / n) * 0.8);
    }
    expect(shardOf('acme/r1', 4)).toBe(shardOf('ACME/R1', 4));
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'x', '1-4']) expect(() => parseShard(bad)).toThrow();
  });

  it('merge refuses reports of different organisations or splits, and a shard given twice', () => {
    const base = {
      kind: 'agent-blast-radius/org-report',
      org: 'acme',
      shards: [{ index: 1, count: 2 }],
      repositories: [],
      risks: [],
      revoked: [],
      listing: { listed: 0, selected: 0, filtered: {} },
    } as unknown as OrgReport;
    expect(() => mergeAudits([base, { ...base, org: 'other' }], '')).toThrow(/different organisations/);
    expect(() => mergeAudits([base, { ...base, shards: [{ index: 2, count: 3 }] }], '')).toThrow(/different splits/);
    expect(() => mergeAudits([base, base], '')).toThrow(/given twice/);
  });
});

describe('--upload-sarif', () => {
  it('sends each repository’s SARIF to code scanning with the scanned commit and ref, gzipped and base64-encoded', async () => {
    const U = dir('upload');
    // Two repositories: Octokit spaces writes a second apart (its guard against secondary rate limits).
    const r = await audit(['--repo', 'repo-0[23]', '--upload-sarif', '--output-dir', U, '--fail-on', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(org.uploads.map((u) => u.repo).sort()).toEqual(['acme/repo-02', 'acme/repo-03']);
    for (const u of org.uploads) {
      const name = u.repo.split('/')[1];
      expect(u).toMatchObject({ commit_sha: shaOf(ORG, name), ref: 'refs/heads/main', authorization: `token ${TOKEN}` });
      const sent = gunzipSync(Buffer.from(u.sarif, 'base64')).toString('utf8');
      expect(sent).toBe(readFileSync(join(U, 'sarif', 'acme', `${name}.sarif`), 'utf8'));
    }
    const rec = readReport(U).repositories.find((x) => x.fullName === 'acme/repo-03')!;
    expect(rec.upload?.id).toMatch(/^upload-\d+$/);
  });
});

describe('resolution', () => {
  it('resolves each unique secret once per run, however many repositories hold it', async () => {
    const railway = await startRailway({
      projectTokens: {},
      accountTokens: { [RAILWAY]: { id: 'u1', email: 'ops@acme.example', workspaceIds: ['w1'] } },
      workspaceTokens: {},
      workspaces: [{ id: 'w1', name: 'Acme', projectIds: ['p1'] }],
      projects: [
        {
          id: 'p1',
          name: 'api',
          environments: [
            { id: 'e1', name: 'production' },
            { id: 'e2', name: 'staging' },
          ],
          volumes: [{ id: 'v1', name: 'pg', instances: [{ environmentId: 'e1', mountPath: '/data' }] }],
        },
      ],
    });
    try {
      const asked = (from: number) => recorded.slice(from).filter((r) => r.provider === 'railway').length;
      let from = recorded.length;
      await scan({ ...scanDefaults, offline: false, root: workspace({ '.env.staging': `RAILWAY_API_TOKEN=${RAILWAY}\n` }), env: { ...NO_NETWORK, ABR_ENDPOINT_RAILWAY: railway.url } });
      const once = asked(from);
      expect(once).toBeGreaterThan(0);
      from = recorded.length;
      const r = await runCli(
        ['audit', '--org', ORG, '--repo', 'repo-0[56]', '--no-resolve', 'github', '--concurrency', '2', '--output-dir', dir('online'), '--fail-on', 'none'],
        standinEnv({ ABR_ENDPOINT_RAILWAY: railway.url }),
      );
      expect(r.code, r.stderr).toBe(0);
      expect(asked(from)).toBe(once);
      expect(r.stderr).toMatch(/asking providers, read-only/);
      const risk = readReport(dir('online')).risks[0];
      expect(risk).toMatchObject({ provider: 'railway', shared: true, repositories: ['acme/repo-05', 'acme/repo-06'] });
      expect(risk.scope.resolution).toBe('online');
    } finally {
      await railway.close();
    }
  });
});

describe('the CLI', () => {
  it('usage errors exit 2 with one line', async () => {
    const bare = { ...NO_NETWORK };
    const usage = async (argv: string[], e: NodeJS.ProcessEnv = bare) => {
      const r = await runCli(argv, e);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
      return r.stderr;
    };
    expect(await usage(['audit'])).toMatch(/audit needs --org NAME/);
    expect(await usage(['audit', '--org', ORG])).toMatch(/needs a GitHub token/);
    expect(await usage(['audit', '--org', ORG, '--shard', '4/3'], { GITHUB_TOKEN: 'x' })).toMatch(/shard 4 of 3 does not exist/);
    expect(await usage(['audit', '--org', 'a/b'], { GITHUB_TOKEN: 'x' })).toMatch(/not an organisation name/);
    expect(await usage(['audit', '--org', ORG, '--bogus'])).toMatch(/bogus/);
    expect(await usage(['audit', '--org', ORG, '--concurrency', '0'], { GITHUB_TOKEN: 'x' })).toMatch(/--concurrency/);
    expect(await usage(['merge'])).toMatch(/merge needs the output folders/);
    expect(await usage(['merge', dir('nowhere')])).toMatch(/no such directory/);
    expect(await usage(['--quiet', 'audit'])).toMatch(/audit must come first/);
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/agent-blast-radius audit --org NAME/);
    expect((await runCli(['audit', '--help'])).stdout).toMatch(/--shard I\/N/);
    const missing = await runCli(['audit', '--org', 'nobody', '--offline', '--output-dir', dir('nobody')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/organisation "nobody" not found/);
    const other = await runCli(['audit', '--org', ORG, '--offline', '--output-dir', dir('full'), '--repo', 'x']);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/belongs to another audit/);
  });

  it('without a network: one line that says so and a hint, no retries, no HTTP 500', async () => {
    const down = await runCli(['audit', '--org', ORG, '--offline', '--output-dir', dir('down')], { GITHUB_TOKEN: TOKEN, ABR_ENDPOINT_GITHUB: 'http://127.0.0.1:9' });
    expect(down.code).toBe(2);
    expect(down.stderr).toBe(
      `agent-blast-radius: cannot reach the GitHub API at http://127.0.0.1:9 (bad port): no network?\nhint: check the connection, or ABR_ENDPOINT_GITHUB for GitHub Enterprise Server\n`,
    );
  });

  it('the example workflow’s commands run end to end against the stand-in and merge to the unsharded result', async () => {
    const wf = parseYaml(readFileSync(join(ROOT, 'examples/workflows/org-audit.yml'), 'utf8'));
    expect(wf.on.schedule[0].cron).toBeTruthy();
    const shards: number[] = wf.jobs.audit.strategy.matrix.shard;
    expect(wf.jobs.merge.needs).toBe('audit');
    const uses = (job: string) => wf.jobs[job].steps.map((s: { uses?: string }) => s.uses ?? '').join(' ');
    expect(uses('audit')).toMatch(/actions\/upload-artifact/);
    expect(uses('merge')).toMatch(/actions\/download-artifact/);
    const expr = (s: string, shard?: number) =>
      s.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, e: string) => ({ 'steps.app-token.outputs.token': TOKEN, 'github.repository_owner': ORG, 'matrix.shard': String(shard) })[e] ?? '');
    const sh = (cmd: string, cwd: string, stepEnv: NodeJS.ProcessEnv) => {
      const line = cmd.replace(/npx --yes agent-blast-radius@1/g, `node ${BIN}`);
      const r = spawnSync('bash', ['-euo', 'pipefail', '-c', line], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, ...NO_NETWORK, ...env, ...stepEnv } });
      expect(r.status, `${line}\n${r.stderr}`).toBe(0);
    };
    const work = dir('workflow');
    await Promise.all(
      shards.map(async (shard) => {
        const cwd = join(work, `runner-${shard}`);
        mkdirSync(cwd, { recursive: true });
        for (const step of wf.jobs.audit.steps.filter((s: { run?: string }) => s.run)) {
          const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expr(String(v), shard)]));
          await new Promise<void>((resolve, reject) => {
            const line = expr(step.run, shard).replace(/npx --yes agent-blast-radius@1/g, `node ${BIN}`);
            const child = spawn('bash', ['-euo', 'pipefail', '-c', line], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...NO_NETWORK, ...env, ...stepEnv } });
            let err = '';
            child.stderr.on('data', (d) => (err += d));
            child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${line}: ${code}\n${err}`))));
          });
        }
        // actions/upload-artifact + download-artifact with a pattern: one folder per artifact.
        const upload = wf.jobs.audit.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-artifact'));
        cpSync(join(cwd, upload.with.path), join(work, 'merge-runner', 'shards', expr(upload.with.name, shard)), { recursive: true });
      }),
    );
    const summary = join(work, 'summary.md');
    writeFileSync(summary, '');
    const mergeCwd = join(work, 'merge-runner');
    for (const step of wf.jobs.merge.steps.filter((s: { run?: string }) => s.run)) {
      const line = expr(step.run);
      // The merge step exits 1 when a critical credential is found, as it should here.
      if (/ merge /.test(line)) {
        const r = spawnSync('bash', ['-c', line.replace(/npx --yes agent-blast-radius@1/g, `node ${BIN}`)], {
          cwd: mergeCwd,
          encoding: 'utf8',
          env: { PATH: process.env.PATH, HOME: process.env.HOME },
        });
        expect(r.status, r.stderr).toBe(1);
      } else sh(line, mergeCwd, { GITHUB_STEP_SUMMARY: summary });
    }
    const merged = readReport(join(mergeCwd, 'merged'));
    expect(merged.shards.map((s) => s.index)).toEqual(shards);
    // The workflow resolves online (here: every provider at a closed port, GitHub at the stand-in): the same run unsharded.
    const U = dir('workflow-unsharded');
    const unsharded = await runCli(['audit', '--org', ORG, '--output-dir', U, '--fail-on', 'none']);
    expect(unsharded.code, unsharded.stderr).toBe(0);
    expect(normal(merged)).toEqual(normal(readReport(U)));
    expect(merged.repositories.map((r) => r.fullName)).toEqual(readReport(dir('full')).repositories.map((r) => r.fullName));
    expect(readFileSync(summary, 'utf8')).toMatch(/# agent-blast-radius audit: acme/);
  }, 90_000);
});

// ——— helpers that drive the CLI as a process ———

/** Repositories a resumed run must not fetch again: the snapshot plus the journal, as the CLI reads them. */
function finishedIn(d: string): Set<string> {
  const p = join(d, 'checkpoint.json');
  if (!existsSync(p)) return new Set();
  const state = JSON.parse(readFileSync(p, 'utf8')) as AuditState;
  if (existsSync(`${p}.journal`)) replay(state, readFileSync(`${p}.journal`, 'utf8'));
  return new Set(
    Object.entries(state.repositories)
      .filter(([, r]) => r.status !== 'failed')
      .map(([n]) => n),
  );
}

function spawnAudit(args: string[], e: NodeJS.ProcessEnv) {
  return spawn(process.execPath, [BIN, 'audit', '--org', ORG, '--offline', '--fail-on', 'none', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...NO_NETWORK, ...e },
    stdio: 'ignore',
  });
}

async function killAfter(args: string[], e: NodeJS.ProcessEnv, ready: () => boolean, extraMs: number): Promise<void> {
  const child = spawnAudit(args, e);
  let exited = false;
  const closed = new Promise((r) => child.on('close', r)).then(() => (exited = true));
  while (!exited && !ready()) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, extraMs));
  child.kill('SIGKILL');
  await closed;
}

async function killMidWrite(args: string[], e: NodeJS.ProcessEnv): Promise<void> {
  const d = args[args.indexOf('--output-dir') + 1];
  const child = spawnAudit(args, { ...e, ABR_TEST_SLOW_CHECKPOINT_WRITE_MS: '3000' });
  let exited = false;
  const closed = new Promise((r) => child.on('close', r)).then(() => (exited = true));
  const temporary = join(d, `checkpoint.json.${child.pid}.tmp`);
  const deadline = Date.now() + 20_000;
  while (!exited && Date.now() < deadline && !existsSync(temporary)) await new Promise((r) => setTimeout(r, 10));
  expect(exited, 'the audit ended before its first checkpoint write').toBe(false);
  child.kill('SIGKILL');
  await closed;
}
