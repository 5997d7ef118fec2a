// The pull request's base, as a folder to scan: what the repository held before the PR. actions/checkout
// gives a shallow merge commit by default, so the base commit is fetched with `git fetch --depth=1` and
// exported with a throwaway index (the checkout's own index and work tree are never touched); when git
// cannot have it, the compare and contents APIs rebuild it from the head tree and the PR's changed files.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type * as github from '@actions/github';
import { DEPENDENCY_DIRS } from '../walk/index.js';
import type { PullRequest } from './event.js';

export type Octokit = ReturnType<typeof github.getOctokit>;

export interface BaseTree {
  /** The base's files; `.git/config` is the checkout's own (the runner's, not the PR's). */
  dir: string;
  via: 'git' | 'api';
  /** What could not be rebuilt exactly (API limits), said in the report. */
  notes: string[];
}

export type BaseResult = { tree: BaseTree; why?: undefined } | { tree?: undefined; why: string };

export interface BaseOptions {
  repoRoot: string;
  pr: PullRequest;
  /** The job's token: lets `git fetch` reach a private repository when checkout persisted no credentials. */
  token?: string;
  /** GITHUB_SERVER_URL: the only host the token is sent to by git. */
  serverUrl: string;
  octokit?: Octokit;
  log: (line: string) => void;
}

interface Git {
  ok: boolean;
  stdout: string;
  stderr: string;
}

function git(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Git {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
    // Never prompt for credentials, never download LFS objects: the pointers are what the tree holds.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_LFS_SKIP_SMUDGE: '1', ...env },
  });
  return { ok: r.status === 0, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error.message) : '') };
}

const firstLine = (s: string) => s.trim().split('\n').filter(Boolean).pop()?.slice(0, 300) ?? 'no output';

/** Git configuration passed through the environment (not argv, which other processes can read): the token as an extraheader for the server only. */
function authEnv(token: string | undefined, serverUrl: string): NodeJS.ProcessEnv {
  if (!token || !/^https:\/\//.test(serverUrl)) return {};
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/?$/, '/')}.extraheader`, GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` };
}

/** The checkout's `.git/config` beside the base's files, so what the runner put there is not "new". */
function copyGitConfig(repoRoot: string, dir: string): void {
  const config = join(repoRoot, '.git', 'config');
  if (existsSync(config) && statSync(config).isFile()) {
    mkdirSync(join(dir, '.git'), { recursive: true });
    copyFileSync(config, join(dir, '.git', 'config'));
  }
}

function viaGit(o: BaseOptions, dir: string): string | undefined {
  const sha = o.pr.baseSha;
  if (!git(['rev-parse', '--git-dir'], o.repoRoot).ok) return 'the workspace is not a git checkout';
  if (!git(['cat-file', '-e', `${sha}^{commit}`], o.repoRoot).ok) {
    o.log(`fetching the base commit ${sha.slice(0, 12)} (git fetch --depth=1)`);
    const f = git(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], o.repoRoot, authEnv(o.token, o.serverUrl));
    if (!f.ok) return `git fetch of the base commit failed: ${firstLine(f.stderr)}`;
  }
  const index = join(dir, '..', 'index');
  const env = { GIT_INDEX_FILE: index };
  const read = git(['read-tree', sha], o.repoRoot, env);
  if (!read.ok) return `git read-tree of the base failed: ${firstLine(read.stderr)}`;
  const out = git(['checkout-index', '--all', '--force', `--prefix=${dir}${sep}`], o.repoRoot, env);
  rmSync(index, { force: true });
  if (!out.ok) return `git checkout-index of the base failed: ${firstLine(out.stderr)}`;
  return undefined;
}

interface ChangedFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

async function viaApi(o: BaseOptions, dir: string, notes: string[]): Promise<string | undefined> {
  const octokit = o.octokit;
  if (!octokit) return 'no github-token to ask the API';
  const { owner, repo, baseSha, headSha } = o.pr;
  const files: ChangedFile[] = [];
  try {
    // The compare API pages its file list (at most 3,000 files in all).
    for (let page = 1; page <= 30; page++) {
      const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${baseSha}...${headSha}`, per_page: 100, page });
      const batch = (data.files ?? []) as ChangedFile[];
      files.push(...batch);
      if (batch.length < 100) break;
      if (page === 30) notes.push('the compare API lists at most 3,000 changed files; files past that are compared as unchanged');
    }
  } catch (err) {
    return `the compare API answered ${(err as { status?: number }).status ?? (err as Error).message}`;
  }
  // Start from the head tree (what the PR did not change is the same at the base), then undo each change.
  cpSync(o.repoRoot, dir, {
    recursive: true,
    filter: (src) => {
      const rel = relative(o.repoRoot, src);
      if (!rel) return true;
      const parts = rel.split(sep);
      if (parts[0] === '.git') return parts.length === 1 || (parts.length === 2 && parts[1] === 'config');
      return !parts.some((p) => DEPENDENCY_DIRS.has(p));
    },
  });
  const inside = (p: string) => {
    const abs = resolve(dir, p);
    return abs.startsWith(dir + sep) ? abs : undefined;
  };
  for (const f of files) {
    const target = inside(f.filename);
    if (!target) continue;
    if (f.status === 'added' || f.status === 'copied' || f.status === 'renamed') rmSync(target, { force: true });
    const from = f.status === 'renamed' ? f.previous_filename : f.status === 'removed' || f.status === 'modified' || f.status === 'changed' ? f.filename : undefined;
    const dest = from ? inside(from) : undefined;
    if (!from || !dest) continue;
    try {
      const { data } = await octokit.rest.repos.getContent({ owner, repo, path: from, ref: baseSha });
      const file = data as { type?: string; content?: string; encoding?: string };
      if (file.type !== 'file' || file.encoding !== 'base64') {
        notes.push(`${from}: the contents API did not return the base version (over 1 MB?); the head version stands in for it`);
        continue;
      }
      mkdirSync(dirname(dest), { recursive: true });
      writeFileSync(dest, Buffer.from(file.content ?? '', 'base64'));
    } catch (err) {
      notes.push(`${from}: the contents API answered ${(err as { status?: number }).status ?? 'an error'}; the head version stands in for the base`);
    }
  }
  return undefined;
}

/** The base as a folder (remove it with `dispose`), or why it could not be had. */
export async function fetchBase(o: BaseOptions): Promise<BaseResult> {
  const root = mkdtempSync(join(tmpdir(), 'abr-base-'));
  const dir = join(root, 'tree');
  mkdirSync(dir);
  const gitWhy = viaGit(o, dir);
  if (!gitWhy) {
    copyGitConfig(o.repoRoot, dir);
    return { tree: { dir, via: 'git', notes: [] } };
  }
  o.log(`${gitWhy}; asking the compare and contents APIs instead`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const notes: string[] = [];
  const apiWhy = await viaApi(o, dir, notes);
  if (!apiWhy) return { tree: { dir, via: 'api', notes } };
  rmSync(root, { recursive: true, force: true });
  return { why: `${gitWhy}; ${apiWhy}` };
}

export function dispose(tree: BaseTree | undefined): void {
  if (tree) rmSync(dirname(tree.dir), { recursive: true, force: true });
}
