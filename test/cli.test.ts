// End to end, as a user runs it: the built CLI on real folders.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { cli, workspace } from './helpers.js';

describe('scan examples/pocketos (the README command)', () => {
  const r = cli(['scan', 'examples/pocketos']);

  it('exits 1 and reports the Railway account token as root, production reach, destroy and backups', () => {
    expect(r.code).toBe(1);
    const block = r.stdout.split('\n\n').find((b) => b.startsWith('scripts/old/backfill-helpers.sh'))!;
    expect(block).toBeDefined();
    for (const id of ['ABR001', 'ABR002', 'ABR003', 'ABR004']) expect(block).toContain(id);
    expect(block).toContain('volumeDelete');
    expect(block).toMatch(/Inferred from the token's shape and context/);
    expect(block).toContain('project token');
  });

  it('reports the MCP-config token as ABR005 and skips the decoys', () => {
    expect(r.stdout).toMatch(/\.cursor\/mcp\.json\n\s+\d+:\d+\s+ABR005/);
    expect(r.stdout).not.toContain('.env.example');
    expect(r.stdout).not.toContain('deploy.yml');
    expect(r.stdout).not.toContain('docker-compose.yml');
  });

  it('ends with a summary of files read, skipped and results by rule', () => {
    expect(r.stdout).toMatch(/files read: \d+/);
    expect(r.stdout).toMatch(/results: .*ABR001 root-credential 2/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('exit codes and options', () => {
  it('--fail-on decides the exit code', () => {
    expect(cli(['scan', 'examples/pocketos', '--fail-on', 'ABR006']).code).toBe(0);
    expect(cli(['scan', 'examples/pocketos', '--fail-on', 'critical']).code).toBe(1);
    expect(cli(['scan', 'examples/pocketos', '--fail-on', 'ABR005,ABR008']).code).toBe(1);
  });

  it('a clean workspace exits 0', () => {
    const dir = workspace({ 'src/app.js': 'console.log("hello")\n' });
    const r = cli(['scan', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('results: none');
  });

  it.each([
    [['scan', '--format', 'xml', 'examples/pocketos'], /--format must be text, json, sarif, markdown or html/],
    [['scan', 'no/such/dir'], /no such file or directory/],
    [['scan', '--bogus'], /Unknown option '--bogus'/],
    [['scan', '.', '--fail-on', 'severe'], /--fail-on/],
    [['scan', '.', '--max-file-size', 'big'], /is not a size/],
    [['frobnicate'], /unknown command/],
    [[], /no command given/],
  ])('usage error %j → exit 2, one line, no stack', (args, message) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a bad config is exit 2 naming the key', () => {
    const dir = workspace({ '.agent-blast-radius.yml': 'exclude: [ok]\nendpoints:\n  github: http://evil\n' });
    const r = cli(['scan', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('endpoints is not a known setting');
    const dir2 = workspace({ '.agent-blast-radius.yml': 'accept:\n  - fingerprint: abc\n' });
    expect(cli(['scan', dir2]).stderr).toMatch(/accept\.0 must have required property 'reason'/);
    expect(cli(['scan', '.', '--config', 'missing.yml']).code).toBe(2);
  });

  it('--help and --version', () => {
    expect(cli(['--help']).stdout).toContain('--fail-on');
    expect(cli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('--output writes the report and --format json is the same data', () => {
    const dir = workspace({});
    const out = join(dir, 'r.json');
    const r = cli(['scan', 'examples/pocketos', '--format', 'json', '--output', out]);
    expect(r.code).toBe(1);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.results.find((x: { ruleId: string; provider: string }) => x.ruleId === 'ABR001' && x.provider === 'railway')).toBeDefined();
  });

  it('--environment staging makes a staging workspace, and a production file stays production', () => {
    const token = fake.uuid();
    const dir = workspace({ 'notes.txt': `RAILWAY_API_TOKEN=${token}\n`, 'config/.env.production': `RAILWAY_API_TOKEN=${fake.uuid()}\n` });
    const json = JSON.parse(cli(['scan', dir, '--environment', 'staging', '--format', 'json']).stdout);
    const notes = json.results.filter((x: { location: { path: string } }) => x.location.path === 'notes.txt');
    expect(notes.map((x: { ruleId: string }) => x.ruleId)).toContain('ABR002');
    expect(notes[0].environment).toBe('staging');
    const prod = json.results.filter((x: { location: { path: string } }) => x.location.path === 'config/.env.production');
    expect(prod.map((x: { ruleId: string }) => x.ruleId)).not.toContain('ABR002');
    expect(prod[0].environment).toBe('production');
  });

  it('--process-env reads the inherited environment as agent context (ABR005)', () => {
    const dir = workspace({});
    const json = JSON.parse(cli(['scan', dir, '--process-env', '--format', 'json'], { GITHUB_TOKEN: fake.github('ghp_') }).stdout);
    const r = json.results.find((x: { location: { path: string } }) => x.location.path === 'env:GITHUB_TOKEN');
    expect(r.ruleId).toBe('ABR005');
  });

  it('--home reads the credential stores in the home directory', () => {
    const home = workspace({ '.aws/credentials': `[default]\naws_access_key_id = ${fake.awsKeyId()}\naws_secret_access_key = ${fake.awsSecret()}\n`, '.ssh/id_ed25519.pub': 'ssh-ed25519 AAAA' });
    const dir = workspace({});
    const json = JSON.parse(cli(['scan', dir, '--home', '--format', 'json'], { HOME: home }).stdout);
    expect(json.results.map((x: { location: { path: string } }) => x.location.path)).toContain('~/.aws/credentials');
    expect(cli(['scan', dir, '--format', 'json'], { HOME: home }).stdout).not.toContain('~/.aws');
  });
});

describe('what is read and what is skipped', () => {
  it('reads .git/config and gitignored files, skips dependency folders, binaries and large files with counts', () => {
    const token = fake.github('ghp_');
    const dir = workspace({
      '.gitignore': '.env\n',
      '.env': `GITHUB_TOKEN=${fake.github('ghp_')}\n`,
      'node_modules/pkg/index.js': `const t = "${token}";\n`,
      'dist/bundle.js': 'x',
      'logo.png': 'PNG',
      'data.bin.txt': 'a\0b',
      'big.txt': 'x'.repeat(2048),
      '.git/objects/ab/cdef': `${fake.github('ghp_')}`,
    });
    // git does not track a nested .git/config, so the fixture is built here.
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, '.git/config'), `[remote "origin"]\n\turl = https://x-access-token:${fake.github('ghp_')}@github.com/acme/app.git\n`);
    const json = JSON.parse(cli(['scan', dir, '--format', 'json', '--max-file-size', '1KB']).stdout);
    const paths = json.results.map((x: { location: { path: string } }) => x.location.path);
    expect(paths).toContain('.env');
    expect(paths).toContain('.git/config');
    expect(paths.some((p: string) => p.startsWith('.git/objects'))).toBe(false);
    expect(paths.some((p: string) => p.startsWith('node_modules'))).toBe(false);
    expect(json.summary.skipped['dependency-folder']).toBe(2);
    expect(json.summary.skipped.binary).toBe(2);
    expect(json.summary.skipped['too-large']).toBe(1);
    const all = JSON.parse(cli(['scan', dir, '--format', 'json', '--no-default-excludes']).stdout);
    expect(all.results.map((x: { location: { path: string } }) => x.location.path)).toContain('node_modules/pkg/index.js');
    const excluded = JSON.parse(cli(['scan', dir, '--format', 'json', '--exclude', '.env']).stdout);
    expect(excluded.summary.skipped.excluded).toBe(1);
  });

  it('one secret in several files is one result per place, the others as related locations', () => {
    const token = fake.github('ghp_');
    const dir = workspace({ 'a/.env': `GITHUB_TOKEN=${token}\n`, 'b/.env': `GH_TOKEN=${token}\n` });
    const json = JSON.parse(cli(['scan', dir, '--format', 'json']).stdout);
    expect(json.summary.secrets).toBe(1);
    expect(json.results).toHaveLength(2);
    expect(json.results[0].related[0].path).toBe('b/.env');
    expect(json.results[0].fingerprint).toBe(json.results[1].fingerprint);
  });
});

describe('worker threads on large trees', () => {
  it('give the same report as one thread', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 450; i++) files[`pkg${i % 9}/f${i}.js`] = `export const v${i} = ${i};\n`;
    files['pkg3/.env.staging'] = `RAILWAY_API_TOKEN=${fake.uuid()}\n`;
    files['pkg7/deploy.sh'] = `export GITHUB_TOKEN=${fake.github('ghp_')}\n`;
    files['pkg8/logo.png'] = 'PNG';
    const dir = workspace(files);
    const one = cli(['scan', dir, '--format', 'json', '--offline'], { ABR_WORKERS: '0' });
    const two = cli(['scan', dir, '--format', 'json', '--offline'], { ABR_WORKERS: '2' });
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(two.stdout).summary.filesRead).toBe(452);
    expect(JSON.parse(two.stdout).results.length).toBeGreaterThanOrEqual(2);
  });
});
