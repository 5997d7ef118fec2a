// A repository's default branch as a tarball, streamed through the detectors without being written to
// disk. The API answers with a redirect to a download host: that host must be on the allowlist and
// never receives the Authorization header. Every entry is guarded — traversal, absolute paths, links,
// special files, absurd sizes — and so is the stream as a whole (compression bombs, size caps); each
// skip is counted.
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import * as tar from 'tar-stream';
import { EgressError, endpointVariable } from '../resolve/egress.js';
import type { TextInput } from '../types.js';
import type { Admission, Source } from '../walk/index.js';
import type { GithubClient } from './list.js';
import { ABANDONS_ARCHIVE, type ArchiveSkipReason, type Repository } from './types.js';

/** Guards on a whole archive; what is read of each entry is the walk policy's (src/walk/policy.ts). */
export interface ArchiveLimits {
  /** Uncompressed bytes per repository; an entry declaring more is `absurd-size`. */
  maxRepoBytes: number;
  /** Compressed bytes per repository. */
  maxDownloadBytes: number;
  /** Uncompressed/compressed ratio past which, after `bombFloor` bytes, the stream is a compression bomb. */
  bombRatio: number;
  bombFloor: number;
  /** No byte for this long: the download is abandoned. */
  idleTimeoutMs: number;
}

// Source text compresses 3–10×; a stream still expanding past 100× after 64 MiB is built to exhaust
// memory or time, not a repository.
export const DEFAULT_LIMITS: ArchiveLimits = {
  maxRepoBytes: 4 * 1024 ** 3,
  maxDownloadBytes: 2 * 1024 ** 3,
  bombRatio: 100,
  bombFloor: 64 * 1024 ** 2,
  idleTimeoutMs: 60_000,
};

/** A guard stopped the archive: what was read before it stands. */
export class ArchiveGuard extends Error {
  constructor(
    readonly reason: ArchiveSkipReason,
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'ArchiveGuard';
  }
}

/** The commit the default branch points at, or undefined for an empty repository (GitHub answers 409). */
export async function headCommit(octokit: GithubClient, repo: Repository): Promise<string | undefined> {
  try {
    // `application/vnd.github.sha` returns the bare SHA (docs.github.com/rest/commits/commits#get-a-commit).
    const res = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { owner: repo.owner, repo: repo.name, ref: repo.defaultBranch, headers: { accept: 'application/vnd.github.sha' } });
    const sha = String(res.data as unknown).trim();
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha)) throw new Error(`unexpected answer for the head commit of ${repo.fullName}`);
    return sha;
  } catch (err) {
    if ((err as { status?: number }).status === 409) return undefined;
    throw err;
  }
}

/** Hosts a tarball redirect may point at: codeload.github.com, or for an overridden endpoint its own host, `codeload.<host>` and `ABR_ENDPOINT_GITHUB_CODELOAD`. */
export function downloadAllowed(url: URL, env: NodeJS.ProcessEnv): boolean {
  const api = env[endpointVariable('github')];
  const codeload = env[endpointVariable('github-codeload')];
  if (!api && !codeload) return url.protocol === 'https:' && url.host === 'codeload.github.com';
  for (const v of [api, codeload]) {
    if (!v) continue;
    let base: URL;
    try {
      base = new URL(v);
    } catch {
      continue;
    }
    if (url.protocol === base.protocol && url.host === base.host) return true;
    if (v === api && url.protocol === 'https:' && url.host === `codeload.${base.hostname}`) return true;
  }
  return false;
}

/**
 * Opens the tarball of `sha`: the API call carries the token (through Octokit: throttled, retried,
 * read-only), the download host never does. At most three redirects, each checked.
 */
