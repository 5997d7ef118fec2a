// ABR_BENCH=1: a 500-repository organisation against the local stand-in — audited as a user would run
// it (the built CLI), killed and resumed, and sharded 4 ways then merged — measuring repositories per
// minute and the CLI's peak resident memory. Skipped by default: it takes minutes.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OrgReport } from '../src/audit/report.js';
import * as fake from '../src/detect/fake.js';
import { BIN, NO_NETWORK, ROOT } from './helpers.js';
import { recorded } from './standins/index.js';
import { repoTarball, startGithubOrg, type OrgRepo } from './standins/github-org.js';

const REPOS = Number(process.env.ABR_BENCH_REPOS ?? 500);

// A source file as repositories hold them: code with a few identifiers that vary.
const template = (id: string) =>
  `import { request } from './http.js';\n\n/** ${id}: fetches and caches. */\nexport async function load_${id}(key, opts = {}) {\n  const cached = cache.get(key);\n  if (cached && Date.now() - cached.at < (opts.ttl ?? 60_000)) return cached.value;\n  const res = await request('/api/${id}/' + encodeURIComponent(key), { method: 'GET', headers: { accept: 'application/json' } });\n  if (!res.ok) throw new Error('${id}: HTTP ' + res.status);\n  const value = await res.json();\n  cache.set(key, { at: Date.now(), value });\n  return value;\n}\n`;

async function world(): Promise<OrgRepo[]> {
  fake.reseed(500);
  const sharedPool = Array.from({ length: 10 }, () => fake.github('ghp_'));
  const railway = fake.uuid();
  const repos: OrgRepo[] = [];
  for (let i = 0; i < REPOS; i++) {
    const name = `svc-${String(i).padStart(3, '0')}`;
    const files: Record<string, string> = { 'README.md': `# ${name}\n\nService ${i}.\n`, 'package.json': JSON.stringify({ name, version: '1.0.0' }, null, 2) };
    for (let f = 0; f < 40; f++) files[`src/${['api', 'lib', 'jobs', 'util'][f % 4]}/m${f}.js`] = Array.from({ length: 4 }, () => template(fake.alnum(8))).join('\n');
    if (i % 2 === 0) files['.env'] = `GITHUB_TOKEN=${fake.github('ghp_')}\nAWS_ACCESS_KEY_ID=${fake.awsKeyId()}\nAWS_SECRET_ACCESS_KEY=${fake.awsSecret()}\n`;
    if (i % 10 === 3) files['deploy/ci.env'] = `GH_TOKEN=${sharedPool[i % sharedPool.length]}\n`;
    if (i % 50 === 7) files['.env.staging'] = `RAILWAY_API_TOKEN=${railway}\n`;
    if (i % 25 === 1) files['.cursor/mcp.json'] = JSON.stringify({ mcpServers: { gh: { env: { GITHUB_PERSONAL_ACCESS_TOKEN: fake.github('ghp_') } } } });
    repos.push({ name, topics: i % 3 === 0 ? ['backend'] : [], tarball: await repoTarball('bench', name, files) });
  }
  return repos;
}

interface Measured {
  code: number | null;
  ms: number;
  maxRssKb: number;
}

/** Runs the built CLI, reporting its own peak RSS from process.resourceUsage() at exit (a --require preload). */
function measured(args: string[], env: NodeJS.ProcessEnv, killWhen?: () => boolean): Promise<Measured> {
  const preload = join(tmp, 'rss.cjs');
  if (!existsSync(preload)) writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(2, '\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'));\n");
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', preload, BIN, ...args], { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...NO_NETWORK, ...env } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    let poll: NodeJS.Timeout | undefined;
    if (killWhen) poll = setInterval(() => killWhen() && child.kill('SIGKILL'), 20);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, ms: Date.now() - started, maxRssKb: Number(/maxrss (\d+)/.exec(stderr)?.[1] ?? 0) });
    });
  });
}

