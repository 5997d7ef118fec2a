// One pull-request comment, updated in place on every push (found again by a hidden marker), never
// duplicated. Written only when there is something to say or an earlier comment to correct.
import type { Octokit } from './base.js';
import type { PullRequest } from './event.js';

export const COMMENT_MARKER = '<!-- agent-blast-radius: pull-request comment -->';

export type CommentOutcome = { action: 'created' | 'updated'; id: number; url?: string } | { action: 'none' };

interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { type?: string } | null;
}

/** Updates the Action's earlier comment, or creates one when `create` says there is news. */
export async function upsertComment(octokit: Octokit, pr: PullRequest, body: string, create: boolean): Promise<CommentOutcome> {
  const target = { owner: pr.owner, repo: pr.repo };
  const comments = (await octokit.paginate(octokit.rest.issues.listComments, { ...target, issue_number: pr.number, per_page: 100 })) as IssueComment[];
  const ours = comments.filter((c) => c.body?.startsWith(COMMENT_MARKER));
  // A marker in someone's own comment is not ours to overwrite when a bot's is there.
  const existing = ours.find((c) => c.user?.type === 'Bot') ?? ours[0];
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({ ...target, comment_id: existing.id, body });
    return { action: 'updated', id: data.id ?? existing.id, url: data.html_url };
  }
  if (!create) return { action: 'none' };
  const { data } = await octokit.rest.issues.createComment({ ...target, issue_number: pr.number, body });
  return { action: 'created', id: data.id, url: data.html_url };
}
