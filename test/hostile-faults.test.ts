// Issue 16, provider faults: a local server per case, ABR_ENDPOINT_* pointing at it. Each scan finishes
// within a generous bound (the budget is one round of requests per provider: one request timeout, or
// its retries; the bound below only proves "no hang"), every finding stays with its offline verdict as
// `unknown` and the reason, the credential reaches no other server, and no form of it is echoed.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { scan as scanWorkspace } from '../src/scan.js';
import { DEFAULT_WALK } from '../src/walk/index.js';
import { BIN, NO_NETWORK, ROOT, workspace as makeWorkspace } from './helpers.js';

/** No hang: the faults below cost a few seconds; a run killed at this bound fails its test. */
const NO_HANG_MS = 20_000;

type Handle = (req: IncomingMessage, res: ServerResponse, token: string) => void;

interface FaultServer {
  url: string;
  hits: number;
  close(): void;
}

const open: Server[] = [];
/** Workspaces made by the tests, removed after them whether they passed or not. */
const made: string[] = [];
const workspace = (files: Record<string, string>) => {
  const dir = makeWorkspace(files);
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const s of open) {
    s.closeAllConnections();
    s.close();
  }
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function serve(handle: Handle): Promise<FaultServer> {
  const state = { hits: 0 };
  const server = createServer((req, res) => {
    state.hits++;
    req.resume();
    const token = String(req.headers['project-access-token'] ?? req.headers.authorization ?? '').replace(/^(Bearer|token) /i, '');
    handle(req, res, token);
  });
  open.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get hits() {
      return state.hits;
    },
    close: () => server.close(),
  };
}

/** Another host: a redirect's target. Nothing may ever arrive here. */
let elsewhere: FaultServer;
beforeAll(async () => {
  elsewhere = await serve((_req, res) => void res.end('{}'));
});

interface Report {
  summary: { resolution: string; revoked: number; unresolved?: { count: number; reasons: string[] } };
  results: Array<{ scope: { status: string; resolution: string; reason?: string } }>;
}

/** Runs the CLI against the fault server without blocking this process (which serves it); killed at NO_HANG_MS. */
function cli(dir: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string; ms: number; report?: Report }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'scan', dir, '--format', 'json', '--fail-on', 'none', '--no-git-history'], {
      env: { PATH: process.env.PATH, HOME: dir, ...NO_NETWORK, ...env },
      cwd: ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const kill = setTimeout(() => child.kill('SIGKILL'), NO_HANG_MS);
    child.on('close', (code) => {
      clearTimeout(kill);
      let report: Report | undefined;
      try {
        report = JSON.parse(stdout);
      } catch {}
      resolve({ code, stdout, stderr, ms: Date.now() - started, report });
    });
  });
}

/** Every form a provider might echo a token in. */
const forms = (t: string) => [t, t.toUpperCase(), t.toLowerCase(), Buffer.from(t).toString('hex'), Buffer.from(t).toString('hex').toUpperCase(), Buffer.from(t).toString('base64')];

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

const TWELVE = 12;
/** One round: the resolve stage's bound per provider (4 at once), each with the egress's retries (3 attempts). */
const ROUND = 4 * 3;