let tmp = '';
const readReport = (d: string) => JSON.parse(readFileSync(join(d, 'org-report.json'), 'utf8')) as OrgReport;
const normal = (r: OrgReport) => ({ ...r, generatedAt: '', shards: [], missingShards: [] });

describe.runIf(process.env.ABR_BENCH === '1')(`audit of ${REPOS} repositories`, () => {
  it(
    'completes, resumes after a kill, and merges shards to the same result',
    async () => {
      tmp = mkdtempSync(join(tmpdir(), 'abr-bench-'));
      const t0 = Date.now();
      const repos = await world();
      const built = Date.now() - t0;
      const org = await startGithubOrg({ org: 'bench', repos, pageSize: 100 });
      const env = { GITHUB_TOKEN: fake.github('ghs_'), ABR_ENDPOINT_GITHUB: org.api.url, ABR_ENDPOINT_GITHUB_CODELOAD: org.codeload.url };
      const audit = (args: string[], killWhen?: () => boolean) => measured(['audit', '--org', 'bench', '--offline', '--fail-on', 'none', '--quiet', ...args], env, killWhen);
      try {
        const full = await audit(['--output-dir', join(tmp, 'full')]);
        expect(full.code).toBe(0);
        const report = readReport(join(tmp, 'full'));
        expect(report.summary.repositories.scanned).toBe(REPOS);

        const downloads = (from: number) => recorded.slice(from).filter((r) => r.provider === 'github-codeload').length;
        let from = recorded.length;
        const killed = await audit(['--output-dir', join(tmp, 'resumed')], () => downloads(from) >= Math.floor(REPOS * 0.4));
        expect(killed.code).toBeNull();
        from = recorded.length;
        const resumed = await audit(['--output-dir', join(tmp, 'resumed')]);
        const refetched = downloads(from);
        expect(resumed.code).toBe(0);
        expect(normal(readReport(join(tmp, 'resumed')))).toEqual(normal(report));

        const shardStart = Date.now();
        const shards = await Promise.all([1, 2, 3, 4].map((i) => audit(['--shard', `${i}/4`, '--output-dir', join(tmp, `shard-${i}`)])));
        const shardMs = Date.now() - shardStart;
        for (const s of shards) expect(s.code).toBe(0);
        const merge = await measured(['merge', ...[1, 2, 3, 4].map((i) => join(tmp, `shard-${i}`)), '--output-dir', join(tmp, 'merged'), '--fail-on', 'none'], {});
        expect(merge.code).toBe(0);
        expect(normal(readReport(join(tmp, 'merged')))).toEqual(normal(report));

        const perMinute = (ms: number, n: number) => Math.round((n / ms) * 60_000);
        const results = {
          repositories: REPOS,
          tarballBytes: repos.reduce((n, r) => n + (r.tarball?.length ?? 0), 0),
          filesRead: report.summary.filesRead,
          bytesRead: report.summary.bytesRead,
          secrets: report.summary.secrets,
          worldBuildMs: built,
          unsharded: { ms: full.ms, repositoriesPerMinute: perMinute(full.ms, REPOS), peakRssMiB: Math.round(full.maxRssKb / 1024) },
          killedAfter40Percent: { ms: killed.ms },
          resume: { ms: resumed.ms, refetched, peakRssMiB: Math.round(resumed.maxRssKb / 1024) },
          shards4Parallel: { ms: shardMs, repositoriesPerMinute: perMinute(shardMs, REPOS), peakRssMiB: Math.max(...shards.map((s) => Math.round(s.maxRssKb / 1024))) },
          merge: { ms: merge.ms, peakRssMiB: Math.round(merge.maxRssKb / 1024) },
        };
        console.log(JSON.stringify(results, null, 2));
        writeFileSync(join(tmpdir(), 'abr-audit-bench.json'), JSON.stringify(results, null, 2));
      } finally {
        await org.close();
        rmSync(tmp, { recursive: true, force: true });
      }
    },
    30 * 60_000,
  );
});
