// The GitHub Action, run the way the runner runs it: `node <action>/dist-action/index.js` (bundled from the
// current sources into a copy of the Action's repository layout), INPUT_* variables with action.yml's
// defaults, GITHUB_EVENT_PATH at a recorded pull_request event, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT
// files, and GITHUB_API_URL at a local GitHub API stand-in that records the comment calls and serves
// compare/contents. Each repository is real: a bare `origin`, a base commit and a head commit, and a
// shallow clone of the head as the workspace, so the Action fetches its base as it would on a runner.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import Ajv from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { fingerprint } from '../src/detect/engine.js';
import { INPUT_NAMES } from '../src/action/inputs.js';
import { COMMENT_MARKER } from '../src/action/comment.js';
import { COMMENT_LIMIT } from '../src/report/markdown.js';
import { json, recorded, startStandin, type Standin } from './standins/index.js';
import { NO_NETWORK, ROOT } from './helpers.js';
// @ts-expect-error a plain .mjs build script, no declarations
import { buildAction } from '../scripts/build-action.mjs';

const OWNER = 'acme';
const REPO = 'app';
const PR = 7;

// --- the GitHub API stand-in ---------------------------------------------------------------------------

interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

interface Api {
  comments: Comment[];
  /** compare answers: files changed between base and head, or an HTTP status to fail with. */
  compare: Array<{ filename: string; status: string; previous_filename?: string }> | number;
  /** Base contents by path, for the contents API. */
  contents: Record<string, string>;
}

const api: Api = { comments: [], compare: 404, contents: {} };
let standin: Standin;
let nextId = 1000;

function resetApi(): void {
  api.comments = [];
  api.compare = 404;
  api.contents = {};
  recorded.length = 0;
}

const githubCalls = () => recorded.filter((r) => r.provider === 'github-api');

// --- the Action, built like its release ---------------------------------------------------------------

let actionDir: string;
const actionYml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { description: string }>;
};

