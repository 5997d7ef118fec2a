// GitHub as an organisation audit meets it (docs.github.com/rest, API version 2022-11-28):
// GET /orgs/{org}/repos paginated with a Link header; GET /repos/{o}/{r}/commits/{ref} with the
// `application/vnd.github.sha` media type (409 for an empty repository); GET /repos/{o}/{r}/tarball/{ref}
// answering 302 to a separate download host (codeload) that serves the gzipped tarball; POST
// /repos/{o}/{r}/code-scanning/sarifs answering 202. The first request for the second page of the
// listing can be answered with a secondary rate limit (403 + Retry-After), as GitHub does under load.
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar-stream';
import { json, startStandin, type Standin } from './index.js';

export interface OrgRepo {
  name: string;
  archived?: boolean;
  fork?: boolean;
  disabled?: boolean;
  topics?: string[];
  defaultBranch?: string;
  /** The gzipped tarball; absent for an empty repository (409 on its head commit). */
  tarball?: Buffer;
  /** The download host answers this status instead of the tarball. */
  downloadStatus?: number;
  /** The API redirects this repository's tarball to this URL instead of the download host. */
  redirectTo?: string;
}

export interface OrgWorld {
  org: string;
  repos: OrgRepo[];
  /** Answer this many requests for listing page 2 with a secondary rate limit (tests re-arm it). */
  secondaryLimits?: number;
  /** Repositories per page whatever per_page asks: GitHub's Link header is what clients follow. */
  pageSize?: number;
  /** Delay before each tarball, so a test can kill the CLI mid-audit. */
  downloadDelayMs?: number;
}

export interface OrgStandin {
  api: Standin;
  codeload: Standin;
  /** POSTed SARIF uploads, decoded. */
  uploads: Array<{ repo: string; commit_sha: string; ref: string; sarif: string; authorization?: string }>;
  close: () => Promise<void>;
}

export const shaOf = (org: string, name: string) => createHash('sha1').update(`${org}/${name}`).digest('hex');

const DOCS = 'https://docs.github.com/rest';

/** A tarball as GitHub builds it: one top folder `owner-repo-sha7/`, then the tree. Entries may be hostile. */
export async function tarball(entries: Array<{ header: tar.Headers; body?: string | Buffer }>): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((r) => pack.on('end', r));
  for (const e of entries) await new Promise<void>((res, rej) => pack.entry(e.header, e.body ?? '', (err) => (err ? rej(err) : res())));
  pack.finalize();
  await ended;
  return gzipSync(Buffer.concat(chunks));
}

/** A plain repository tarball from { path: text }. */
export function repoTarball(org: string, name: string, files: Record<string, string | Buffer>): Promise<Buffer> {
  const top = `${org}-${name}-${shaOf(org, name).slice(0, 7)}`;
  return tarball([{ header: { name: `${top}/`, type: 'directory' } }, ...Object.entries(files).map(([p, body]) => ({ header: { name: `${top}/${p}` }, body }))]);
}

export async function startGithubOrg(world: OrgWorld): Promise<OrgStandin> {
  const uploads: OrgStandin['uploads'] = [];
  const codeload = await startStandin('github-codeload', async (req, _body, res) => {
    const m = /^\/([^/]+)\/([^/]+)\/legacy\.tar\.gz\/([0-9a-f]{40})$/.exec(req.url ?? '');
    const repo = m && m[1] === world.org ? world.repos.find((r) => r.name === m[2]) : undefined;
    if (!repo?.tarball || m![3] !== shaOf(world.org, repo.name)) return void res.writeHead(404).end('Not Found');
    if (world.downloadDelayMs) await new Promise((r) => setTimeout(r, world.downloadDelayMs));
    if (repo.downloadStatus) return void res.writeHead(repo.downloadStatus, { 'content-type': 'text/plain' }).end('unavailable');
    res.writeHead(200, { 'content-type': 'application/x-gzip', 'content-length': String(repo.tarball.length) }).end(repo.tarball);
  });
  const api = await startStandin('github-api', (req, body, res) => {
    const url = new URL(req.url ?? '/', 'http://standin');
    const base = `http://${req.headers.host}`;
    const notFound = (r: ServerResponse) => json(r, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    let m: RegExpExecArray | null;
    if (req.method === 'GET' && (m = /^\/orgs\/([^/]+)\/repos$/.exec(url.pathname))) {
      if (m[1].toLowerCase() !== world.org.toLowerCase()) return notFound(res);
      const per = world.pageSize ?? Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      if (page === 2 && world.secondaryLimits) {
        world.secondaryLimits--;
        // The secondary rate limit as documented: 403, Retry-After, "secondary rate limit" in the message.
        return json(res, 403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: DOCS, status: '403' }, { 'retry-after': '1' });
      }
      const items = world.repos.slice((page - 1) * per, page * per).map((r, i) => ({
        id: (page - 1) * per + i + 1,
        name: r.name,
        full_name: `${world.org}/${r.name}`,
        owner: { login: world.org, type: 'Organization' },
        private: true,
        html_url: `https://github.example/${world.org}/${r.name}`,
        default_branch: r.defaultBranch ?? 'main',
        archived: Boolean(r.archived),
        disabled: Boolean(r.disabled),
        fork: Boolean(r.fork),
        topics: r.topics ?? [],
      }));
      const headers: Record<string, string> = {};
      if (page * per < world.repos.length) {
        const next = new URL(`${base}${url.pathname}${url.search}`);
        next.searchParams.set('page', String(page + 1));
        const last = new URL(next.href);
        last.searchParams.set('page', String(Math.ceil(world.repos.length / per)));
        headers.link = `<${next.href}>; rel="next", <${last.href}>; rel="last"`;
      }
      return json(res, 200, items, headers);
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/(commits|tarball)\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && m) {
      const repo = m[1] === world.org ? world.repos.find((r) => r.name === m![2]) : undefined;
      if (!repo) return notFound(res);
      const sha = shaOf(world.org, repo.name);
      if (m[3] === 'commits') {
        if (!repo.tarball) return json(res, 409, { message: 'Git Repository is empty.', documentation_url: DOCS, status: '409' });
        if (m[4] !== (repo.defaultBranch ?? 'main')) return json(res, 422, { message: `No commit found for SHA: ${m[4]}`, documentation_url: DOCS, status: '422' });
        return void res.writeHead(200, { 'content-type': 'application/vnd.github.sha; charset=utf-8' }).end(sha);
      }
      if (m[4] !== sha) return notFound(res);
      const location = repo.redirectTo ?? `${codeload.url}/${world.org}/${repo.name}/legacy.tar.gz/${sha}`;
      return void res.writeHead(302, { location, 'content-length': '0' }).end();
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/code-scanning\/sarifs$/.exec(url.pathname);
    if (req.method === 'POST' && m) {
      const b = JSON.parse(body) as { commit_sha: string; ref: string; sarif: string };
      uploads.push({ repo: `${m[1]}/${m[2]}`, commit_sha: b.commit_sha, ref: b.ref, sarif: b.sarif, authorization: req.headers.authorization });
      return json(res, 202, { id: `upload-${uploads.length}`, url: `${base}/repos/${m[1]}/${m[2]}/code-scanning/sarifs/upload-${uploads.length}` });
    }
    return notFound(res);
  });
  return {
    api,
    codeload,
    uploads,
    close: async () => {
      await api.close();
      await codeload.close();
    },
  };
}
