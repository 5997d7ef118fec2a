// What the triggering event says about the pull request, read from the toolkit's context (the runner's
// GITHUB_EVENT_PATH payload and GITHUB_REPOSITORY), never parsed by hand.
import type { context } from '@actions/github';

type Context = typeof context;

export interface PullRequest {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  baseRef: string;
  headSha: string;
  /** From another repository: its token is read-only, so no comment can be written. */
  fork: boolean;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

export function pullRequestOf(context: Pick<Context, 'eventName' | 'payload' | 'repo'>): PullRequest | undefined {
  const pr = context.payload.pull_request as
    | { number?: number; base?: { sha?: string; ref?: string; repo?: { full_name?: string } }; head?: { sha?: string; repo?: { full_name?: string; fork?: boolean } | null } }
    | undefined;
  if (!PR_EVENTS.has(context.eventName) || !pr?.base?.sha || !pr.head?.sha || typeof pr.number !== 'number') return undefined;
  const { owner, repo } = context.repo;
  const baseRepo = pr.base.repo?.full_name ?? `${owner}/${repo}`;
  // A deleted fork has no head repository: treat it as a fork (its token is read-only too).
  const fork = !pr.head.repo || pr.head.repo.full_name !== baseRepo;
  return { owner, repo, number: pr.number, baseSha: pr.base.sha, baseRef: pr.base.ref ?? 'base', headSha: pr.head.sha, fork };
}