beforeAll(async () => {
  standin = await startStandin('github-api', (req, body, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = url.pathname;
    const base = `/repos/${OWNER}/${REPO}`;
    if (req.method === 'GET' && p === `${base}/issues/${PR}/comments`) return json(res, 200, api.comments);
    if (req.method === 'POST' && p === `${base}/issues/${PR}/comments`) {
      const c = { id: nextId++, body: JSON.parse(body).body, user: { login: 'github-actions[bot]', type: 'Bot' } };
      api.comments.push(c);
      return json(res, 201, { ...c, html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${c.id}` });
    }
    const patch = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(p);
    if (req.method === 'PATCH' && patch) {
      const c = api.comments.find((x) => x.id === Number(patch[1]));
      if (!c) return json(res, 404, { message: 'Not Found' });
      c.body = JSON.parse(body).body;
      return json(res, 200, c);
    }
    if (req.method === 'GET' && p.startsWith(`${base}/compare/`)) {
      if (typeof api.compare === 'number') return json(res, api.compare, { message: 'Not Found' });
      const page = Number(url.searchParams.get('page') ?? '1');
      return json(res, 200, { status: 'ahead', files: page === 1 ? api.compare : [] });
    }
    if (req.method === 'GET' && p.startsWith(`${base}/contents/`)) {
      const path = decodeURIComponent(p.slice(`${base}/contents/`.length));
      const text = api.contents[path];
      if (text === undefined) return json(res, 404, { message: 'Not Found' });
      return json(res, 200, { type: 'file', encoding: 'base64', path, content: Buffer.from(text).toString('base64') });
    }
    json(res, 404, { message: `stand-in: no route for ${req.method} ${p}` });
  });
  // The Action's repository as the runner checks it out: action.yml, package.json, schemas/, dist-action/.
  actionDir = mkdtempSync(join(tmpdir(), 'abr-action-'));
  await buildAction(join(actionDir, 'dist-action'));
  for (const f of ['action.yml', 'package.json', 'schemas']) cpSync(join(ROOT, f), join(actionDir, f), { recursive: true });
}, 120_000);

afterAll(async () => {
  await standin?.close();
  if (actionDir) rmSync(actionDir, { recursive: true, force: true });
});

// --- real git repositories -----------------------------------------------------------------------------

const GIT_ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: tmpdir() };
// git's progress lines (Cloning into…, Switched to a new branch…, To …origin.git) are captured, not printed:
// execFileSync puts them in the thrown error's message when a command fails.
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();

function write(dir: string, files: Record<string, string | null>): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = join(dir, rel);
    if (text === null) rmSync(abs, { force: true });
    else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  }
}

interface Repo {
  ws: string;
  baseSha: string;
  headSha: string;
}

/** origin (bare) ← base commit on main, head commit on a branch; the workspace is a depth-1 clone of the head. */
function repo(baseFiles: Record<string, string>, headChanges: Record<string, string | null>): Repo {
  const top = mkdtempSync(join(tmpdir(), 'abr-gh-'));
  const bare = join(top, 'origin.git');
  git(top, 'init', '--bare', bare);
  git(bare, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  const author = join(top, 'author');
  mkdirSync(author);
  git(author, 'init');
  write(author, baseFiles);
  git(author, 'add', '-A');
  git(author, 'commit', '-m', 'base');
  const baseSha = git(author, 'rev-parse', 'HEAD');
  git(author, 'push', bare, 'HEAD:refs/heads/main');
  git(author, 'checkout', '-b', 'feature');
  write(author, headChanges);
  git(author, 'add', '-A');
  git(author, 'commit', '--allow-empty', '-m', 'head');
  const headSha = git(author, 'rev-parse', 'HEAD');
  git(author, 'push', bare, 'HEAD:refs/heads/feature');
  const ws = join(top, 'ws');
  git(top, 'clone', '--depth=1', '--branch', 'feature', `file://${bare}`, ws);
  return { ws, baseSha, headSha };
}

// --- running the Action --------------------------------------------------------------------------------

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  sarif?: { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>; suppressions?: unknown[] }> }> };
}

interface RunOptions {
  inputs?: Record<string, string>;
  event?: 'pull_request' | 'schedule';
  fork?: boolean;
  env?: NodeJS.ProcessEnv;
}

const JOB_TOKEN = fake.github('ghs_');

async function runAction(r: Repo, o: RunOptions = {}): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'abr-run-'));
  const eventName = o.event ?? 'pull_request';
  const eventPath = join(dir, 'event.json');
  const headRepo = o.fork ? `someone/${REPO}` : `${OWNER}/${REPO}`;
  const event =
    eventName === 'pull_request'
      ? {
          action: 'synchronize',
          number: PR,
          pull_request: {
            number: PR,
            state: 'open',
            base: { ref: 'main', sha: r.baseSha, repo: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } } },
            head: { ref: 'feature', sha: r.headSha, repo: { full_name: headRepo, name: REPO, fork: Boolean(o.fork), owner: { login: headRepo.split('/')[0] } } },
          },
          repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } },
        }
      : { schedule: '0 6 * * 1', repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } } };
  writeFileSync(eventPath, JSON.stringify(event));
  const summaryPath = join(dir, 'summary.md');
  const outputPath = join(dir, 'output');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  // The runner sets every declared input, with its default unless `with:` gives one.
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml.inputs)) inputs[name] = name === 'github-token' ? JOB_TOKEN : String(spec.default ?? '');
  Object.assign(inputs, { offline: 'true' }, o.inputs);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: tmpdir(),
    ...NO_NETWORK,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: r.ws,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: standin.url,
    GITHUB_RUN_ID: '4242',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: dir,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])),
    ...o.env,
  };
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [join(actionDir, actionYml.runs.main)], { cwd: r.ws, env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
  });
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(outputPath, 'utf8').matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  let sarif: Run['sarif'];
  try {
    sarif = JSON.parse(readFileSync(join(r.ws, inputs['sarif-file']), 'utf8'));
  } catch {
    sarif = undefined;
  }
  return { code, stdout, stderr, outputs, summary: readFileSync(summaryPath, 'utf8'), sarif };
}

