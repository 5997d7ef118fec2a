// What the scan says about one file, or about the inherited environment, offline: the same pipeline as
// `scan` (walk admission, detectors, offline scopes, rules), handed a single source. Verdicts are cached
// under the state dir by path, mtime and size, so a file is scanned again only when it changes.
import { statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { provider as providerOf } from '../../scopes/index.js';
import { runPipeline } from '../pipeline/index.js';
import { DEFAULT_RESOLVE } from '../resolve/index.js';
import type { Result, ScanReport } from '../types.js';
import { DEFAULT_HISTORY, gitHistorySource } from '../walk/git-history.js';
import { processEnvSource } from '../walk/home.js';
import { DEFAULT_WALK, readFile, type Source, workspaceSource } from '../walk/index.js';
import { cachedVerdict, type Danger, type FileVerdict, storeVerdict } from './state.js';

/** The rules that make a read dangerous enough to refuse (issue 13): root, production reach, backup reach. */
export const READ_RULES = new Set(['ABR001', 'ABR002', 'ABR004']);

/** The results a read of their file must be refused for: ABR001, ABR002 or ABR004, not accepted. */
function readDangers(report: ScanReport): Result[] {
  return report.results.filter((r) => READ_RULES.has(r.ruleId) && !r.accepted);
}

/** What a refusal says of one result: never the secret. */
function dangerOf(r: Result): Danger {
  const f = r.finding;
  return {
    rule: r.ruleId,
    provider: providerOf(f.provider)?.name ?? f.provider,
    tokenKind: f.tokenKind,
    line: f.line,
    ...(f.context.variable ? { variable: f.context.variable } : {}),
    fix: r.remediation,
  };
}

/** One danger per rule and secret: a secret found twice in a file is refused once. */
function dangersOf(report: ScanReport): Danger[] {
  const seen = new Set<string>();
  const out: Danger[] = [];
  for (const r of readDangers(report)) {
    const key = `${r.ruleId}:${r.finding.fingerprint}`;
    if (!seen.has(key)) out.push(dangerOf(r));
    seen.add(key);
  }
  return out;
}

function oneFile(abs: string, shown: string): Source {
  return {
    *texts(admit) {
      const t = readFile({ abs, path: shown }, admit);
      if (t) yield t;
    },
  };
}

const OFFLINE = { ...DEFAULT_RESOLVE, offline: true, probeDatabases: false };

/** The dangers in one file; `root` makes the shown path relative, so a file's name gives its environment. */
export async function fileVerdict(abs: string, root: string, stateDir: string): Promise<FileVerdict> {
  const st = statSync(abs);
  const cached = cachedVerdict(stateDir, abs, st.mtimeMs, st.size);
  if (cached) return cached;
  const rel = relative(root, abs);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : abs;
  // No size limit of the scan's own here: a large file an agent reads is still read.
  const report = await runPipeline({
    label: shown,
    sources: [oneFile(abs, shown)],
    walk: { ...DEFAULT_WALK, defaultExcludes: false, maxFileSize: Math.max(DEFAULT_WALK.maxFileSize, st.size + 1) },
    resolve: OFFLINE,
    env: {},
  });
  const v: FileVerdict = { mtimeMs: st.mtimeMs, size: st.size, dangers: dangersOf(report) };
  storeVerdict(stateDir, abs, v);
  return v;
}

/** The dangers in the environment the agent (and so this hook) inherited. */
export async function environmentDangers(env: NodeJS.ProcessEnv): Promise<Danger[]> {
  const report = await runPipeline({ label: 'environment', sources: [processEnvSource(env)], walk: DEFAULT_WALK, resolve: OFFLINE, env: {} });
  return dangersOf(report);
}

/**
 * A whole folder, for `guard install` (and a folder-wide read or a history command the index does not
 * cover yet): the files holding dangerous credentials, and, where the folder holds `.git`, the places in
 * its history that do (what `git log -p` prints, a removed file included).
 */
export async function folderDangers(root: string, historyTimeoutMs = DEFAULT_HISTORY.timeoutMs): Promise<{ files: Record<string, Danger[]>; history: Record<string, Danger[]> }> {
  const report = await runPipeline({
    label: root,
    sources: [workspaceSource(root), gitHistorySource(root, { ...DEFAULT_HISTORY, timeoutMs: historyTimeoutMs })],
    walk: DEFAULT_WALK,
    resolve: OFFLINE,
    env: {},
  });
  const files: Record<string, Danger[]> = {};
  const history: Record<string, Danger[]> = {};
  for (const r of readDangers(report)) ((r.finding.context.origin === 'git-history' ? history : files)[r.finding.path] ??= []).push(dangerOf(r));
  return { files, history };
}
