// Issue 11, item 8: a file name cannot write to the terminal. Names with an escape sequence or a line
// break are reported, shown escaped in text and Markdown, and stay valid JSON and SARIF; a name that is
// not UTF-8 is read (its bytes open it) and shown as `\xNN`; FIFOs and sockets are counted, never opened.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { toMarkdown } from '../src/report/markdown.js';
import { terminalText } from '../src/report/format.js';
import { toText } from '../src/report/text.js';
import { auditProgress } from '../src/audit/progress.js';
import { Admission, emptySummary, DEFAULT_WALK, listWorkspace, nameText, ReadBuffer, readFile, readTexts } from '../src/walk/index.js';
import { BIN, NO_NETWORK, ROOT, scan, scanDefaults } from './helpers.js';

const ESC_NAME = 'a\x1b[31mred.env';
const NEWLINE_NAME = 'new\nline.env';
/** `bad<0xff>.env`: not UTF-8. Node's default decoding would turn the byte into U+FFFD, a path that does not open. */
const BAD_BYTES = Buffer.concat([Buffer.from('bad'), Buffer.from([0xff]), Buffer.from('.env')]);
const BAD_SHOWN = 'bad\\xff.env';

const token = () => `GITHUB_TOKEN=${fake.github('ghp_')}\n`;