const uris = (run: Run) => (run.sarif?.runs[0].results ?? []).map((x) => `${x.ruleId} ${x.locations[0].physicalLocation.artifactLocation.uri}`);
const railwayFp = (t: string) => fingerprint('railway', t);

// --- the scenarios -------------------------------------------------------------------------------------

describe('a pull request that adds RAILWAY_API_TOKEN to a staging file', () => {
  const token = fake.uuid();
  let r: Repo;
  let first: Run;

  beforeAll(async () => {
    resetApi();
    r = repo({ 'README.md': '# app\n', 'config/staging.env': 'APP_ENV=staging\n' }, { 'config/staging.env': `APP_ENV=staging\nRAILWAY_API_TOKEN=${token}\n` });
    first = await runAction(r);
  }, 60_000);

  it('fails the check and says why in one line', () => {
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(first.stdout).toMatch(/::error::1 new credential at or above fail-on high: config\/staging\.env:2 \(ABR001, ABR002, ABR003, ABR004\)\n/);
  });

  it('writes one clear comment on the pull request', () => {
    const creates = githubCalls().filter((c) => c.method === 'POST');
    expect(creates).toHaveLength(1);
    expect(api.comments).toHaveLength(1);
    const body = api.comments[0].body;
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toContain('❌ **1 new credential an agent could read in this pull request**');
    expect(body).toContain('`config/staging.env:2` (staging)');
    for (const id of ['ABR001 critical root-credential', 'ABR002 critical production-reach-from-non-production', 'ABR003', 'ABR004']) expect(body).toContain(id);
    expect(body).toContain('`RAILWAY_API_TOKEN`');
    expect(body).toContain('[job summary](https://github.com/acme/app/actions/runs/4242)');
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  });

  it('writes a code-scanning-ready SARIF file, URIs relative to the repository root', () => {
    expect(first.sarif?.runs[0].results.length).toBeGreaterThan(0);
    expect(uris(first)).toEqual(expect.arrayContaining(['ABR001 config/staging.env', 'ABR002 config/staging.env', 'ABR004 config/staging.env']));
    const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/vendor/sarif-schema-2.1.0.json'), 'utf8'));
    const validate = new Ajv.default({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(first.sarif), JSON.stringify(validate.errors)).toBe(true);
  });

  it('sets the outputs and the job summary', () => {
    expect(first.outputs).toEqual({ findings: '1', 'new-findings': '1', 'sarif-file': 'agent-blast-radius.sarif' });
    expect(first.summary).toContain('#### New in this pull request (1)');
    expect(first.summary).toContain('<summary>What was scanned</summary>');
    expect(Object.keys(actionYml.outputs).sort()).toEqual(Object.keys(first.outputs).sort());
  });

  it('never prints the token: logs, comment, summary and SARIF hold only its preview', () => {
    for (const text of [first.stdout, first.stderr, first.summary, JSON.stringify(first.sarif), api.comments[0].body]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(JOB_TOKEN);
    }
  });

  it('reads the base with git fetch --depth=1 from origin, not the API', () => {
    expect(first.stdout).toContain(`fetching the base commit ${r.baseSha.slice(0, 12)}`);
    expect(first.stdout).toContain('base of the pull request read via git');
    expect(githubCalls().some((c) => c.path.includes('/compare/'))).toBe(false);
  });

  it('updates the same comment in place on the next push, never a second one', async () => {
    const id = api.comments[0].id;
    const second = await runAction(r);
    expect(second.code).toBe(1);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].id).toBe(id);
    const calls = githubCalls().filter((c) => c.method !== 'GET');
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([`POST /repos/acme/app/issues/${PR}/comments`, `PATCH /repos/acme/app/issues/comments/${id}`]);
  }, 60_000);

  it('exits by fail-on: a rule list it does not reach passes, critical fails', async () => {
    const pass = await runAction(r, { inputs: { 'fail-on': 'ABR005,ABR008' } });
    expect(pass.code, pass.stdout).toBe(0);
    expect(pass.outputs['new-findings']).toBe('1');
    expect(api.comments[0].body).toContain('⚠️ **1 new credential an agent could read in this pull request**, none at or above `ABR005,ABR008`');
    const critical = await runAction(r, { inputs: { 'fail-on': 'critical' } });
    expect(critical.code).toBe(1);
    const none = await runAction(r, { inputs: { 'fail-on': 'none' } });
    expect(none.code).toBe(0);
  }, 90_000);

  it('a bad input fails the step with one line naming it', async () => {
    const bad = await runAction(r, { inputs: { 'fail-on': 'severe' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/::error::agent-blast-radius: input fail-on: "severe" is not/);
    expect(bad.stdout).not.toMatch(/\n\s+at /);
  }, 30_000);
});

describe('GitHub limits', () => {
  it('a pull request adding hundreds of credentials gets one comment within 65,536 characters, pointing to the summary', async () => {
    resetApi();
    // Railway's detector reads letters after "railway": name each account token with letters only.
    const name = (i: number) => String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));
    const lines = Array.from({ length: 300 }, (_, i) => `RAILWAY_${name(i)}_ACCOUNT_TOKEN=${fake.uuid()}`);
    // In three files: a file reports at most 100 distinct credentials (--max-findings-per-file).
    const files = Object.fromEntries([0, 1, 2].map((k) => [`staging/many${k}.env`, lines.slice(k * 100, k * 100 + 100).join('\n') + '\n']));
    const r = repo({ 'README.md': '# app\n' }, files);
    const run = await runAction(r);
    expect(run.code).toBe(1);
    expect(run.outputs['new-findings']).toBe('300');
    expect(api.comments).toHaveLength(1);
    const body = api.comments[0].body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/\*\*Truncated\.\*\* The full report is in the \[job summary\]\(https:\/\/github\.com\/acme\/app\/actions\/runs\/4242\)\.\n$/);
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(run.summary).toContain('#### New in this pull request (300)');
    // GitHub shows at most 10 error annotations a step: no more are printed.
    expect(run.stdout.match(/^::error file=|^::error title=/gm)?.length).toBe(10);
  }, 90_000);
});

