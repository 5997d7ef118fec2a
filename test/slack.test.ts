// Slack resolver against its stand-in (test/standins/slack.ts), answering as Slack documents: a live root
// credential, a live scoped one and the provider's own cases; then a revoked one, rate limits and an unexpected
// answer (test/saas-helpers.ts). Every credential is built here by the seeded generator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { scanner, revokedRateLimitedUnexpected } from './saas-helpers.js';
import type { Standin } from './standins/index.js';
import { slackWorld } from './standins/slack.js';

const world = slackWorld();

const T = { slack: world.T };

let standin: Standin;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await world.start();
  env = { ...NO_NETWORK, [endpointVariable('slack')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ slack: Object.values(T.slack) });
  await standin.close();
});

const { one, scanFiles } = scanner(() => env);

describe('Slack', () => {
  it('an Enterprise org admin user token is root: channels deletable org-wide, no restore (inferred)', async () => {
    const { scope, rules, certainty, results } = await one('slack', T.slack.root);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'user-token', root: true, reach: { environments: ['*'] } });
    expect(scope!.identity).toMatch(/^it-admin in Acme \(T0ACME\), Enterprise org E0ACME \(org-wide install\) · scopes: admin\.conversations:write/);
    expect(scope!.evidence).toEqual(['POST /api/auth.test auth.test']);
    expect(scope!.destroy.map((d) => [d.action, d.destroysBackups, d.certainty])).toEqual([
      ['admin.conversations.delete / admin.conversations.bulkDelete', true, 'inferred'],
      ['admin.conversations.removeCustomRetention', false, 'confirmed'],
      ['chat.delete', false, 'confirmed'],
    ]);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
    expect(certainty).toMatchObject({ ABR003: 'confirmed', ABR004: 'inferred' });
    expect(results[0].remediation).toMatch(/bot token with only the granular scopes/);
  });

  it('a bot token: its scopes from x-oauth-scopes, no destroy primitive, live', async () => {
    const { scope, rules } = await one('slack', T.slack.scoped);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'bot-token', root: false, destroy: [] });
    expect(scope!.identity).toBe('deploybot (bot B0BOT) in Acme (T0ACME) · scopes: chat:write, channels:read');
    expect(rules).toEqual(['ABR006']);
  });

  it('the workspace maps through the config environments', async () => {
    const { scope } = await one('slack', T.slack.scoped, { environments: { T0ACME: 'production' } });
    expect(scope!.reach.environments).toEqual(['production']);
  });

  it('incoming webhooks are never posted to: not resolved, said so', async () => {
    const hook = `https://hooks.slack.com/services/T${fake.upperHex(10)}/B${fake.upperHex(10)}/${fake.alnum(24)}`;
    const report = await scanFiles({ 'ci.env': `SLACK_WEBHOOK_URL=${hook}\n` });
    expect(report.results[0].scope.reason).toMatch(/not resolved: an incoming webhook can only be tested by posting/);
  });
});

revokedRateLimitedUnexpected('slack', T.slack, () => standin, one);
