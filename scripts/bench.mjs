#!/usr/bin/env node
// Prints issue 14's table for this machine: start-up (`--version`, an offline scan of examples/pocketos,
// bare `node -e 0` beside them), the packed package's install (time, node_modules size, first scan), and,
// when ../shared/bench exists beside the repository with a tree built by its make-corpus.sh, the scan of
// that tree against ripgrep (its compare.sh: medians, planted credentials found, peak RSS).
// Uses hyperfine when installed, else N runs under /usr/bin/time (or Node's clock); medians throughout,
// with the load average before each row, since a shared machine's figures move with it. Not a test.
//
//   node scripts/bench.mjs [--runs N] [--corpus DIR] [--skip-install] [--before DIR]
//     --corpus DIR     the benchmark tree's folder (default: $ABR_BENCH_CORPUS, else none: row skipped)
//     --skip-install   skip the npm pack + npm install row (it downloads the dependencies)
//     --before DIR     another built checkout (e.g. a worktree of main): its dist/src/bin.js joins the
//                      start-up batch, so before and after are measured under the same load
// Run `npm run build` first: it times bin/agent-blast-radius.js (the package's command, which runs the
// dist/cli/ bundle and answers --version itself) and dist/src/bin.js.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: opts } = parseArgs({ options: { runs: { type: 'string', default: '10' }, corpus: { type: 'string' }, 'skip-install': { type: 'boolean' }, before: { type: 'string' } } });
const RUNS = Number(opts.runs);
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const HYPERFINE = has('hyperfine');
const GNU_TIME = existsSync('/usr/bin/time');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sh = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Each command's median wall seconds and CPU seconds (user + system: hyperfine's mean, else the median),
 * run in the same batch. CPU time moves less than wall time when other jobs share the machine.
 */
