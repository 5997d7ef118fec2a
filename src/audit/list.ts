// The organisation's repositories, through Octokit with the throttling and retry plugins. The client
// is read-only by construction: a hook refuses any call but GET (and, with --upload-sarif, the one
// code-scanning upload) and any URL off the API base, so a Link header cannot carry the token away.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import picomatch from 'picomatch';
import { UsageError } from '../errors.js';
import { EgressError, endpointVariable } from '../resolve/egress.js';
import type { Listing, Repository } from './types.js';

const AuditOctokit = Octokit.plugin(throttling, retry);
export type GithubClient = InstanceType<typeof AuditOctokit>;

export const GITHUB_API = 'https://api.github.com';

/** `ABR_ENDPOINT_GITHUB` (GitHub Enterprise Server: `https://HOST/api/v3`), else api.github.com. */
export function githubBase(env: NodeJS.ProcessEnv): URL {
  const v = env[endpointVariable('github')];
  if (!v) return new URL(GITHUB_API);
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new UsageError(`${endpointVariable('github')} is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`${endpointVariable('github')} must be http(s)`);
  return url;
}

// The only write the audit may make: POST /repos/{owner}/{repo}/code-scanning/sarifs
// (docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data).
const SARIF_UPLOAD = /^\/repos\/[^/]+\/[^/]+\/code-scanning\/sarifs$/;

export interface ClientOptions {
  token: string;
  env: NodeJS.ProcessEnv;
  /** --upload-sarif: admit the code-scanning upload. */
  uploads: boolean;
  note: (line: string) => void;
  /** Seconds → ms for Retry-After and the retry plugin's back-off (tests shorten it). */
  retryBaseMs?: number;
}

/**
 * No answer at all (DNS failure, refused connection, no network) becomes this status, which no plugin
 * retries: a network that is down now will be down in the 14 s the retry back-off would wait.
 */
export const NETWORK_DOWN = 599;

/** fetch, with a network-level failure turned into a NETWORK_DOWN answer carrying the reason. */
async function fetchOrDown(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (err as Error).message;
    return new Response(JSON.stringify({ message: `network error: ${why}` }), { status: NETWORK_DOWN, headers: { 'content-type': 'application/json' } });
  }
}

export function githubClient(opts: ClientOptions): { octokit: GithubClient; base: URL } {
  const base = githubBase(opts.env);
  const baseHref = base.href.replace(/\/$/, '');
  const octokit = new AuditOctokit({
    auth: opts.token,
    request: { fetch: fetchOrDown },
    baseUrl: baseHref,
    userAgent: 'agent-blast-radius-audit',
    // A network failure is reported once, by whoever asked (NETWORK_DOWN); Octokit's own line for it would repeat it.
    log: { debug: () => {}, info: () => {}, warn: (m: string) => opts.note(m), error: (m: string) => void (m.includes(` - ${NETWORK_DOWN} `) || opts.note(m)) },
    throttle: {
      retryAfterBaseValue: opts.retryBaseMs ?? 1000,
      // Primary limit (x-ratelimit-remaining: 0): wait for the reset, up to an hour, three times
      // (docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit).
      onRateLimit: (after: number, o: { method: string; url: string }, _k: unknown, count: number) => {
        opts.note(`GitHub rate limit reached on ${o.method} ${o.url}; ${count < 3 && after <= 3600 ? `waiting ${after}s` : 'giving up'}`);
        return count < 3 && after <= 3600;
      },
      // Secondary limit (403/429 "secondary rate limit" with Retry-After): wait as told, five times.
      onSecondaryRateLimit: (after: number, o: { method: string; url: string }, _k: unknown, count: number) => {
        opts.note(`GitHub secondary rate limit on ${o.method} ${o.url}; ${count < 5 ? `waiting ${after}s` : 'giving up'}`);
        return count < 5;
      },
    },
    // Octokit's defaults, plus 409 (an empty repository's commits: an answer, not a hiccup).
    retry: { retries: 3, retryAfterBaseValue: opts.retryBaseMs ?? 1000, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451, NETWORK_DOWN] },
  });
  octokit.hook.before('request', (options) => {
    const { method, url } = octokit.request.endpoint.parse(options);
    const u = new URL(url);
    if (u.origin !== base.origin || !(u.pathname + '/').startsWith(base.pathname.replace(/\/?$/, '/'))) {
      throw new EgressError(`refused: ${u.host} is not the GitHub API endpoint ${base.host}`);
    }
    const rel = u.pathname.slice(base.pathname.replace(/\/$/, '').length) || '/';
    if (method === 'GET') return;
    if (method === 'POST' && opts.uploads && SARIF_UPLOAD.test(rel)) return;
    throw new EgressError(`refused: ${method} ${rel} is not a read call`);
  });
  return { octokit, base };
}

export interface ListFilters {
  includeArchived: boolean;
  includeForks: boolean;
  /** Globs on the repository name (or `owner/name` when the glob has a slash); any may match. */
  repos: string[];
  /** Topics; a repository with any of them is kept. */
  topics: string[];
}

interface ApiRepo {
  name: string;
  full_name: string;
  owner: { login: string };
  default_branch?: string;
  archived?: boolean;
  disabled?: boolean;
  fork?: boolean;
  topics?: string[];
  html_url: string;
}

/** Every repository of the organisation (Link-header pagination), filtered, sorted by full name. */
export async function listRepositories(octokit: GithubClient, org: string, filters: ListFilters): Promise<{ repositories: Repository[]; listing: Listing }> {
  const matchers = filters.repos.map((g) => ({ slash: g.includes('/'), test: picomatch(g, { nocase: true, dot: true }) }));
  const topics = new Set(filters.topics.map((t) => t.toLowerCase()));
  const listing: Listing = { listed: 0, selected: 0, filtered: { archived: 0, forks: 0, disabled: 0, repo: 0, topic: 0 } };
  const repositories: Repository[] = [];
  try {
    for await (const page of octokit.paginate.iterator('GET /orgs/{org}/repos', { org, type: 'all', per_page: 100 })) {
      for (const r of page.data as ApiRepo[]) {
        listing.listed++;
        if (r.disabled) listing.filtered.disabled++;
        else if (r.archived && !filters.includeArchived) listing.filtered.archived++;
        else if (r.fork && !filters.includeForks) listing.filtered.forks++;
        else if (matchers.length && !matchers.some((m) => m.test(m.slash ? r.full_name : r.name))) listing.filtered.repo++;
        else if (topics.size && !(r.topics ?? []).some((t) => topics.has(t.toLowerCase()))) listing.filtered.topic++;
        else
          repositories.push({
            fullName: r.full_name,
            owner: r.owner.login,
            name: r.name,
            defaultBranch: r.default_branch ?? 'main',
            archived: Boolean(r.archived),
            fork: Boolean(r.fork),
            topics: [...(r.topics ?? [])].sort(),
            htmlUrl: r.html_url,
          });
      }
    }
  } catch (err) {
    const status = (err as { status?: number }).status;
    // 404 for an organisation the token cannot see, 401 for a bad token (docs.github.com/rest/repos/repos#list-organization-repositories).
    if (status === 404)
      throw new UsageError(`organisation "${org}" not found, or the token cannot see it`, 'check --org, and that the token (a GitHub App installation token, or a PAT with read access) belongs to it');
    if (status === 401) throw new UsageError('GitHub refused the token (401 Bad credentials)', 'pass a valid token in GITHUB_TOKEN or --github-token');
    if (status === NETWORK_DOWN)
      throw new UsageError(
        `cannot reach the GitHub API at ${octokit.request.endpoint.DEFAULTS.baseUrl} (${(err as Error).message.replace(/^network error: /, '')}): no network?`,
        'check the connection, or ABR_ENDPOINT_GITHUB for GitHub Enterprise Server',
      );
    // Unreachable endpoint, rate limit given up on, a 403 (SSO, missing permission): one line, no stack.
    throw new UsageError(
      `cannot list the repositories of ${org}: ${status ? `HTTP ${status}: ` : ''}${(err as Error).message.split('\n')[0]}`,
      'check the token, its permissions, and ABR_ENDPOINT_GITHUB',
    );
  }
  repositories.sort((a, b) => (a.fullName.toLowerCase() < b.fullName.toLowerCase() ? -1 : a.fullName.toLowerCase() > b.fullName.toLowerCase() ? 1 : 0));
  listing.selected = repositories.length;
  return { repositories, listing };
}
