// Issue 16, files and configuration: each hostile file kind sits beside a normal planted credential that
// must still be reported. Generated at test time in a scratch folder and removed after; the slowest
// cases are scaled down with the same shape (10,000 empty files rather than 100,000). The CLI runs in a
// child with a generous time limit: a FIFO that blocked the reader would hang a test in-process.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { BIN, NO_NETWORK, ROOT } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'abr-hostile-files-'));
chmodSync(scratch, 0o755);
const servers: Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
  // Folders closed for the unreadable case are opened again so that they can be removed.
  spawnSync('chmod', ['-R', 'u+rwx', scratch]);
  rmSync(scratch, { recursive: true, force: true });
});

const asRoot = process.getuid?.() === 0;
/** No hang: far above what any of these takes (about a second; 100,000 files about ten on a busy machine). */
const LIMIT_MS = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  json: { summary: { filesRead: number; skipped: Record<string, number>; skippedExamples: Record<string, string[]> }; results: Array<{ location: { path: string } }> };
}

function run(args: string[], opts: { nobody?: boolean } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: LIMIT_MS,
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: tmpdir(), ...NO_NETWORK },
    maxBuffer: 64 * 1024 * 1024,
    ...(opts.nobody && asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  let json: Run['json'] = { summary: { filesRead: 0, skipped: {}, skippedExamples: {} }, results: [] };
  try {
    json = JSON.parse(r.stdout);
  } catch {}
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json };
}

/** A workspace holding a planted GitHub token in `app.env`; returns its folder and the token. */
function planted(name: string): { dir: string; token: string } {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  const token = fake.github('ghp_');
  writeFileSync(join(dir, 'app.env'), `GITHUB_TOKEN=${token}\n`);
  return { dir, token };
}

const scanJson = (dir: string, opts: { nobody?: boolean } = {}) => run(['scan', dir, '--offline', '--format', 'json', '--fail-on', 'none', '--no-git-history'], opts);

/** Exit 0, a JSON report, no stack trace, the planted credential reported, no secret in any output. */
function healthy(r: Run, tokens: string[]) {
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.json.results.map((x) => x.location.path)).toContain('app.env');
  for (const t of tokens) expect(r.stdout + r.stderr).not.toContain(t);
}

// A file outside the tree holding a credential of its own: following a link there would report it.
const outside = join(scratch, 'outside');
mkdirSync(outside);
const outsideToken = fake.github('ghp_');
writeFileSync(join(outside, '.env'), `GITHUB_TOKEN=${outsideToken}\n`);
const outsideFile = existsSync('/etc/shadow') ? '/etc/shadow' : join(outside, '.env');