describe('what is new is decided by fingerprint against the base', () => {
  it('a pull request that only moves an accepted secret passes, with no comment', async () => {
    resetApi();
    const token = fake.uuid();
    const config = `accept:\n  - fingerprint: ${railwayFp(token)}\n    reason: the local Railway emulator's throwaway token\n`;
    const r = repo(
      { '.agent-blast-radius.yml': config, 'config/staging.env': `RAILWAY_API_TOKEN=${token}\n` },
      { 'config/staging.env': null, 'deploy/staging/railway.env': `# moved\nRAILWAY_API_TOKEN=${token}\n` },
    );
    const run = await runAction(r);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ findings: '0', 'new-findings': '0' });
    expect(githubCalls().filter((c) => c.method !== 'GET')).toEqual([]);
    expect(api.comments).toEqual([]);
    expect(run.summary).toContain('✅ **No new credential an agent could read is added by this pull request.**');
    expect(run.summary).toContain('Accepted on purpose (1)');
    expect(run.summary).toContain("the local Railway emulator's throwaway token");
    // Accepted findings stay out of the uploaded SARIF unless asked…
    expect(run.sarif?.runs[0].results).toEqual([]);
    // …and go in as suppressed when asked.
    const withAccepted = await runAction(r, { inputs: { 'sarif-include-accepted': 'true' } });
    expect(
      withAccepted.sarif?.runs[0].results.every(
        (x) => JSON.stringify(x.suppressions) === JSON.stringify([{ kind: 'external', status: 'accepted', justification: "the local Railway emulator's throwaway token" }]),
      ),
    ).toBe(true);
    expect(withAccepted.sarif?.runs[0].results.length).toBeGreaterThan(0);
  }, 60_000);

  it('moving a secret that is not accepted is not new either: reported, not failing', async () => {
    resetApi();
    const token = fake.uuid();
    const r = repo({ 'scripts/old.sh': `export RAILWAY_API_TOKEN=${token}\n` }, { 'scripts/old.sh': null, 'scripts/new.sh': `#!/bin/sh\nexport RAILWAY_API_TOKEN=${token}\n` });
    const run = await runAction(r);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ findings: '1', 'new-findings': '0' });
    expect(run.summary).toContain('1 credential already at the base `main` (not new)');
    expect(run.summary).toContain('Already at the base, not new (1)');
    expect(uris(run)).toContain('ABR001 scripts/new.sh');
  }, 60_000);

  it('without git access the base comes from the compare and contents APIs', async () => {
    resetApi();
    const token = fake.uuid();
    const r = repo({ 'a/railway.env': `RAILWAY_API_TOKEN=${token}\n`, 'keep.txt': 'x\n' }, { 'a/railway.env': null, 'b/railway.env': `RAILWAY_API_TOKEN=${token}\n` });
    git(r.ws, 'remote', 'remove', 'origin');
    api.compare = [
      { filename: 'a/railway.env', status: 'removed' },
      { filename: 'b/railway.env', status: 'added' },
    ];
    api.contents = { 'a/railway.env': `RAILWAY_API_TOKEN=${token}\n` };
    const run = await runAction(r);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('asking the compare and contents APIs instead');
    expect(run.stdout).toContain('base of the pull request read via api');
    expect(run.outputs['new-findings']).toBe('0');
    const gets = githubCalls().map((c) => `${c.method} ${c.path.split('?')[0]}`);
    expect(gets).toContain(`GET /repos/acme/app/compare/${r.baseSha}...${r.headSha}`);
    expect(gets).toContain('GET /repos/acme/app/contents/a%2Frailway.env');
    const auth = githubCalls()[0].headers.authorization;
    expect(auth).toBe(`token ${JOB_TOKEN}`);
  }, 60_000);

  it('says clearly when the base cannot be had, and counts every finding as new', async () => {
    resetApi();
    const token = fake.uuid();
    const r = repo({ 'a.env': `RAILWAY_API_TOKEN=${token}\n` }, { 'README.md': 'hello\n' });
    git(r.ws, 'remote', 'remove', 'origin');
    const run = await runAction(r);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::notice::The base of this pull request \(main at [0-9a-f]{12}\) could not be had: git fetch of the base commit failed: .*; the compare API answered 404\. Every finding counts as new/,
    );
    expect(run.summary).toContain('could not be had');
    expect(run.outputs['new-findings']).toBe('1');
  }, 60_000);
});

