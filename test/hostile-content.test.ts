// Issue 16, content: hostile file contents and names, each beside a planted credential that must still be
// reported. Generated at test time in a scratch folder (removed after); the slowest cases are scaled down
// with the same shape (docs/hostile.md has the full-size figures). Bounded-time assertions here are about
// hangs, not speed: every limit is many times what a quiet machine needs.
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Ajv } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import { afterAll, describe, expect, it } from 'vitest';
import { CRASH_EXIT, crashLine } from '../src/cli-crash.js';
import * as fake from '../src/detect/fake.js';
import { detectText } from '../src/detect/text.js';
import { chunked, jsonPieces } from '../src/report/stream.js';
import { detectInput } from '../src/detect/parts.js';
import { Admission, DEFAULT_WALK, emptySummary, readFile, readTexts, utf16AsUtf8 } from '../src/walk/index.js';
import { BIN, NO_NETWORK, ROOT } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'abr-hostile-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let n = 0;
/** A fresh workspace holding `planted.env` (a GitHub token that every scan must still report); returns it and the token. */
function workspace(): { dir: string; planted: string } {
  const dir = join(scratch, `w${n++}`);
  mkdirSync(dir);
  const planted = fake.github('ghp_');
  writeFileSync(join(dir, 'planted.env'), `GITHUB_TOKEN=${planted}\n`);
  return { dir, planted };
}

/** The built CLI, offline, with a timeout: a hang fails the test rather than the suite. */
function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--offline', '--no-git-history', '--quiet'], {
    encoding: 'utf8',
    timeout: 90_000,
    maxBuffer: 1 << 30,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...NO_NETWORK },
    cwd: ROOT,
  });
  expect(r.signal, `the scan did not finish: ${r.stderr}`).toBeNull();
  // No crash: findings or nothing, one-line errors only, never a stack trace.
  expect([0, 1], r.stderr).toContain(r.status);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return r;
}

function json(dir: string, ...args: string[]) {
  return JSON.parse(cli(['scan', dir, '--format', 'json', ...args]).stdout);
}

const paths = (report: { results: Array<{ location: { path: string } }> }) => new Set(report.results.map((r) => r.location.path));
const secretless = (out: string, ...secrets: string[]) => {
  for (const s of secrets) expect(out.includes(s), 'a secret was echoed').toBe(false);
};

const sarifValidator = () =>
  new AjvDraft04.default({ strict: false, allErrors: true, validateFormats: false }).compile(JSON.parse(readFileSync(new URL('./fixtures/vendor/sarif-schema-2.1.0.json', import.meta.url), 'utf8')));
const jsonValidator = () => new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(new URL('../schemas/report.schema.json', import.meta.url), 'utf8')));

describe('crashes', () => {
  it('a database host named constructor, __proto__ or toString is a host like any other', () => {
    const { dir } = workspace();
    for (const host of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      writeFileSync(join(dir, `${host}.env`), `DATABASE_URL=postgres://admin:${fake.password(14)}@${host}:5432/app\n`);
    }
    const report = json(dir);
    expect(paths(report)).toEqual(new Set(['planted.env', 'constructor.env', '__proto__.env', 'toString.env', 'hasOwnProperty.env']));
  }, 300_000);

  it('an uncaught error is one line, its own exit code (3), the long runs of its message masked', () => {
    const line = crashLine(new TypeError(`cannot read \x1b[2J ${fake.github('ghp_')}\n  at somewhere`));
    expect(CRASH_EXIT).toBe(3);
    expect(line.split('\n')).toHaveLength(2);
    expect(line).toMatch(/^agent-blast-radius: internal error \(TypeError\): /);
    expect(line).not.toContain('\x1b');
    expect(line).not.toMatch(/ghp_[A-Za-z0-9]{10}/);
  });
});