describe('file kinds: counted with a reason, never blocking, never followed', () => {
  const cases: Array<[string, string | string[], (dir: string) => void | Promise<void>, string]> = [
    ['a symlink loop', ['loop-a', 'loop-b'], (d) => (symlinkSync('loop-b', join(d, 'loop-a')), symlinkSync('loop-a', join(d, 'loop-b'))), 'symlink'],
    [`a link to ${outsideFile}`, 'shadow', (d) => symlinkSync(outsideFile, join(d, 'shadow')), 'symlink'],
    ['a link to a file outside the tree holding a credential', '.env.outside', (d) => symlinkSync(join(outside, '.env'), join(d, '.env.outside')), 'symlink'],
    ['a link to a folder outside the tree', 'elsewhere', (d) => symlinkSync(outside, join(d, 'elsewhere')), 'symlink'],
    ['a dangling link', 'dangling', (d) => symlinkSync(join(scratch, 'no-such-file'), join(d, 'dangling')), 'symlink'],
    ['a FIFO named .env (nobody ever writes to it)', '.env', (d) => void spawnSync('mkfifo', [join(d, '.env')]), 'special-file'],
    ['/dev/zero linked as .env.local', '.env.local', (d) => symlinkSync('/dev/zero', join(d, '.env.local')), 'symlink'],
    [
      'a socket',
      'agent.sock',
      async (d) => {
        const s = createServer();
        servers.push(s);
        await new Promise<void>((r) => s.listen(join(d, 'agent.sock'), r));
      },
      'special-file',
    ],
  ];

  it.each(cases)('%s', async (_name, entry, make, reason) => {
    const entries = [entry].flat();
    const { dir, token } = planted(`kind-${entries[0].replace(/\W/g, '_')}`);
    await make(dir);
    const r = scanJson(dir);
    healthy(r, [token, outsideToken]);
    expect(r.json.summary.skipped[reason]).toBe(entries.length);
    expect(r.json.summary.skippedExamples[reason]?.sort()).toEqual(entries);
    // Nothing outside the tree was read: only the planted credential is reported.
    expect(r.json.results.map((x) => x.location.path)).toEqual(['app.env']);
    expect(r.json.summary.filesRead).toBe(1);
  });

  // Root reads any file whatever its mode: as root the CLI runs as `nobody` (as test/cli-input.test.ts
  // does); where nobody cannot run it from this checkout, there is nothing to measure.
  const runnable = process.platform !== 'win32' && (!asRoot || run(['--version'], { nobody: true }).code === 0);
  it.skipIf(!runnable)('an unreadable file and an unreadable folder (as a user other than root)', () => {
    const { dir, token } = planted('unreadable');
    chmodSync(join(dir, 'app.env'), 0o644);
    writeFileSync(join(dir, 'closed.env'), `GITHUB_TOKEN=${fake.github('ghp_')}\n`);
    chmodSync(join(dir, 'closed.env'), 0o000);
    mkdirSync(join(dir, 'closed'));
    writeFileSync(join(dir, 'closed', '.env'), 'A=1\n');
    chmodSync(join(dir, 'closed'), 0o000);
    const r = scanJson(dir, { nobody: true });
    healthy(r, [token]);
    expect(r.json.summary.skipped.unreadable).toBe(2);
    expect(r.json.summary.skippedExamples.unreadable?.sort()).toEqual(['closed.env', 'closed/']);
  });
});

describe('size and shape of the tree', () => {
  it('10,000 empty files in one folder (100,000 scaled down): each read, the credential beside them found', () => {
    const { dir, token } = planted('many');
    mkdirSync(join(dir, 'many'));
    for (let i = 0; i < 10_000; i++) writeFileSync(join(dir, 'many', `f${i}.txt`), '');
    const r = scanJson(dir);
    healthy(r, [token]);
    expect(r.json.summary.filesRead).toBe(10_001);
  });

  it('500 nested folders: a credential at the bottom is found too', () => {
    const { dir, token } = planted('deep');
    const deep = join(dir, ...Array(500).fill('d'));
    mkdirSync(deep, { recursive: true });
    const bottom = fake.github('ghp_');
    writeFileSync(join(deep, '.env'), `GITHUB_TOKEN=${bottom}\n`);
    const r = scanJson(dir);
    healthy(r, [token, bottom]);
    expect(r.json.results.map((x) => x.location.path)).toContain(`${Array(500).fill('d').join('/')}/.env`);
  });

  it('a 4,000-byte path: read, and named whole in the report', () => {
    const { dir, token } = planted('long');
    let folder = dir;
    while (folder.length < 3_700) folder = join(folder, 'p'.repeat(200));
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `${'q'.repeat(4_000 - folder.length - 1 - 4)}.env`);
    expect(Buffer.byteLength(file)).toBe(4_000);
    const far = fake.github('ghp_');
    writeFileSync(file, `GITHUB_TOKEN=${far}\n`);
    const r = scanJson(dir);
    healthy(r, [token, far]);
    expect(r.json.results.map((x) => x.location.path)).toContain(file.slice(dir.length + 1));
  });
});

