#!/usr/bin/env node
// The hostile suite's content cases at full size (issue 16), timed with the package's command: each input is
// generated in a scratch folder beside a planted GitHub token, scanned offline three times under /usr/bin/time
// (peak memory, CPU) and timed with hyperfine when it is installed (else the median of the three), and printed with
// its wall time and seconds per MB (10^6 bytes). Not a test: figures
// depend on the machine and its load (docs/hostile.md says where each was measured).
//
//   npm run build && node scripts/hostile-bench.mjs [name-regex]      FORMAT=json|sarif|text (default text)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/agent-blast-radius.js');
if (!existsSync(join(ROOT, 'dist/src/detect/fake.js'))) {
  console.error('hostile-bench: run `npm run build` first');
  process.exit(2);
}
if (!existsSync('/usr/bin/time')) {
  console.error('hostile-bench: needs /usr/bin/time (apt-get install time)');
  process.exit(2);
}
const fake = await import(join(ROOT, 'dist/src/detect/fake.js'));
const HYPERFINE = spawnSync('sh', ['-c', 'command -v hyperfine'], { stdio: 'ignore' }).status === 0;
const MB = 1 << 20;
const spaced = (size, item) => {
  let t = '';
  while (t.length < size) t += item();
  return t;
};
const cases = {
  'empty folder': null,
  'base64 after NEON_API_KEY=x (4 MB)': () => `NEON_API_KEY=x${fake.base64(4 * MB)}`,
  "'password=x1y2z3w4 ' x 55,000": () => 'password=x1y2z3w4 '.repeat(55_000),
  'unterminated BEGIN lines (1 MB)': () => '-----BEGIN PRIVATE KEY-----\n'.repeat(MB / 28),
  'unterminated BEGIN on one line (1 MB)': () => '-----BEGIN PRIVATE KEY----- '.repeat(MB / 28),
  'BEGIN then 1 MB of A': () => `-----BEGIN PRIVATE KEY-----\n${'A'.repeat(MB)}`,
  'spaced AKIA ids (1 MB)': () => spaced(MB, () => `${fake.awsKeyId()} `),
  'run of a (1 MB)': () => `password=${'a'.repeat(MB)}`,
  'run of = (1 MB)': () => `password${'='.repeat(MB)}`,
  'run of " (1 MB)': () => `password=${'"'.repeat(MB)}`,
  'run of - (1 MB)': () => `password=${'-'.repeat(MB)}`,
  'run of base64 (1 MB)': () => `secret: ${fake.base64(MB)}`,
  'postgres:// then @: (1 MB)': () => `postgres://${'@:'.repeat(MB / 2)}`,
  'JSON line of escaped quotes (1 MB)': () => `{"token": "${'\\"'.repeat(MB / 2)}"}`,
  'token= repeated (1 MB)': () => 'token='.repeat(MB / 6),
  'spaced token phrases on one line (1 MB)': () => spaced(MB, () => `acme token ${fake.alnum(24)}9 `),
  'PEM blocks on one line (1 MB)': () => `-----BEGIN PRIVATE KEY----- ${'A'.repeat(64)} -----END PRIVATE KEY----- `.repeat(MB / 120),
  'PuTTY headers on one line (1 MB)': () => 'PuTTY-User-Key-File-2: ssh-rsa Encryption: none Private-MAC: 0a1b2c '.repeat(MB / 70),
  // The three with most matches per MB again at four times the size: the cost per MB without the fixed start-up.
  "'password=x1y2z3w4 ' x 220,000 (4 MB)": () => 'password=x1y2z3w4 '.repeat(220_000),
  'spaced AKIA ids (4 MB)': () => spaced(4 * MB, () => `${fake.awsKeyId()} `),
  'spaced token phrases on one line (4 MB)': () => spaced(4 * MB, () => `acme token ${fake.alnum(24)}9 `),
  '10 MiB single line, credential at its end': () => `${'x'.repeat(10 * MB)} GITHUB_TOKEN=${fake.github('ghp_')}\n`,
  '80,000 RAILWAY_API_TOKEN lines (4.4 MB)': () => Array.from({ length: 80_000 }, () => `RAILWAY_API_TOKEN=${fake.uuid()}\n`).join(''),
};
const only = process.argv[2] ? new RegExp(process.argv[2], 'i') : undefined;
const format = process.env.FORMAT ?? 'text';
const scratch = mkdtempSync(join(tmpdir(), 'abr-hostile-bench-'));
try {
  console.log(`| case | size | wall (${HYPERFINE ? 'hyperfine median of 5' : 'median of 3'}) | CPU | peak memory | s per MB | exit |\n|---|---|---|---|---|---|---|`);
  for (const [name, make] of Object.entries(cases)) {
    if (only && !only.test(name)) continue;
    const dir = join(scratch, String(Object.keys(cases).indexOf(name)));
    mkdirSync(dir);
    let size = 0;
    if (make) {
      const text = make();
      size = Buffer.byteLength(text);
      writeFileSync(join(dir, 'hostile.env'), `${text}\nGITHUB_TOKEN=${fake.github('ghp_')}\n`);
    }
    const extra = name.startsWith('10 MiB') ? ['--max-file-size', '20MB'] : [];
    const args = [BIN, 'scan', dir, '--offline', '--no-git-history', '--quiet', '--format', format, ...extra];
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
      const [wall, rss, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
      runs.push({ wall, rss, cpu: user + sys, status: r.status });
    }
    runs.sort((a, b) => a.wall - b.wall);
    const m = runs[1];
    // A run spawned from this process reads 0.1-0.3 s slower than the same command from a shell; hyperfine, when
    // installed, times it as a user runs it (report to /dev/null, median of 5 after a warm-up).
    if (HYPERFINE) {
      const json = join(scratch, 'times.json');
      spawnSync('hyperfine', ['-N', '-i', '--warmup', '1', '--runs', '5', '--export-json', json, [process.execPath, ...args].map((a) => `'${a}'`).join(' ')], { stdio: 'ignore' });
      m.wall = JSON.parse(readFileSync(json, 'utf8')).results[0].median;
    }
    const perMb = size ? (m.wall / (size / 1e6)).toFixed(2) : '';
    console.log(`| ${name} | ${(size / 1e6).toFixed(2)} MB | ${m.wall.toFixed(2)} s | ${m.cpu.toFixed(2)} s | ${Math.round(m.rss / 1024)} MB | ${perMb} | ${m.status} |`);
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