// Every workspace below is made in one scratch folder, removed after the file's tests whether they passed or not.
const scratch = mkdtempSync(join(tmpdir(), 'abr-hostile-names-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let made = 0;
const folder = (name: string) => {
  const dir = join(scratch, `${name}${made++}`);
  mkdirSync(dir);
  return dir;
};

/** The built CLI, as helpers' `cli`, with a timeout: a FIFO opened for reading would block the scan, and the test fails instead of hanging. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...NO_NETWORK, ...env }, cwd: ROOT });
  expect(r.signal, 'the scan did not finish: something blocked on a special file').toBeNull();
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A workspace holding each hostile name with a credential in it, a FIFO and a socket beside a planted credential. */
function hostileWorkspace(): { dir: string; server: Promise<Server> } {
  const dir = folder('names');
  writeFileSync(join(dir, ESC_NAME), token());
  writeFileSync(join(dir, NEWLINE_NAME), token());
  writeFileSync(Buffer.concat([Buffer.from(dir + '/'), BAD_BYTES]), token());
  // A folder whose name is not UTF-8 either: what is below it must open too.
  mkdirSync(Buffer.concat([Buffer.from(dir + '/'), Buffer.from([0x64, 0xe9])]));
  writeFileSync(Buffer.concat([Buffer.from(dir + '/'), Buffer.from([0x64, 0xe9]), Buffer.from('/.env')]), token());
  writeFileSync(join(dir, 'beside.env'), token());
  // A FIFO named like a dotenv file: opening it would block the scan forever.
  execFileSync('mkfifo', [join(dir, 'pipe.env')]);
  const server = new Promise<Server>((resolve) => {
    const s = createServer().listen(join(dir, 'agent.sock'), () => resolve(s));
  });
  return { dir, server };
}

describe('terminalText', () => {
  it('shows controls, DEL, C1, bidirectional overrides and lone surrogates as visible text', () => {
    expect(terminalText('a\x1b[31mred')).toBe('a\\x1b[31mred');
    expect(terminalText('new\nline\r\tx')).toBe('new\\nline\\r\\tx');
    expect(terminalText('\x00\x07\x7f')).toBe('\\x00\\x07\\x7f');
    expect(terminalText('c1\u009bq')).toBe('c1\\u009bq');
    expect(terminalText('evil\u202eexe.env')).toBe('evil\\u202eexe.env');
    expect(terminalText('lone\ud800x')).toBe('lone\\ud800x');
  });

  it('leaves ordinary names alone, non-ASCII included', () => {
    for (const s of ['src/app.ts', 'config/prod.env', 'données/é.env', '日本/設定.yml', 'emoji 😀.env']) expect(terminalText(s)).toBe(s);
  });
});

describe('nameText', () => {
  it('decodes valid UTF-8 as it is and writes each other byte as \\xNN', () => {
    expect(nameText(Buffer.from('données.env'))).toEqual({ name: 'données.env', exact: true });
    expect(nameText(BAD_BYTES)).toEqual({ name: BAD_SHOWN, exact: false });
    // A truncated sequence, an overlong form and an encoded surrogate are not UTF-8.
    expect(nameText(Buffer.from([0x61, 0xe2, 0x82]))).toEqual({ name: 'a\\xe2\\x82', exact: false });
    expect(nameText(Buffer.from([0xc0, 0xaf]))).toEqual({ name: '\\xc0\\xaf', exact: false });
    expect(nameText(Buffer.from([0xed, 0xa0, 0x80]))).toEqual({ name: '\\xed\\xa0\\x80', exact: false });
    expect(nameText(Buffer.from('😀'))).toEqual({ name: '😀', exact: true });
  });
});

describe('a workspace of hostile names, scanned by the CLI', () => {
  let dir: string;
  let server: Server;
  beforeAll(async () => {
    const w = hostileWorkspace();
    dir = w.dir;
    server = await w.server;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const run = (args: string[], env: NodeJS.ProcessEnv = {}) => cli(['scan', dir, '--offline', ...args], env);

  it('text: every credential reported, names escaped, no raw ESC or line break inside a name, special files counted', () => {
    const r = run([]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\x1b');
    const lines = r.stdout.split('\n');
    for (const shown of ['a\\x1b[31mred.env', 'new\\nline.env', BAD_SHOWN, 'd\\xe9/.env', 'beside.env']) expect(lines).toContain(shown);
    // The newline in the name did not forge a line of its own.
    expect(lines).not.toContain('line.env');
    expect(r.stdout).toMatch(/credentials: 5 occurrences of 5 unique secrets/);
    expect(r.stdout).toMatch(/skipped: 2 special file \(FIFO, socket or device\)/);
    expect(r.stdout).toMatch(/special file \(FIFO, socket or device\): (pipe\.env, agent\.sock|agent\.sock, pipe\.env)\n/);
  });

  it('JSON: valid against the schema, raw names kept as data, the non-UTF-8 name as \\xNN, special-file counted', () => {
    const r = run(['--format', 'json']);
    const json = JSON.parse(r.stdout);
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(new URL('../schemas/report.schema.json', import.meta.url), 'utf8')));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const paths = new Set(json.results.map((x: { location: { path: string } }) => x.location.path));
    expect(paths).toEqual(new Set([ESC_NAME, NEWLINE_NAME, BAD_SHOWN, 'd\\xe9/.env', 'beside.env']));
    expect(json.summary.skipped['special-file']).toBe(2);
    expect(json.summary.skippedExamples['special-file'].sort()).toEqual(['agent.sock', 'pipe.env']);
  });

  it('SARIF: valid 2.1.0, every artifact URI percent-encoded (RFC 3986), each decoding back to the name', () => {
    const r = run(['--format', 'sarif']);
    const sarif = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(new URL('./fixtures/vendor/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
    const validate = new AjvDraft04.default({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const uris: string[] = sarif.runs[0].results.map((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris.length).toBe(5);
    for (const u of uris) expect(u).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]+$/);
    expect(new Set(uris.map(decodeURIComponent))).toEqual(new Set([ESC_NAME, NEWLINE_NAME, BAD_SHOWN, 'd\\xe9/.env', 'beside.env']));
  });

  it('the worker threads open non-UTF-8 names too (enough files to start them)', () => {
    const big = folder('many');
    for (let i = 0; i < 420; i++) writeFileSync(join(big, `f${i}.txt`), 'nothing here\n');
    writeFileSync(Buffer.concat([Buffer.from(big + '/'), BAD_BYTES]), token());
    const r = cli(['scan', big, '--offline', '--format', 'json'], { ABR_WORKERS: '2' });
    const json = JSON.parse(r.stdout);
    expect(json.results.map((x: { location: { path: string } }) => x.location.path)).toEqual([BAD_SHOWN]);
    expect(json.summary.filesRead).toBe(421);
    expect(json.summary.skipped.unreadable).toBe(0);
  });
});

describe('the same workspace in-process: Markdown and the walk itself', () => {
  let dir: string;
  let server: Server;
  beforeAll(async () => {
    const w = hostileWorkspace();
    dir = w.dir;
    server = await w.server;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('Markdown shows each name escaped in its code span, one row per line', async () => {
    const report = await scan({ ...scanDefaults, root: dir });
    const md = toMarkdown(report, { failOn: 'high' });
    expect(md).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    const rows = md.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.length).toBe(5);
    expect(rows.some((l) => l.startsWith('| `a\\x1b[31mred.env:1`'))).toBe(true);
    expect(rows.some((l) => l.startsWith('| `new\\nline.env:1`'))).toBe(true);
    expect(rows.some((l) => l.startsWith(`| \`${BAD_SHOWN}:1\``))).toBe(true);
    expect(toText(report)).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
  });

  it('the walk keeps the bytes of a non-UTF-8 name to open it, and counts what is not a file', () => {
    const summary = emptySummary(dir);
    const admit = new Admission(DEFAULT_WALK, summary);
    const entries = [...listWorkspace(dir, admit)];
    const bad = entries.find((e) => e.path === BAD_SHOWN)!;
    expect(Buffer.isBuffer(bad.abs)).toBe(true);
    expect(readFile(bad, admit)?.bytes?.toString()).toMatch(/^GITHUB_TOKEN=/);
    expect(typeof entries.find((e) => e.path === 'beside.env')!.abs).toBe('string');
    expect(summary.skipped['special-file']).toBe(2);
  });

  it('a listed file found to be a link or a FIFO when read is counted, never opened', () => {
    const summary = emptySummary(dir);
    const admit = new Admission(DEFAULT_WALK, summary);
    symlinkSync(join(dir, 'beside.env'), join(dir, 'link.env'));
    expect(readFile({ abs: join(dir, 'link.env'), path: '~/link.env', origin: 'home' }, admit)).toBeUndefined();
    expect(readFile({ abs: join(dir, 'pipe.env'), path: '~/pipe.env', origin: 'home' }, admit)).toBeUndefined();
    expect(summary.skippedExamples).toEqual({ symlink: ['~/link.env'], 'special-file': ['~/pipe.env'] });
  });
});

describe('stderr carries no control character from the scanned tree', () => {
  it('a config key with an escape sequence is not echoed (file content never is), on one line', () => {
    const dir = folder('config');
    // YAML's "\e" is ESC: a pull request's author chooses this file.
    writeFileSync(join(dir, '.agent-blast-radius.yml'), '"a\\e[31mb\\nc": 1\n');
    const r = cli(['scan', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('\x1b');
    expect(r.stderr).toContain('(a key not shown) is not a known setting');
    expect(r.stderr).not.toContain('31mb');
    expect(r.stderr.split('\n')[0]).toContain('is not a known setting');
  });

  it("the audit's progress lines escape a failure reason and a note", async () => {
    const out: string[] = [];
    const p = await auditProgress({ stderr: (s) => out.push(s), animate: false, quiet: false, intervalMs: 60_000 });
    p.onEvent({ type: 'note', text: 'entry \x1b]0;pwned\x07 skipped' });
    p.onEvent({ type: 'repository', record: { fullName: 'acme/x', status: 'failed', reason: 'bad\nentry', occurrences: [] } as never });
    p.stop();
    const all = out.join('');
    expect(all).not.toMatch(/[\x07\x1b]/);
    expect(all).toContain('entry \\x1b]0;pwned\\x07 skipped');
    expect(all).toContain('acme/x: failed: bad\\nentry\n');
  });
});

describe('files the listing saw as regular files are read without a stat first', () => {
  /** The listing of `dir`, by path, and an admission counting into a fresh summary. */
  const listed = (dir: string) => {
    const summary = emptySummary(dir);
    const admit = new Admission({ ...DEFAULT_WALK, maxFileSize: 300_000 }, summary);
    return { summary, admit, entries: new Map([...listWorkspace(dir, admit)].map((e) => [e.path, e])) };
  };
  const read = (e: Parameters<typeof readTexts>[0], admit: Admission, reuse = new ReadBuffer()) => [...readTexts(e, admit, undefined, undefined, reuse)];

  it('whole, growing the shared buffer, each text as its file holds it; too large still counted with its size', () => {
    const dir = folder('listed');
    const token = fake.github('ghp_');
    const sizes = [0, 10, 70_000, 200_000, 5];
    for (const [i, n] of sizes.entries()) writeFileSync(join(dir, `f${i}.txt`), `GITHUB_TOKEN=${token}\n`.repeat(Math.ceil(n / 54)).slice(0, n));
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(300_001));
    const { summary, admit, entries } = listed(dir);
    expect([...entries.values()].every((e) => e.regular)).toBe(true);
    const reuse = new ReadBuffer();
    for (const [i, n] of sizes.entries()) {
      const [t] = read(entries.get(`f${i}.txt`)!, admit, reuse);
      expect(t.bytes!.equals(readFileSync(join(dir, `f${i}.txt`)))).toBe(true);
      expect(t.bytes!.length).toBe(n);
      // The same file not known to be regular (a home store, or where the platform has no O_NOFOLLOW): measured first.
      const [measured] = read({ ...entries.get(`f${i}.txt`)!, regular: undefined }, admit, reuse);
      expect(measured.bytes!.equals(readFileSync(join(dir, `f${i}.txt`)))).toBe(true);
    }
    expect(read(entries.get('big.txt')!, admit, reuse)).toEqual([]);
    expect(summary.skipped['too-large']).toBe(1);
    expect(summary.bytesSkipped).toBe(300_001);
    expect(summary.filesRead).toBe(2 * sizes.length);
  });

  it('a link or a FIFO put in its place since the listing is not followed and does not block', () => {
    const dir = folder('swapped');
    writeFileSync(join(dir, 'a.env'), 'A=1\n');
    writeFileSync(join(dir, 'b.env'), 'B=1\n');
    writeFileSync(join(dir, 'target.env'), `GITHUB_TOKEN=${fake.github('ghp_')}\n`);
    const { summary, admit, entries } = listed(dir);
    unlinkSync(join(dir, 'a.env'));
    symlinkSync(join(dir, 'target.env'), join(dir, 'a.env'));
    unlinkSync(join(dir, 'b.env'));
    execFileSync('mkfifo', [join(dir, 'b.env')]);
    expect(read(entries.get('a.env')!, admit)).toEqual([]);
    expect(summary.skippedExamples.symlink).toEqual(['a.env']);
    // Opened without blocking: a FIFO nobody writes to reads as empty (this test would hang otherwise).
    expect(read(entries.get('b.env')!, admit).map((t) => t.bytes!.length)).toEqual([0]);
  });
});
