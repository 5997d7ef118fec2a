// The package's `bin` (bin/agent-blast-radius.js) runs the esbuild bundle in dist/cli/ (scripts/build-cli.mjs); the other tests run the
// unbundled dist/src/bin.js. This builds the bundle from the current sources and checks that it answers
// byte for byte as dist/src/bin.js does: reports, exit codes, the version, and a scan big enough to use
// the worker threads (the worker is its own entry beside the chunks).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../scripts/build-cli.mjs';
import * as fake from '../src/detect/fake.js';
import { BIN, NO_NETWORK, ROOT, workspace } from './helpers.js';

const BUNDLE = join(ROOT, 'dist/cli/bin.js');

function run(bin: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, ...NO_NETWORK, ...env }, cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function same(args: string[], env: NodeJS.ProcessEnv = {}) {
  const bundled = run(BUNDLE, args, env);
  expect(bundled).toEqual(run(BIN, args, env));
  return bundled;
}

describe('bundled CLI (dist/cli/)', () => {
  beforeAll(() => buildCli(), 60_000);

  it('is what the package bin runs', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin).toEqual({ 'agent-blast-radius': 'bin/agent-blast-radius.js' });
    expect(readFileSync(join(ROOT, 'bin/agent-blast-radius.js'), 'utf8')).toContain("new URL('../dist/cli/bin.js', import.meta.url)");
  });

  it('answers --version, --help and a usage error as dist/src/bin.js does', () => {
    expect(same(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    same(['--help']);
    expect(same(['scan', '--format', 'xml']).code).toBe(2);
  });

  it('reports examples/pocketos as dist/src/bin.js does, in every format', () => {
    for (const format of ['text', 'json', 'sarif', 'markdown', 'html']) expect(same(['scan', 'examples/pocketos', '--offline', '--no-color', '--format', format]).code).toBe(1);
  });

  it('loads no globbing package for a scan without --home (fast-glob comes with the home stores, on demand)', () => {
    const dir = join(ROOT, 'dist/cli');
    const entry = readdirSync(dir).find((f) => /^cli-.*\.js$/.test(f) && readFileSync(join(dir, f), 'utf8').includes('// src/cli.ts'));
    expect(entry).toBeDefined();
    // The chunks a scan's command module imports statically, all the way down.
    const loaded = new Map<string, string>();
    const visit = (f: string) => {
      if (loaded.has(f)) return;
      const code = readFileSync(join(dir, f), 'utf8');
      loaded.set(f, code);
      for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(m[1]);
    };
    visit(entry!);
    const code = [...loaded.values()].join('\n');
    expect(code).toContain('// src/walk/git-history.ts');
    expect(code).not.toContain('// node_modules/fast-glob/');
    expect(code).not.toContain('// src/walk/home.ts');
  });

  it('scans on worker threads from the bundle', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 450; i++) files[`pkg${i % 9}/file${i}.txt`] = i % 150 === 7 ? `RAILWAY_API_TOKEN=${fake.uuid()}\n` : `line ${i}\n`;
    const dir = workspace(files);
    const r = same(['scan', dir, '--offline', '--format', 'json'], { ABR_WORKERS: '2' });
    expect(JSON.parse(r.stdout).summary.filesRead).toBe(450);
  });

  // src/pipeline/pool.ts: a worker scan turns TurboFan's inlining off, process-wide, only where the command owns the process.
  it('tunes V8 for its workers in its own process only, never in a program that embeds the library', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 450; i++) files[`pkg${i % 9}/file${i}.txt`] = `line ${i}\n`;
    const dir = workspace(files);
    // A preload that reports each V8 flag change on stderr.
    const spy = join(
      workspace({ 'spy.cjs': "const v8 = require('node:v8'); const set = v8.setFlagsFromString; v8.setFlagsFromString = (f) => { process.stderr.write(`v8 flags: ${f}\\n`); set(f); };\n" }),
      'spy.cjs',
    );
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...NO_NETWORK, ABR_WORKERS: '2' };
    const command = spawnSync(process.execPath, ['-r', spy, join(ROOT, 'bin/agent-blast-radius.js'), 'scan', dir, '--offline', '--format', 'json'], { encoding: 'utf8', env });
    expect(JSON.parse(command.stdout).summary.filesRead).toBe(450);
    expect(command.stderr).toContain('v8 flags: --no-turbo-inlining');
    const library = `import(${JSON.stringify(join(ROOT, 'dist/cli/index.js'))}).then((m) => m.scan({ root: ${JSON.stringify(dir)}, resolve: { offline: true } })).then((r) => console.log(r.summary.filesRead))`;
    const embedded = spawnSync(process.execPath, ['-r', spy, '-e', library], { encoding: 'utf8', env });
    expect(embedded.stdout.trim()).toBe('450');
    expect(embedded.stderr).not.toContain('v8 flags');
  });
});

describe('bundled CLI: the packages it loads on demand', () => {
  beforeAll(() => buildCli(), 60_000);

  // A code-split chunk of a CommonJS package exports only `default` (src/resolve/commonjs.ts): without it the
  // bundle said "sdk.sts.STSClient is not a constructor" where dist/src/bin.js said the endpoint refused.
  it('resolves with the AWS SDK and the database drivers as dist/src/bin.js does', () => {
    const dir = workspace({
      '.env': `AWS_ACCESS_KEY_ID=${fake.awsKeyId()}\nAWS_SECRET_ACCESS_KEY=${fake.awsSecret()}\n`,
      'db.env': ['postgres', 'mysql', 'redis'].map((s) => `${s.toUpperCase()}_URL=${s}://app:${fake.password()}@127.0.0.1:9/app`).join('\n'),
    });
    const r = same(['scan', dir, '--probe-databases', '--format', 'json']);
    const reasons = JSON.stringify(JSON.parse(r.stdout).results.map((x: { scope?: { reason?: string } }) => x.scope?.reason));
    expect(reasons).not.toMatch(/is not a (constructor|function)|Cannot read/);
    expect(reasons).toMatch(/ECONNREFUSED/);
  });
});