describe('report size stays linear in the occurrences', () => {
  it('copies of one line: each result lists at most 10 other places and counts the rest; SARIF and JSON stay valid', () => {
    const sizes: number[] = [];
    for (const copies of [100, 200]) {
      const { dir, planted } = workspace();
      const token = fake.uuid();
      writeFileSync(join(dir, '.env'), `RAILWAY_API_TOKEN=${token}\n`.repeat(copies));
      const out = cli(['scan', dir, '--format', 'sarif']).stdout;
      secretless(out, token, planted);
      sizes.push(out.length);
      const log = JSON.parse(out);
      const validate = sarifValidator();
      expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      const railway = log.runs[0].results.filter((r: { properties: { provider: string } }) => r.properties.provider === 'railway');
      expect(railway.length).toBeGreaterThanOrEqual(copies);
      for (const r of railway) {
        expect(r.relatedLocations.length).toBeLessThanOrEqual(10);
        expect(r.properties.relatedMore).toBe(copies - 1 - 10);
      }
      const report = json(dir);
      const validateJson = jsonValidator();
      expect(validateJson(report), JSON.stringify(validateJson.errors?.slice(0, 3))).toBe(true);
      expect(paths(report)).toContain('planted.env');
    }
    // Twice the copies, about twice the report (it was four times: every result listed every other place).
    expect(sizes[1] / sizes[0]).toBeLessThan(2.5);
  }, 300_000);

  it('one token in many files is reported everywhere; of many distinct tokens in one file the first 100 are, the rest counted', () => {
    const { dir } = workspace();
    const token = fake.uuid();
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `f${i}.env`), `RAILWAY_API_TOKEN=${token}\n`);
    let many = '';
    for (let i = 0; i < 500; i++) many += `RAILWAY_API_TOKEN=${fake.uuid()}\n`;
    writeFileSync(join(dir, 'many.env'), many);
    const report = json(dir);
    expect(jsonValidator()(report)).toBe(true);
    expect(report.summary.secrets).toBe(1 + 1 + 100);
    expect(report.summary.findings).toBe(1 + 60 + 100);
    expect(report.summary.unreported).toEqual({ findings: 400, perFile: { limit: 100, files: 1, findings: 400, examples: [{ path: 'many.env', findings: 400 }] } });
    expect(paths(report)).toContain('planted.env');
    // The first 100 in the file are those reported.
    expect(Math.max(...report.results.filter((r: { location: { path: string } }) => r.location.path === 'many.env').map((r: { location: { line: number } }) => r.location.line))).toBe(100);
    const log = JSON.parse(cli(['scan', dir, '--format', 'sarif']).stdout);
    expect(sarifValidator()(log)).toBe(true);
    expect(log.runs[0].properties.summary.unreported.findings).toBe(400);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(
      /^400 occurrences found and not reported, nor resolved: 400 in 1 file holding more than 100 distinct credentials \(many\.env 400;/,
    );
    expect(cli(['scan', dir]).stdout).toMatch(/not reported: 400 occurrences found and not reported/);
    expect(cli(['scan', dir, '--format', 'markdown']).stdout).toMatch(/- not reported: 400 occurrences .*`many\.env` 400/);
    // No limit: every one.
    const all = json(dir, '--max-findings-per-file', '0');
    expect(all.summary.secrets).toBe(1 + 1 + 500);
    expect(all.summary.unreported).toBeUndefined();
    // The run-wide limit counts what is past it, after the per-file one.
    const capped = json(dir, '--max-findings', '50');
    expect(capped.summary.findings).toBe(50);
    expect(capped.summary.unreported).toMatchObject({ findings: 400 + 111, total: { limit: 50, findings: 111 } });
  }, 300_000);

  it('80,000 distinct tokens in one 4.5 MB file (scaled to 8,000): a report of the same size as for 1,000, valid, the rest counted', () => {
    const sizes: number[] = [];
    for (const count of [1000, 8000]) {
      const { dir, planted } = workspace();
      const tokens = Array.from({ length: count }, () => fake.uuid());
      writeFileSync(join(dir, 'many.env'), tokens.map((t) => `RAILWAY_API_TOKEN=${t}\n`).join(''));
      const out = cli(['scan', dir, '--format', 'json']).stdout;
      secretless(out, planted, ...tokens.slice(0, 200));
      const report = JSON.parse(out);
      expect(jsonValidator()(report)).toBe(true);
      expect(paths(report)).toEqual(new Set(['planted.env', 'many.env']));
      expect(report.summary.unreported.perFile).toEqual({ limit: 100, files: 1, findings: count - 100, examples: [{ path: 'many.env', findings: count - 100 }] });
      sizes.push(out.length);
    }
    // Eight times the tokens, the same report but for the counts (it was linear: 1.08 GB for 80,000).
    expect(sizes[1] / sizes[0]).toBeLessThan(1.01);
  }, 300_000);

  it('the streamed JSON is byte for byte JSON.stringify, long arrays and nesting included', () => {
    const value = {
      a: [1, 'x', null, { b: [] }],
      long: Array.from({ length: 40 }, (_, i) => ({ i, nested: { list: [i, [i]], empty: {} }, skip: undefined })),
      e: {},
      s: 'line\nbreak "quoted"',
    };
    expect([...chunked(jsonPieces(value), 16)].join('')).toBe(JSON.stringify(value, null, 2));
  });
});