const cases: Array<[string, Handle, RegExp]> = [
  ['never answers', () => {}, /GitHub unreachable \(timed out after \d+ ms\)/],
  ['429 with Retry-After: 3600', (_q, res) => json(res, 429, { message: 'slow down' }, { 'retry-after': '3600' }), /rate-limited \(HTTP 429\)/],
  ['500 forever', (_q, res) => json(res, 500, { message: 'oops' }), /HTTP 500/],
  [
    '50 MB of JSON',
    (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = 'x'.repeat(1 << 20);
      let sent = 0;
      const more = () => {
        while (sent < 50) {
          sent++;
          if (!res.write(sent === 1 ? `{"login":"${chunk}` : chunk)) return void res.once('drain', more);
        }
        res.end('"}');
      };
      res.on('error', () => {});
      more();
    },
    /answer larger than 8 MiB/,
  ],
  ['malformed JSON', (_q, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"login": {'), /malformed JSON body/],
  [
    'the connection closed mid-body',
    (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"login":"x');
      setTimeout(() => res.destroy(), 20);
    },
    /GitHub unreachable \(/,
  ],
  ['a redirect to 169.254.169.254', (_q, res) => void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/iam/' }).end(), /HTTP 302/],
  ['a redirect to another host', (_q, res) => void res.writeHead(307, { location: `${elsewhere.url}/user` }).end(), /HTTP 307/],
  [
    'an error message that quotes the token (as written, upper-case, hex, base64)',
    (_q, res, token) => json(res, 400, { message: `bad credentials: ${forms(token).join(' / ')}` }),
    /HTTP 400: bad credentials: \[redacted\] \/ \[redacted\]/,
  ],
];

describe('GitHub faults: twelve credentials, one provider', () => {
  it.each(cases)('%s: unknown with the reason, within the budget, nothing sent elsewhere, nothing echoed', async (_name, handle, reason) => {
    const server = await serve(handle);
    const tokens = Array.from({ length: TWELVE }, () => fake.github('ghp_'));
    const dir = workspace({ '.env': tokens.map((t, i) => `GITHUB_TOKEN_${i}=${t}\n`).join('') });
    const before = elsewhere.hits;
    const r = await cli(dir, { ABR_ENDPOINT_GITHUB: server.url });
    server.close();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.report, r.stdout.slice(0, 300)).toBeDefined();
    const report = r.report!;
    expect(report.results).toHaveLength(TWELVE);
    for (const x of report.results) {
      expect(x.scope.status).toBe('unknown');
      expect(x.scope.resolution).toBe('offline');
      expect(x.scope.reason).toMatch(reason);
    }
    expect(report.summary.resolution).toBe('failed');
    expect(report.summary.unresolved?.count).toBe(TWELVE);
    expect(report.summary.revoked).toBe(0);
    // Not one round per credential: the provider is asked no more once it failed as a whole (a 400 or a
    // redirect is a per-credential answer: one request each).
    expect(server.hits).toBeLessThanOrEqual(Math.max(ROUND, TWELVE));
    expect(elsewhere.hits).toBe(before);
    for (const t of tokens) for (const f of forms(t)) expect(r.stdout + r.stderr).not.toContain(f);
  });
});

describe('Railway', () => {
  it('null for every token kind without "Not Authorized" is unknown with the reason, never revoked', async () => {
    const server = await serve((_q, res) => json(res, 200, { data: { projectToken: null, me: null, apiToken: null } }));
    const token = fake.uuid();
    const dir = workspace({ '.env': `RAILWAY_API_TOKEN=${token}\n` });
    const r = await cli(dir, { ABR_ENDPOINT_RAILWAY: server.url });
    expect(r.report?.summary.revoked).toBe(0);
    expect(r.report?.results.length).toBeGreaterThan(0);
    for (const x of r.report!.results) {
      expect(x.scope.status).toBe('unknown');
      expect(x.scope.reason).toMatch(/answered null for projectToken, me, apiToken without a "Not Authorized" error/);
    }
    expect(r.stdout + r.stderr).not.toContain(token);
  });

  it('a GraphQL error quoting the token in hex and upper case is redacted', async () => {
    const server = await serve((_q, res, token) => json(res, 200, { errors: [{ message: `unknown token ${Buffer.from(token).toString('hex')} (${token.toUpperCase()})` }] }));
    const token = fake.uuid();
    const dir = workspace({ '.env': `RAILWAY_API_TOKEN=${token}\n` });
    const r = await cli(dir, { ABR_ENDPOINT_RAILWAY: server.url });
    expect(r.report!.results[0].scope.reason).toContain('unknown token [redacted] ([redacted])');
    for (const f of forms(token)) expect(r.stdout + r.stderr).not.toContain(f);
  });
});

describe('the resolution deadline', () => {
  it('a provider that never answers, with a request timeout longer than the deadline: the deadline ends the stage', async () => {
    const server = await serve(() => {});
    const tokens = Array.from({ length: 6 }, () => fake.github('ghp_'));
    const root = workspace({ '.env': tokens.map((t, i) => `GITHUB_TOKEN_${i}=${t}\n`).join('') });
    const started = Date.now();
    const report = await scanWorkspace({
      root,
      env: { ...NO_NETWORK, ABR_ENDPOINT_GITHUB: server.url },
      walk: DEFAULT_WALK,
      resolve: { offline: false, skip: [], maxResolutions: Infinity, environments: {}, probeDatabases: false, timeoutMs: 60_000, deadlineMs: 500 },
      accept: { inline: true },
      events: {},
    });
    expect(Date.now() - started).toBeLessThan(NO_HANG_MS);
    expect(report.results).toHaveLength(6);
    for (const x of report.results) {
      expect(x.scope.status).toBe('unknown');
      expect(x.scope.reason).toBe('not resolved: the resolution deadline passed (0.5 s)');
    }
    expect(report.summary.unresolved).toEqual({ count: 6, reasons: ['the resolution deadline passed (0.5 s)'] });
  });
});
