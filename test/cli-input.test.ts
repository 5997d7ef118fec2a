// Issue 11, item 10: bad input is exit 2 with one line in this tool's own words. A size of nothing, a
// negative size or count, a flag whose value starts with a dash, and a scan root that cannot be read
// (blamed on the folder, not on the config file inside it).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { checkCount, parseOptions, parseSize } from '../src/options.js';
import { BIN, cli, NO_NETWORK, ROOT, workspace } from './helpers.js';

/** Exit 2 and exactly one line on stderr, with no parseArgs wording and no stack. */
function oneLine(r: { code: number | null; stderr: string }, message: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/ambiguous|Option '|\n\s+at /);
}

describe('sizes and counts', () => {
  const clean = workspace({ 'a.txt': 'nothing here\n' });

  it.each([
    [['--max-file-size', '0'], /--max-file-size: "0" would read nothing; give a size of at least 1 byte/],
    [['--max-file-size', '0.5'], /--max-file-size: "0.5" would read nothing/],
    [['--max-file-size', '0KB'], /--max-file-size: "0KB" would read nothing/],
    [['--max-file-size', '-1'], /--max-file-size: "-1" is negative; give a size of at least 1 byte/],
    [['--max-file-size=-1'], /--max-file-size: "-1" is negative/],
    [['--max-file-size', '-5MB'], /--max-file-size: "-5MB" is negative/],
    [['--max-file-size', 'big'], /--max-file-size: "big" is not a size \(e\.g\. 500KB/],
    [['--max-resolutions', '-1'], /--max-resolutions: "-1" is not a whole number of at least 0/],
    [['--max-resolutions=-1'], /--max-resolutions: "-1" is not a whole number of at least 0/],
    [['--max-resolutions', '1.5'], /--max-resolutions: "1\.5" is not a whole number/],
  ])('scan %j → exit 2, one line', (args, message) => {
    oneLine(cli(['scan', clean, '--offline', ...(args as string[])]), message as RegExp);
  });

  it('a flag followed by an option says the flag needs a value, in our words', () => {
    const r = cli(['scan', clean, '--format', '--offline']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('agent-blast-radius: --format needs a value; the next argument is an option (write --format=VALUE for a value that starts with "-")');
    expect(r.stderr).not.toContain('ambiguous');
  });

  it('the limits that are meaningful still work: one byte, no resolution at all', () => {
    expect(cli(['scan', clean, '--offline', '--max-file-size', '1']).code).toBe(0);
    expect(cli(['scan', clean, '--offline', '--max-resolutions', '0']).code).toBe(0);
  });

  it.each([
    [['--max-resolutions', '-1'], /--max-resolutions: "-1" is not a whole number of at least 0/],
    [['--max-file-size', '0'], /--max-file-size: "0" would read nothing/],
    [['--max-repo-size', '-1'], /--max-repo-size: "-1" is negative; give a size of at least 1 byte \(e\.g\. 500MB or 4GB\)/],
    [['--concurrency', '-2'], /--concurrency: "-2" is not a whole number of at least 1/],
  ])('audit %j → exit 2, one line, before any progress line', (args, message) => {
    // The token is never used: validation fails before the organisation is listed.
    oneLine(cli(['audit', '--org', 'acme', '--offline', ...(args as string[])], { GITHUB_TOKEN: 'not-a-token' }), message as RegExp);
  });

  it('the checks themselves (scan, audit and the Action share them)', () => {
    expect(parseSize('5MB')).toBe(5 * 1024 * 1024);
    expect(parseSize('1')).toBe(1);
    expect(() => parseSize('0')).toThrow(UsageError);
    expect(() => parseSize('99999999999999999999GB')).toThrow(/too large/);
    expect(checkCount('--n', '0', 7)).toBe(0);
    expect(checkCount('--n', undefined, 7)).toBe(7);
    expect(() => checkCount('--n', '-1', 7)).toThrow(/"-1" is not a whole number of at least 0/);
    // A dash-digit value is the flag's; a dash-letter one is an option; `--` ends options.
    const options = { n: { type: 'string' }, o: { type: 'string', short: 'o' }, q: { type: 'boolean' } } as const;
    expect(parseOptions(['--n', '-1'], options, 'h').values.n).toBe('-1');
    expect(parseOptions(['-o', '-2'], options, 'h').values.o).toBe('-2');
    expect(parseOptions(['--q', '--', '--n', '-1'], options, 'h').positionals).toEqual(['--n', '-1']);
    expect(() => parseOptions(['--n', '-q'], options, 'h')).toThrow(/^--n needs a value; the next argument is an option/);
    expect(() => parseOptions(['--n'], options, 'h')).toThrow(/^--n needs a value$/);
  });
});

describe('a scan root that cannot be read', () => {
  // Root reads any folder whatever its mode, so as root (these tests' usual user here) the CLI runs as
  // `nobody` for this: the mode bits are then what decides, as for any user. Not root: as ourselves.
  const asRoot = process.getuid?.() === 0;
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      timeout: 60_000,
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: tmpdir(), ...NO_NETWORK },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  // As root, `nobody` must be able to run the CLI from where this checkout lies (a clone under /root,
  // or a 0700 temporary folder, is closed to it); where it cannot, these tests have nothing to measure.
  const runnable = process.platform !== 'win32' && (!asRoot || run(['--version']).code === 0);
  const parent = () => {
    const dir = mkdtempSync(join(tmpdir(), 'abr-locked-'));
    chmodSync(dir, 0o755);
    return dir;
  };

  it.skipIf(!runnable)('a folder without read permission is named, not its config file', () => {
    const locked = join(parent(), 'workspace');
    mkdirSync(locked);
    writeFileSync(join(locked, '.agent-blast-radius.yml'), 'offline: true\n');
    chmodSync(locked, 0o000);
    const r = run(['scan', locked]);
    oneLine(r, /workspace: cannot read this folder \(EACCES\)/);
    expect(r.stderr).not.toContain('config');
  });

  it.skipIf(!runnable)('a folder that can be listed but not entered is refused too', () => {
    const listOnly = join(parent(), 'workspace');
    mkdirSync(listOnly);
    chmodSync(listOnly, 0o444);
    oneLine(run(['scan', listOnly]), /workspace: cannot read this folder \(EACCES\)/);
  });

  it.skipIf(!runnable)('a folder inside one that cannot be entered is not said to be missing', () => {
    const outer = parent();
    mkdirSync(join(outer, 'closed', 'workspace'), { recursive: true });
    chmodSync(join(outer, 'closed'), 0o000);
    oneLine(run(['scan', join(outer, 'closed', 'workspace')]), /workspace: cannot reach this folder \(EACCES\)/);
  });
});

describe('a reader that stops reading', () => {
  it('`scan … | head`: the closed pipe is no internal error; the exit code says what was found', async () => {
    const { spawn } = await import('node:child_process');
    const fake = await import('../src/detect/fake.js');
    let env = '';
    for (let i = 0; i < 300; i++) env += `RAILWAY_API_TOKEN=${fake.uuid()}\n`;
    const dir = workspace({ '.env': env });
    const child = spawn(process.execPath, [BIN, 'scan', dir, '--offline', '--no-git-history', '--format', 'json', '--max-findings-per-file', '0'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...NO_NETWORK },
      cwd: ROOT,
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    // Read the first chunk, then close the pipe as `head -c` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/internal error|EPIPE/);
    expect(code).toBe(1);
  }, 120_000);
});