export async function openTarball(octokit: GithubClient, repo: Repository, sha: string, env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<Readable> {
  // GET /repos/{owner}/{repo}/tarball/{ref} answers 302 to codeload (docs.github.com/rest/repos/contents#download-a-repository-archive-tar).
  const res = (await octokit.request('GET /repos/{owner}/{repo}/tarball/{ref}', {
    owner: repo.owner,
    repo: repo.name,
    ref: sha,
    request: { redirect: 'manual', parseSuccessResponseBody: false, signal },
  })) as unknown as { status: number; headers: Record<string, string | undefined>; data: ReadableStream<Uint8Array> | null };
  if (res.status === 200 && res.data) return Readable.fromWeb(res.data as never);
  await res.data?.cancel().catch(() => {});
  let location = res.headers.location;
  for (let hop = 0; hop < 3; hop++) {
    if (res.status < 300 || res.status >= 400 || !location) throw new Error(`tarball: unexpected HTTP ${res.status}`);
    const url = new URL(location, 'https://invalid.invalid');
    if (!downloadAllowed(url, env)) throw new EgressError(`refused: tarball redirect to ${url.host}, which is not an allowed download host`);
    // No Authorization here: the redirect URL carries its own short-lived token.
    const dl = await fetch(url, { redirect: 'manual', headers: { 'user-agent': 'agent-blast-radius-audit' }, signal });
    if (dl.status === 200 && dl.body) return Readable.fromWeb(dl.body as never);
    await dl.body?.cancel().catch(() => {});
    if (dl.status >= 300 && dl.status < 400 && dl.headers.get('location')) {
      location = new URL(dl.headers.get('location')!, url).href;
      continue;
    }
    throw new Error(`tarball download: HTTP ${dl.status}`);
  }
  throw new Error('tarball download: too many redirects');
}

/** What the archive guards saw, beside the walk's own counts: known once the source's texts are consumed. */
export interface ArchiveOutcome {
  archive: Partial<Record<ArchiveSkipReason, number>>;
  archiveExamples: Partial<Record<ArchiveSkipReason, string[]>>;
  bytesDownloaded: number;
  truncated?: ArchiveSkipReason;
}

type EntryVerdict = { path: string } | { skip: ArchiveSkipReason | 'symlink' } | { ignore: true };

/** The entry's path inside the repository (the tarball's top folder stripped), or why it is not read. */
export function entryVerdict(header: tar.Headers, root: { dir?: string }): EntryVerdict {
  const name = header.name ?? '';
  if (!name || name.includes('\0')) return { skip: 'invalid-path' };
  // Absolute: a leading slash or backslash, or a Windows drive letter (tar writers strip these; hostile ones do not).
  if (/^(?:[/\\]|[A-Za-z]:)/.test(name)) return { skip: 'absolute-path' };
  const parts = name.split(/[/\\]+/).filter((p) => p && p !== '.');
  if (parts.includes('..')) return { skip: 'path-traversal' };
  if (!parts.length) return { ignore: true };
  // GitHub's tarballs hold one folder, `owner-repo-sha/`: anything beside it is not the repository.
  root.dir ??= parts[0];
  if (parts[0] !== root.dir) return { skip: 'outside-root' };
  const type = header.type ?? 'file';
  if (type === 'directory') return { ignore: true };
  if (type === 'symlink') return { skip: 'symlink' };
  if (type === 'link') return { skip: 'hardlink' };
  if (type !== 'file' && type !== 'contiguous-file') return { skip: 'special-file' };
  if (parts.length === 1) return { ignore: true };
  return { path: parts.slice(1).join('/') };
}

/** Meters a stream and applies the whole-archive guards. */
function meter(onChunk: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      try {
        onChunk(chunk.length);
      } catch (err) {
        return cb(err as Error);
      }
      cb(null, chunk);
    },
  });
}

/**
 * A gzipped tarball as a source: each entry the walk policy admits, streamed without touching the disk.
 * A guard stop ends the source early (`truncated`, what was read before it stands); other errors throw.
 */