describe('configuration and accepted findings come from the base branch', () => {
  it("the base's configuration wins over the pull request's edit of it", async () => {
    resetApi();
    const token = fake.uuid();
    const r = repo(
      { '.agent-blast-radius.yml': 'environment: staging\nexclude: [fixtures/**]\n', 'app.txt': 'x\n' },
      {
        'notes/railway.txt': `RAILWAY_API_TOKEN=${token}\n`,
        'fixtures/sample.env': `RAILWAY_API_TOKEN=${fake.uuid()}\n`,
        '.agent-blast-radius.yml': `environment: production\nexclude: [fixtures/**, notes/**]\naccept:\n  - fingerprint: ${railwayFp(token)}\n    reason: trust me\n`,
      },
    );
    const run = await runAction(r);
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain('::notice::This pull request changes .agent-blast-radius.yml: the change applies after merge.');
    expect(run.summary).toContain('This pull request changes .agent-blast-radius.yml: the change applies after merge.');
    // The base's exclusion holds (fixtures/), the PR's does not (notes/); the base's environment decides ABR002.
    expect(uris(run)).toContain('ABR002 notes/railway.txt');
    expect(uris(run).some((u) => u.includes('fixtures/'))).toBe(false);
    expect(run.summary).not.toContain('trust me');
  }, 60_000);

  it('an inline allow on a line the pull request adds is ignored; one the base had counts', async () => {
    resetApi();
    const old = fake.uuid();
    const added = fake.uuid();
    const r = repo(
      { 'emulator.env': `RAILWAY_API_TOKEN=${old} # agent-blast-radius:allow emulator token, never deployed\n` },
      { 'emulator.env': `RAILWAY_API_TOKEN=${old} # agent-blast-radius:allow emulator token, never deployed\nRAILWAY_API_TOKEN=${added} # agent-blast-radius:allow fine, really\n` },
    );
    const run = await runAction(r);
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain('::notice::An inline agent-blast-radius:allow on a line this pull request adds is ignored until merge: `emulator.env:2`.');
    expect(run.summary).toContain('inline allow: emulator token, never deployed');
    expect(run.outputs).toMatchObject({ findings: '1', 'new-findings': '1' });
  }, 60_000);

  it('a baseline file from the base accepts its findings; an expired entry fires again', async () => {
    resetApi();
    const kept = fake.uuid();
    const lapsed = fake.uuid();
    const baseline = `accept:\n  - fingerprint: ${railwayFp(kept)}\n    reason: staging-only project token\n  - fingerprint: ${railwayFp(lapsed)}\n    reason: until the migration\n    expires: "2020-01-31"\n`;
    const r = repo({ '.abr-baseline.yml': baseline, 'x.txt': 'x\n' }, { 'one.env': `RAILWAY_API_TOKEN=${kept}\n`, 'two.env': `RAILWAY_API_TOKEN=${lapsed}\n` });
    const run = await runAction(r, { inputs: { baseline: '.abr-baseline.yml' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`expired on 2020-01-31: it is reported again`);
    expect(run.outputs).toMatchObject({ findings: '1', 'new-findings': '1' });
    expect(uris(run).every((u) => u.endsWith('two.env'))).toBe(true);
  }, 60_000);
});

describe("the job's own credentials and forks", () => {
  it("leaves out the job's own token (input and checkout's extraheader) and says so once", async () => {
    resetApi();
    const r = repo({ 'README.md': '# app\n' }, { 'ci/token.txt': `GITHUB_TOKEN=${JOB_TOKEN}\n` });
    const header = Buffer.from(`x-access-token:${JOB_TOKEN}`).toString('base64');
    appendFileSync(join(r.ws, '.git/config'), `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${header}\n`);
    const run = await runAction(r);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ findings: '0', 'new-findings': '0' });
    expect(run.stdout.match(/::notice::Left out the job's own GitHub token/g)).toHaveLength(1);
    const notice = run.stdout.split('\n').find((l) => l.includes("Left out the job's own GitHub token"))!;
    expect(notice).toContain('`ci/token.txt`');
    expect(notice).toContain('`.git/config`');
    expect(run.summary.match(/Left out the job's own GitHub token/g)).toHaveLength(1);
    for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.sarif)]) {
      expect(text).not.toContain(JOB_TOKEN);
      expect(text).not.toContain(header);
    }
  }, 60_000);

  it('another token in .git/config is still a finding', async () => {
    resetApi();
    const pat = fake.github('ghp_');
    const r = repo({ 'README.md': '# app\n' }, { 'README.md': '# app!\n' });
    appendFileSync(join(r.ws, '.git/config'), `[remote "mirror"]\n\turl = https://x:${pat}@github.com/acme/mirror.git\n`);
    const run = await runAction(r);
    // It is on the runner, not in the PR: present at the base too, so reported but not new.
    expect(run.outputs).toMatchObject({ 'new-findings': '0' });
    expect(Number(run.outputs.findings)).toBeGreaterThan(0);
  }, 60_000);

  it('a pull request from a fork gets no comment; the job summary is the report', async () => {
    resetApi();
    const r = repo({ 'README.md': '# app\n' }, { 'staging/.env': `RAILWAY_API_TOKEN=${fake.uuid()}\n` });
    const run = await runAction(r, { fork: true });
    expect(run.code).toBe(1);
    expect(githubCalls().filter((c) => c.path.includes('/comments'))).toEqual([]);
    expect(run.summary).toContain('comes from a fork: its token is read-only, so no comment is written');
    expect(run.summary).toContain('#### New in this pull request (1)');
  }, 60_000);
});

describe('full mode (schedules)', () => {
  it('reports every finding with the checkout’s own configuration, and writes no comment', async () => {
    resetApi();
    const token = fake.uuid();
    const r = repo(
      { '.agent-blast-radius.yml': 'exclude: [vendor-fixtures/**]\n', 'ops/railway.env': `RAILWAY_API_TOKEN=${token}\n`, 'vendor-fixtures/x.env': `RAILWAY_API_TOKEN=${fake.uuid()}\n` },
      {},
    );
    const run = await runAction(r, { event: 'schedule' });
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ findings: '1', 'new-findings': '1', 'sarif-file': 'agent-blast-radius.sarif' });
    expect(run.stdout).toContain('full scan of .');
    expect(run.summary).toContain('❌ **1 credential an agent can read**');
    expect(githubCalls()).toEqual([]);
  }, 60_000);

  it('path scans a subfolder and SARIF URIs stay relative to the repository root', async () => {
    resetApi();
    const r = repo({ 'services/api/.env.staging': `RAILWAY_API_TOKEN=${fake.uuid()}\n`, 'other/.env': `RAILWAY_API_TOKEN=${fake.uuid()}\n` }, {});
    const run = await runAction(r, { event: 'schedule', inputs: { path: 'services/api', 'sarif-file': 'out/abr.sarif' } });
    expect(run.outputs['sarif-file']).toBe('out/abr.sarif');
    expect(uris(run).length).toBeGreaterThan(0);
    expect(uris(run).every((u) => u.endsWith(' services/api/.env.staging'))).toBe(true);
    const outside = await runAction(r, { event: 'schedule', inputs: { path: '../elsewhere' } });
    expect(outside.code).toBe(1);
    expect(outside.stdout).toContain('::error::agent-blast-radius: input path: ../elsewhere is outside the repository');
  }, 60_000);
});