describe('the configuration file in the scanned tree', () => {
  /** Exit 2, one line (and at most a hint), no stack, none of the file's text. */
  function refused(r: Run, message: RegExp, unsaid: string[] = []) {
    expect(r.code, r.stderr).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.length, r.stderr).toBeLessThanOrEqual(2);
    if (lines[1]) expect(lines[1]).toMatch(/^hint: /);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    for (const s of unsaid) expect(r.stderr).not.toContain(s);
  }
  const config = (name: string, make: (file: string) => void) => {
    const { dir } = planted(`config-${name}`);
    make(join(dir, '.agent-blast-radius.yml'));
    return dir;
  };

  it('a FIFO with its name is refused at once (it blocked forever)', () => {
    const dir = config('fifo', (f) => void spawnSync('mkfifo', [f]));
    refused(scanJson(dir), /\.agent-blast-radius\.yml: it is a FIFO, not a regular file/);
  });

  it('a link to /dev/zero is refused unread (it grew to 8.3 GB)', () => {
    const dir = config('zero', (f) => symlinkSync('/dev/zero', f));
    refused(scanJson(dir), /it is a symbolic link; a configuration file in the scanned tree must be a regular file/);
  });

  it('a link to a file outside the tree is refused, and none of that file is quoted', () => {
    const dir = config('shadow', (f) => symlinkSync(join(outside, '.env'), f));
    refused(scanJson(dir), /it is a symbolic link/, [outsideToken, 'GITHUB_TOKEN']);
  });

  it('a file named with --config is the user’s choice and is followed, but its text is still never quoted', () => {
    const { dir } = planted('config-explicit');
    const notConfig = join(outside, 'shadow-like');
    writeFileSync(notConfig, `root:${fake.alnum(20)}:20228:0:99999:7:::\n`);
    const r = run(['scan', dir, '--offline', '--config', notConfig]);
    refused(r, /\(a key not shown\) is not a known setting/, ['root:']);
  });

  it('a 10 MB file is refused by its size, unparsed', () => {
    const dir = config('big', (f) => writeFileSync(f, `# ${'a'.repeat(10_000_000)}\n`));
    refused(scanJson(dir), /it is 10000003 bytes, more than the 1048576 a configuration file may hold/);
  });

  it('a YAML alias bomb', () => {
    let yaml = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++)
      yaml += `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const dir = config('bomb', (f) => writeFileSync(f, yaml));
    refused(scanJson(dir), /is not valid YAML \(too many aliases\)/);
  });

  it('a YAML syntax error says where, not what the line holds', () => {
    const secret = fake.alnum(24);
    const dir = config('syntax', (f) => writeFileSync(f, `offline: [\n  ${secret}: x: y\n`));
    refused(scanJson(dir), /is not valid YAML \([A-Z_]+ at line \d+, column \d+\)/, [secret]);
  });

  it.each([
    ['endpoints', 'endpoints: { github: http://127.0.0.1:1 }'],
    ['ABR_ENDPOINT_GITHUB', 'ABR_ENDPOINT_GITHUB: http://127.0.0.1:1'],
    ['probe-databases', 'probe-databases: true'],
    ['probeDatabases', 'probeDatabases: true'],
    ['resolve', 'resolve: true'],
    ['__proto__', '__proto__: { offline: false, probeDatabases: true }'],
    ['constructor', 'constructor: { prototype: { offline: false } }'],
  ])('a key that tries to steer the run (%s) is a one-line error, never honoured', (key, yaml) => {
    const dir = config(`key-${key.replace(/\W/g, '_')}`, (f) => writeFileSync(f, `${yaml}\n`));
    refused(scanJson(dir), new RegExp(`: ${key} is not a known setting$`));
  });

  it.each([['**'], ['*'], ['**/*'], ['{**,.*}']])('exclude %j would hide every file: refused', (pattern) => {
    const dir = config(`exclude-${pattern.replace(/\W/g, '_')}`, (f) => writeFileSync(f, `exclude: [${JSON.stringify(pattern)}]\n`));
    refused(scanJson(dir), /would exclude every file/);
  });

  it('offline: false cannot turn resolution on against --offline; environments keyed __proto__ / constructor are plain data', () => {
    const dir = config('offline-false', (f) => writeFileSync(f, 'offline: false\nexclude: [docs/**]\nenvironments: { __proto__: production, constructor: staging }\n'));
    const r = scanJson(dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.results.map((x) => x.location.path)).toEqual(['app.env']);
    expect((r.json.summary as { resolution?: string }).resolution).toBe('offline');
  });
});