export function archiveSource(body: Readable, limits: ArchiveLimits, onBytes?: (n: number) => void): Source & { outcome: ArchiveOutcome } {
  const outcome: ArchiveOutcome = { archive: {}, archiveExamples: {}, bytesDownloaded: 0 };
  const guard = (reason: ArchiveSkipReason, path: string) => {
    outcome.archive[reason] = (outcome.archive[reason] ?? 0) + 1;
    const ex = (outcome.archiveExamples[reason] ??= []);
    if (ex.length < 5) ex.push(path);
  };
  async function* texts(admit: Admission): AsyncGenerator<TextInput> {
    let uncompressed = 0;
    let idle: NodeJS.Timeout | undefined;
    const idleAbort = new AbortController();
    const touch = () => {
      clearTimeout(idle);
      idle = setTimeout(() => idleAbort.abort(new Error(`download stalled for ${limits.idleTimeoutMs} ms`)), limits.idleTimeoutMs);
    };
    touch();
    const inbound = meter((n) => {
      touch();
      outcome.bytesDownloaded += n;
      onBytes?.(n);
      if (outcome.bytesDownloaded > limits.maxDownloadBytes) throw new ArchiveGuard('archive-too-large', `more than ${limits.maxDownloadBytes} bytes downloaded`);
    });
    const outbound = meter((n) => {
      uncompressed += n;
      if (uncompressed > limits.maxRepoBytes) throw new ArchiveGuard('archive-too-large', `more than ${limits.maxRepoBytes} bytes uncompressed`);
      if (uncompressed > limits.bombFloor && uncompressed > limits.bombRatio * outcome.bytesDownloaded) {
        throw new ArchiveGuard('compression-bomb', `${uncompressed} bytes from ${outcome.bytesDownloaded} compressed`);
      }
    });
    const extract = tar.extract();
    const root: { dir?: string } = {};
    const piped = pipeline(body, inbound, createGunzip(), outbound, extract, { signal: idleAbort.signal });
    // A failure there also ends the extract stream below; it is awaited at the end for its own error.
    piped.catch(() => {});
    try {
      for await (const entry of extract) {
        const h = entry.header;
        const size = h.size ?? 0;
        const v = entryVerdict(h, root);
        let path: string | undefined;
        let read = false;
        if ('path' in v) {
          path = v.path;
          // A declared size past the repository cap cannot be real; draining it would be the attack.
          if (size > limits.maxRepoBytes) throw new ArchiveGuard('absurd-size', `${path} declares ${size} bytes`);
          read = admit.ancestors(path) && admit.path(path) && admit.size(path, size);
        } else if ('skip' in v) {
          if (v.skip === 'symlink') admit.count('symlink', safeExample(h.name));
          else guard(v.skip, safeExample(h.name));
          if (size > limits.maxRepoBytes) throw new ArchiveGuard('absurd-size', `${safeExample(h.name)} declares ${size} bytes`);
        }
        const chunks: Buffer[] = [];
        let length = 0;
        // Entries are always read to their end (tar-stream needs that); only wanted bytes are kept.
        for await (const chunk of entry) {
          if (read) {
            chunks.push(chunk as Buffer);
            length += (chunk as Buffer).length;
          }
        }
        if (!read || !path) continue;
        const bytes = Buffer.concat(chunks, length);
        if (admit.content(path, bytes)) yield { source: { path, origin: 'workspace' }, bytes };
      }
      await piped;
    } catch (err) {
      const g = err instanceof ArchiveGuard ? err : (err as { cause?: unknown }).cause instanceof ArchiveGuard ? (err as { cause: ArchiveGuard }).cause : undefined;
      if (!g || !ABANDONS_ARCHIVE.has(g.reason)) throw err;
      guard(g.reason, g.message.slice(g.reason.length + 2));
      outcome.truncated = g.reason;
      body.destroy();
    } finally {
      clearTimeout(idle);
    }
  }
  return { texts, outcome };
}

/** An entry name as an example in a report: printable, bounded. */
function safeExample(name: string | undefined): string {
  const s = (name ?? '').replace(/[\u0000-\u001f\u007f]/g, '?');
  return s.length > 200 ? s.slice(0, 200) + '…' : s;
}