function time(commands, { cwd = ROOT, runs = RUNS } = {}) {
  if (HYPERFINE) {
    const out = join(mkdtempSync(join(tmpdir(), 'abr-bench-')), 'times.json');
    // -N: no shell in between; -i: a scan that finds credentials exits 1, which is its answer, not a failure.
    execFileSync('hyperfine', ['-N', '-i', '--warmup', '2', '--runs', String(runs), '--export-json', out, ...commands.map((c) => c.map(sh).join(' '))], {
      cwd,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return JSON.parse(readFileSync(out, 'utf8')).results.map((r) => ({ wall: r.median, cpu: r.user + r.system }));
  }
  const samples = commands.map(() => []);
  const cpu = commands.map(() => []);
  for (let i = 0; i < runs + 1; i++)
    commands.forEach(([cmd, ...args], k) => {
      if (GNU_TIME) {
        const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', cmd, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
        const [e, u, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
        if (i) samples[k].push(e), cpu[k].push(u + sys);
      } else {
        const t0 = process.hrtime.bigint();
        spawnSync(cmd, args, { cwd, stdio: 'ignore' });
        if (i) samples[k].push(Number(process.hrtime.bigint() - t0) / 1e9), cpu[k].push(Number.NaN);
      }
    });
  return samples.map((xs, k) => ({ wall: median(xs), cpu: median(cpu[k]) }));
}

function folderBytes(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) n += folderBytes(p);
    else if (e.isFile()) n += statSync(p).size;
  }
  return n;
}

const rows = [];
const row = (what, figure, target) => {
  rows.push(`| ${what} | ${figure} | ${target} |`);
  console.error(`  ${what}: ${figure}`);
};
const s = (x) => `${x.toFixed(3)} s`;
const t = (x) => `${s(x.wall)}${Number.isNaN(x.cpu) ? '' : ` (CPU ${s(x.cpu)})`}`;
const node = process.execPath;

for (const bin of ['dist/cli/bin.js', 'dist/src/bin.js'])
  if (!existsSync(join(ROOT, bin))) {
    console.error(`${bin} is missing: run npm run build first`);
    process.exit(2);
  }
console.error(`timing with ${HYPERFINE ? 'hyperfine' : GNU_TIME ? '/usr/bin/time' : "Node's clock"}, ${RUNS} runs each; Node ${process.version}, ${process.platform}`);

// The bench tree: ../shared/bench/compare.sh, when the tree and the script are there.
const compare = join(ROOT, '..', 'shared', 'bench', 'compare.sh');
const corpus = opts.corpus ?? process.env.ABR_BENCH_CORPUS;
if (!existsSync(compare)) row('offline scan of the benchmark tree vs ripgrep', 'skipped: ../shared/bench/compare.sh is not beside this repository', '≤ 2×');
else if (!corpus || !existsSync(join(corpus, 'tree')))
  row('offline scan of the benchmark tree vs ripgrep', 'skipped: no tree (build one with ../shared/bench/make-corpus.sh DIR, then --corpus DIR)', '≤ 2×');
else if (!HYPERFINE || !has('rg')) row('offline scan of the benchmark tree vs ripgrep', 'skipped: compare.sh needs hyperfine and ripgrep', '≤ 2×');
else {
  const l = load();
  // compare.sh prints its peak RSS line on stderr (from /usr/bin/time): read both streams.
  const r = spawnSync('bash', [compare, corpus], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  process.stderr.write(r.stderr);
  const out = r.stdout + r.stderr;
  const ratio = /ratio ([\d.]+)/.exec(out);
  const wall = /agent-blast-radius ([\d.]+) s, ripgrep ([\d.]+) s/.exec(out);
  const found = /planted found: (\S+)/.exec(out);
  const other = /flagged[^:]*: (\d+)/.exec(out);
  const rss = /peak RSS: (\d+) KiB/.exec(out);
  row(
    'offline scan of the benchmark tree vs ripgrep (compare.sh, medians)',
    `${wall?.[1]} s vs ${wall?.[2]} s: **${ratio?.[1]}×**, planted found ${found?.[1]}, ${other?.[1]} other lines flagged (load ${l})`,
    '≤ 2×, all found, ≤ 5 others',
  );
  row('peak RSS of that scan', rss ? `${(Number(rss[1]) / 1024).toFixed(0)} MiB` : 'not measured', '≤ 256 MiB');
}

// Start-up, all in one batch so that the machine's load is shared alike.
{
  const l = load();
  const [bare, vBundle, vSrc, sBundle, sSrc] = time([
    [node, '-e', '0'],
    [node, 'bin/agent-blast-radius.js', '--version'],
    [node, 'dist/src/bin.js', '--version'],
    [node, 'bin/agent-blast-radius.js', 'scan', 'examples/pocketos', '--offline', '--quiet'],
    [node, 'dist/src/bin.js', 'scan', 'examples/pocketos', '--offline', '--quiet'],
  ]);
  row(
    'offline scan of `examples/pocketos`, whole process',
    `${t(sBundle)} bin/agent-blast-radius.js (dist/cli/); ${t(sSrc)} unbundled dist/src/; bare \`node -e 0\` ${t(bare)}; load ${l}`,
    '≤ 0.25 s',
  );
  row('`agent-blast-radius --version`', `${t(vBundle)} bin; ${t(vSrc)} dist/src/; load ${l}`, '≤ 0.15 s');
  if (opts.before) {
    // The other checkout's package command when it has one and a bundle to run, else its tsc output.
    const launcher = join(opts.before, 'bin/agent-blast-radius.js');
    const before = existsSync(launcher) && existsSync(join(opts.before, 'dist/cli/bin.js')) ? launcher : join(opts.before, 'dist/src/bin.js');
    const [b0, bv, bs, av, as] = time([
      [node, '-e', '0'],
      [node, before, '--version'],
      [node, before, 'scan', 'examples/pocketos', '--offline', '--quiet'],
      [node, 'bin/agent-blast-radius.js', '--version'],
      [node, 'bin/agent-blast-radius.js', 'scan', 'examples/pocketos', '--offline', '--quiet'],
    ]);
    row(`before (${opts.before}) and after, same batch`, `scan ${t(bs)} → ${t(as)}; --version ${t(bv)} → ${t(av)}; bare node ${t(b0)}; load ${load()}`, '');
  }
}

// npm pack, then npm install of the tarball in an empty folder, then the first scan.
if (opts['skip-install']) row('`npm install` of the packed package, then the first scan', 'skipped (--skip-install)', '≤ 8 s, ≤ 30 MB');
else {
  const dir = mkdtempSync(join(tmpdir(), 'abr-bench-install-'));
  try {
    const l = load();
    const tgz = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop();
    const app = join(dir, 'app');
    execFileSync('mkdir', [app]);
    writeFileSync(join(app, 'package.json'), '{"name":"bench-app","version":"1.0.0","private":true}\n');
    const t0 = process.hrtime.bigint();
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', join(dir, tgz)], { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] });
    const install = Number(process.hrtime.bigint() - t0) / 1e9;
    const t1 = process.hrtime.bigint();
    spawnSync(join(app, 'node_modules/.bin/agent-blast-radius'), ['scan', join(ROOT, 'examples/pocketos'), '--offline', '--quiet'], { cwd: app, stdio: 'ignore' });
    const first = Number(process.hrtime.bigint() - t1) / 1e9;
    const mb = folderBytes(join(app, 'node_modules')) / 1e6;
    const packages = readdirSync(join(app, 'node_modules')).flatMap((n) => (n.startsWith('@') ? readdirSync(join(app, 'node_modules', n)) : n.startsWith('.') ? [] : [n])).length;
    row(
      '`npm install` of the packed package in an empty folder, then the first scan',
      `${s(install)} + ${s(first)}, ${mb.toFixed(1)} MB of node_modules (${packages} packages) (load ${l})`,
      '≤ 8 s, ≤ 30 MB',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`Measured ${new Date().toISOString()}, ${process.platform} ${process.arch}, Node ${process.version}, median of ${RUNS} runs; load average (1, 5, 15 min) per row.\n`);
console.log('| what | this machine | issue 14 target |\n|---|---|---|');
console.log(rows.join('\n'));