describe('action.yml and the example workflows', () => {
  it('runs the committed bundle on node24 and declares exactly the inputs the entry reads', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist-action/index.js' });
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const [name, spec] of Object.entries(actionYml.inputs)) expect(spec.description, name).toBeTruthy();
    expect(actionYml.inputs['github-token'].default).toBe('${{ github.token }}');
    expect(actionYml.inputs['fail-on'].default).toBe('high');
  });

  type Workflow = {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, { 'runs-on': string; permissions?: Record<string, string>; steps: Array<{ uses?: string; with?: Record<string, unknown>; id?: string; if?: string }> }>;
  };
  const workflow = (name: string) => parse(readFileSync(join(ROOT, 'examples/workflows', name), 'utf8')) as Workflow;

  it.each(['pull-request.yml', 'scheduled.yml'])('%s is complete: checkout without persisted credentials, the Action with known inputs, SARIF upload', (name) => {
    const wf = workflow(name);
    expect(Object.keys(wf.on)).not.toContain('pull_request_target');
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
    const ours = steps.find((s) => s.uses?.startsWith('agent-blast-radius/agent-blast-radius@'));
    expect(ours).toBeDefined();
    for (const key of Object.keys(ours!.with ?? {})) expect(Object.keys(actionYml.inputs), key).toContain(key);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.sarif_file).toBe(`\${{ steps.${ours!.id}.outputs.sarif-file }}`);
    expect(upload?.if).toContain('always()');
    const perms = { ...wf.permissions, ...Object.values(wf.jobs)[0].permissions };
    expect(perms['security-events']).toBe('write');
    expect(perms.contents).toBe('read');
  });

  it('the pull-request example runs on pull_request with permission to comment', () => {
    const wf = workflow('pull-request.yml');
    expect(Object.keys(wf.on)).toContain('pull_request');
    const perms = { ...wf.permissions, ...Object.values(wf.jobs)[0].permissions };
    expect(perms['pull-requests']).toBe('write');
  });

  it('the scheduled example runs on a schedule in full mode', () => {
    const wf = workflow('scheduled.yml');
    expect(Object.keys(wf.on)).toContain('schedule');
    const ours = Object.values(wf.jobs)
      .flatMap((j) => j.steps)
      .find((s) => s.uses?.startsWith('agent-blast-radius/'));
    expect(ours?.with?.mode).toBe('full');
  });
});