describe('big inputs', () => {
  it("a 10 MiB single line with a credential at its end (a regex over the whole line overflowed V8's regex stack)", () => {
    const { dir } = workspace();
    const token = fake.github('ghp_');
    writeFileSync(join(dir, 'long.txt'), `${'x'.repeat(10 << 20)} GITHUB_TOKEN=${token}\n`);
    const report = json(dir, '--max-file-size', '20MB');
    expect(paths(report)).toEqual(new Set(['planted.env', 'long.txt']));
  }, 300_000);

  it('a file above the default size with a credential at its start is read with --max-file-size above it (scaled down from 200 MB)', () => {
    const { dir } = workspace();
    const fd = openSync(join(dir, 'big.txt'), 'w');
    writeSync(fd, `GITHUB_TOKEN=${fake.github('ghp_')}\n`);
    const chunk = Buffer.from('lorem ipsum dolor sit amet consectetur\n'.repeat(25_000));
    for (let w = 0; w < 8e6; w += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    expect(paths(json(dir))).toEqual(new Set(['planted.env']));
    expect(json(dir).summary.skipped['too-large']).toBe(1);
    expect(paths(json(dir, '--max-file-size', '20MB'))).toEqual(new Set(['planted.env', 'big.txt']));
  }, 300_000);

  it('a 1 GiB sparse file: a counted skip by default (too-large), and with a huge --max-file-size read in parts, its first part found binary (no ERR_STRING_TOO_LONG)', () => {
    const { dir } = workspace();
    const fd = openSync(join(dir, 'sparse.txt'), 'w');
    writeSync(fd, `GITHUB_TOKEN=${fake.github('ghp_')}\n`);
    ftruncateSync(fd, 1024 ** 3);
    closeSync(fd);
    for (const [args, reason] of [
      [[], 'too-large'],
      [['--max-file-size', '2048MB'], 'binary'],
    ] as const) {
      const report = json(dir, ...args);
      expect(paths(report)).toEqual(new Set(['planted.env']));
      expect(report.summary.skipped[reason]).toBe(1);
      expect(report.summary.skippedExamples[reason]).toEqual(['sparse.txt']);
    }
  }, 300_000);

  it('a file above 8 MiB is read in overlapping parts: credentials at its start, across a part boundary and at its end are found once, at their lines', () => {
    const { dir } = workspace();
    const tokens = [fake.github('ghp_'), fake.github('ghp_'), fake.github('ghp_')];
    const line = 'lorem ipsum dolor sit amet consectetur\n';
    const filler = (bytes: number) => line.repeat(Math.ceil(bytes / line.length));
    // The second token straddles where the first part (8 MiB) ends.
    const head = `GITHUB_TOKEN=${tokens[0]}\n${filler(8 * 1024 * 1024 - 200)}`;
    const text = `${head}GITHUB_TOKEN=${tokens[1]}\n${filler(10e6)}GITHUB_TOKEN=${tokens[2]}\n`;
    writeFileSync(join(dir, 'big.txt'), text);
    const lineOf = (t: string) => text.slice(0, text.indexOf(t)).split('\n').length;
    const report = json(dir, '--max-file-size', '30MB');
    const found = report.results.filter((r: { location: { path: string } }) => r.location.path === 'big.txt').map((r: { location: { line: number; column: number } }) => r.location);
    expect(found.map((l: { line: number }) => l.line)).toEqual(tokens.map(lineOf));
    expect(found.every((l: { column: number }) => l.column === 14)).toBe(true);
    expect(report.summary.filesRead).toBe(2);
    expect(report.summary.bytesRead).toBe(Buffer.byteLength(text) + Buffer.byteLength(readFileSync(join(dir, 'planted.env'))));
  }, 300_000);

  it('parts give the findings the whole text gives, at the same places (lines, long lines cut mid-line, non-ASCII columns)', () => {
    const dir = join(scratch, `parts${n++}`);
    mkdirSync(dir);
    for (const [name, sep] of [
      ['lines.txt', '\n'],
      ['one-line.txt', ' '],
    ]) {
      let text = '';
      for (let i = 0; i < 400; i++) {
        text +=
          i % 7 === 0
            ? `GITHUB_TOKEN=${fake.github('ghp_')} é ü${sep}`
            : i % 11 === 0
              ? `${'x'.repeat(3000)} RAILWAY_API_TOKEN=${fake.uuid()}${'y'.repeat(5000)}${sep}`
              : `filler line ${i} ünïcödé${sep}`;
      }
      writeFileSync(join(dir, name), text);
      const entry = { abs: join(dir, name), path: name };
      const policy = { ...DEFAULT_WALK, maxFileSize: 1e9 };
      const key = (f: { fingerprint: string; line: number; column: number; endLine: number; endColumn: number }) => `${f.fingerprint} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
      const whole = detectInput(readFile(entry, new Admission(policy, emptySummary('')))!)
        .map(key)
        .sort();
      expect(whole.length).toBeGreaterThan(50);
      for (const [part, overlap] of [
        [65536, 8192],
        [40000, 10000],
      ]) {
        const texts = [...readTexts(entry, new Admission(policy, emptySummary('')), part, overlap)];
        expect(texts.length).toBeGreaterThan(3);
        expect(
          texts
            .flatMap((t) => detectInput(t))
            .map(key)
            .sort(),
        ).toEqual(whole);
      }
    }
  });
});

describe('encoding', () => {
  it('invalid UTF-8 is read, UTF-16 with a BOM is decoded, NUL bytes and gzip are counted skips', () => {
    const { dir, planted } = workspace();
    const tokens = { invalid: fake.github('ghp_'), le: fake.github('ghp_'), be: fake.github('ghp_') };
    writeFileSync(join(dir, 'invalid.env'), Buffer.concat([Buffer.from([0xff, 0xc3, 0x28, 0x80, 0x0a]), Buffer.from(`GITHUB_TOKEN=${tokens.invalid}\n`), Buffer.from([0xed, 0xa0, 0x80, 0x0a])]));
    writeFileSync(join(dir, 'utf16le.env'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`GITHUB_TOKEN=${tokens.le}\r\n`, 'utf16le')]));
    const be = Buffer.from(`GITHUB_TOKEN=${tokens.be}\n`, 'utf16le').swap16();
    writeFileSync(join(dir, 'utf16be.env'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    writeFileSync(join(dir, 'nul.env'), `A=1\n\0\0\0\n`);
    mkdirSync(join(dir, 'gz'));
    writeFileSync(join(dir, 'gz/.env'), gzipSync(`GITHUB_TOKEN=${fake.github('ghp_')}\n`));
    const out = cli(['scan', dir, '--format', 'json']).stdout;
    secretless(out, planted, ...Object.values(tokens));
    const report = JSON.parse(out);
    expect(paths(report)).toEqual(new Set(['planted.env', 'invalid.env', 'utf16le.env', 'utf16be.env']));
    expect(report.summary.skipped.binary).toBe(2);
    expect(new Set(report.summary.skippedExamples.binary)).toEqual(new Set(['nul.env', 'gz/.env']));
  }, 300_000);

  it('utf16AsUtf8 leaves other bytes alone', () => {
    const plain = Buffer.from('A=1\n');
    expect(utf16AsUtf8(plain)).toBe(plain);
    expect(utf16AsUtf8(Buffer.from([0xff, 0xfe, 0x41, 0x00])).toString()).toBe('A');
    expect(utf16AsUtf8(Buffer.from([0xfe, 0xff, 0x00, 0x41])).toString()).toBe('A');
  });
});

describe('names in reports', () => {
  it('a percent-encoded ESC in a URL user name reaches no terminal; JSON keeps it as data', () => {
    const { dir, planted } = workspace();
    const password = fake.password(14);
    writeFileSync(join(dir, 'url.env'), `DATABASE_URL=postgres://%1b%5b2J:${password}@db.example.com:5432/app\n`);
    writeFileSync(join(dir, 'a\x1b[2Jb%2Fc.env'), `GITHUB_TOKEN=${fake.github('ghp_')}\n`);
    const text = cli(['scan', dir]).stdout;
    expect(text).not.toContain('\x1b');
    expect(text).toContain('postgres://\\x1b[2J:');
    expect(text).toContain('a\\x1b[2Jb%2Fc.env');
    secretless(text, password, planted);
    const report = json(dir);
    expect(paths(report)).toEqual(new Set(['planted.env', 'url.env', 'a\x1b[2Jb%2Fc.env']));
  }, 300_000);
});

describe('detectors stay linear on hostile lines (scaled down; each is about hangs)', () => {
  const KB = 1024;
  const cases: Record<string, (size: number) => string> = {
    'base64 after NEON_API_KEY=x': (s) => `NEON_API_KEY=x${fake.base64(s)}`,
    "'password=x1y2z3w4 ' repeated": (s) => 'password=x1y2z3w4 '.repeat(s / 18),
    'unterminated BEGIN PRIVATE KEY lines': (s) => '-----BEGIN PRIVATE KEY-----\n'.repeat(s / 28),
    'unterminated BEGIN PRIVATE KEY on one line': (s) => '-----BEGIN PRIVATE KEY----- '.repeat(s / 28),
    'spaced AKIA ids': (s) => {
      let t = '';
      while (t.length < s) t += `${fake.awsKeyId()} `;
      return t;
    },
    'a run of a': (s) => `password=${'a'.repeat(s)}`,
    'a run of =': (s) => `password${'='.repeat(s)}`,
    'a run of "': (s) => `password=${'"'.repeat(s)}`,
    'a run of -': (s) => `password=${'-'.repeat(s)}`,
    'a run of base64': (s) => `secret: ${fake.base64(s)}`,
    'postgres:// then @:': (s) => `postgres://${'@:'.repeat(s / 2)}`,
    'a JSON line of nested quotes': (s) => `{"token": "${'\\"'.repeat(s / 2)}"}`,
    'token= repeated': (s) => 'token='.repeat(s / 6),
    // Each value named by the words before it, with only spaces between: the phrase is read back on one long line.
    'spaced token phrases on one line': (s) => {
      let t = '';
      while (t.length < s) t += `acme token ${fake.alnum(24)}9 `;
      return t;
    },
    'PEM blocks on one line': (s) => `-----BEGIN PRIVATE KEY----- ${'A'.repeat(64)} -----END PRIVATE KEY----- `.repeat(s / 120),
    'PuTTY headers on one line': (s) => 'PuTTY-User-Key-File-2: ssh-rsa Encryption: none Private-MAC: 0a1b2c '.repeat(s / 70),
  };
  for (const [name, make] of Object.entries(cases)) {
    it(name, () => {
      const planted = fake.github('ghp_');
      const text = `${make(256 * KB)}\nGITHUB_TOKEN=${planted}\n`;
      const t0 = Date.now();
      const found = detectText({ source: { path: 'hostile.env', origin: 'workspace' }, text });
      // A quiet machine needs well under a second; quadratic code needed minutes at this size.
      expect(Date.now() - t0).toBeLessThan(20_000);
      expect(found.some((f) => f.secret === planted)).toBe(true);
    });
  }
});
