// Stand-in for Slack's auth.test: 200 with ok:false for a bad token, scopes in x-oauth-scopes
// (https://api.slack.com/methods/auth.test, https://api.slack.com/authentication/token-types).
import { slackBot, slackUser } from '../saas-helpers.js';
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export interface SlackToken {
  team: string;
  team_id: string;
  user: string;
  user_id: string;
  bot_id?: string;
  enterprise_id?: string;
  is_enterprise_install?: boolean;
  /** x-oauth-scopes, comma-separated; undefined sends no header. */
  scopes?: string;
}

export function startSlack(world: { tokens: Record<string, SlackToken>; dead?: Record<string, string>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('slack', bearer, world.canned, (req, url, token, res) => {
    // Slack answers 200 with ok:false for a bad token; only 429 and 200 are meaningful statuses.
    if (req.method !== 'POST' || url.pathname !== '/api/auth.test') return json(res, 404, { ok: false, error: 'unknown_method' });
    if (!token) return json(res, 200, { ok: false, error: 'not_authed' });
    if (world.dead?.[token]) return json(res, 200, { ok: false, error: world.dead[token] });
    const t = world.tokens[token];
    if (!t) return json(res, 200, { ok: false, error: 'invalid_auth' });
    const headers: Record<string, string> = { 'x-accepted-oauth-scopes': '' };
    if (t.scopes !== undefined) headers['x-oauth-scopes'] = t.scopes;
    json(
      res,
      200,
      {
        ok: true,
        url: `https://${t.team.toLowerCase().replace(/\W+/g, '-')}.slack.com/`,
        team: t.team,
        user: t.user,
        team_id: t.team_id,
        user_id: t.user_id,
        ...(t.bot_id ? { bot_id: t.bot_id } : {}),
        ...(t.enterprise_id ? { enterprise_id: t.enterprise_id, is_enterprise_install: t.is_enterprise_install ?? false } : { is_enterprise_install: false }),
      },
      headers,
    );
  });
}

/** Slack's stand-in world, shared by test/slack.test.ts and test/saas-workspace.test.ts: the credentials it knows
 * (built by the seeded generator) and `start` for the stand-in answering them. */
export function slackWorld() {
  const T = { root: slackUser(), scoped: slackBot(), revoked: slackBot(), odd: slackBot() };
  const start = (): Promise<Standin> =>
    startSlack({
      tokens: {
        [T.root]: {
          team: 'Acme',
          team_id: 'T0ACME',
          user: 'it-admin',
          user_id: 'U0ADMIN',
          enterprise_id: 'E0ACME',
          is_enterprise_install: true,
          scopes: 'admin.conversations:write,admin.conversations:read,chat:write,channels:history',
        },
        [T.scoped]: { team: 'Acme', team_id: 'T0ACME', user: 'deploybot', user_id: 'U0BOT', bot_id: 'B0BOT', scopes: 'chat:write,channels:read' },
      },
      dead: { [T.revoked]: 'token_revoked' },
      canned: { [T.odd]: { status: 200, body: { ok: false, error: 'ekm_access_denied' } } },
    });
  return { T, start };
}
