// Token formats two providers issue (Stripe's and Clerk's sk_live_/sk_test_): the variable, the line, the file
// name and the neighbouring keys decide the issuer; undecided, the credential is reported with both issuers and
// sent to neither, saying why. A provider's 401 is "revoked" only when the key was unambiguously its own, and
// the summary names each revoked credential's variable and file. Both stand-ins record every request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import type { ScanReport } from '../src/types.js';
import { cliAsync, NO_NETWORK, scan, workspace } from './helpers.js';
import { startClerk } from './standins/clerk.js';
import { recorded, type Standin } from './standins/index.js';
import { startStripe } from './standins/stripe.js';

const key = (mode: 'live' | 'test' = 'live') => `sk_${mode}_${fake.alnum(42)}`;
/** A Clerk publishable key: pk_ + base64 of the instance's Frontend API host and `$` (built, never a literal). */
const clerkPublishable = () => `pk_test_${Buffer.from(`${fake.lowerAlnum(8)}.clerk.accounts.dev$`).toString('base64')}`;
const K = { stripeLive: key(), clerkLive: key(), clerkByNeighbour: key('test'), undecided: key(), mixed: key(), stripeGone: key(), neighbourGone: key(), undecidedGone: key() };

let stripe: Standin;
let clerk: Standin;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  stripe = await startStripe({ keys: { [K.stripeLive]: { account: { id: 'acct_1Live' }, livemode: true } } });
  clerk = await startClerk({ keys: { [K.clerkLive]: { instance: 'ins_2prod', environment: 'production' }, [K.clerkByNeighbour]: { instance: 'ins_2dev', environment: 'development' } } });
  env = { ...NO_NETWORK, ABR_ENDPOINT_STRIPE: stripe.url, ABR_ENDPOINT_CLERK: clerk.url };
});
afterAll(async () => {
  await stripe.close();
  await clerk.close();
});

/** The requests a stand-in received carrying `secret`. */
const sentTo = (provider: string, secret: string) => recorded.filter((r) => r.provider === provider && (r.headers.authorization ?? '').includes(secret));
const online = (files: Record<string, string>) => scan({ root: workspace(files), offline: false, env, timeoutMs: 5000 });
const resultsOf = (r: ScanReport, secret: string) => r.results.filter((x) => x.finding.secret === secret);

describe('a shared prefix goes only to the provider the file names', () => {
  it("CLERK_SECRET_KEY=sk_live_… is Clerk's: resolved by Clerk, never sent to Stripe", async () => {
    const r = await online({ '.env': `CLERK_SECRET_KEY=${K.clerkLive}\n` });
    const mine = resultsOf(r, K.clerkLive);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0].finding).toMatchObject({ provider: 'clerk', detectorId: 'clerk-secret-key' });
    expect(mine[0].scope).toMatchObject({ status: 'live', resolution: 'online', identity: 'ins_2prod · production instance' });
    expect(sentTo('stripe', K.clerkLive)).toHaveLength(0);
    expect(sentTo('clerk', K.clerkLive).map((x) => `${x.method} ${x.path}`)).toEqual(['GET /v1/instance']);
  });

  it("a Clerk publishable key beside a generically named sk_test_ makes it Clerk's", async () => {
    const r = await online({ 'app.env': `PUBLISHABLE_KEY=${clerkPublishable()}\nSECRET_KEY=${K.clerkByNeighbour}\n` });
    expect(resultsOf(r, K.clerkByNeighbour)[0]?.finding.provider).toBe('clerk');
    expect(sentTo('stripe', K.clerkByNeighbour)).toHaveLength(0);
    expect(sentTo('clerk', K.clerkByNeighbour)).toHaveLength(1);
  });

  it('an sk_live_ nothing attributes stays reported as "Stripe or Clerk", is sent to no one, and says why', async () => {
    const r = await online({ 'config.env': `SECRET_KEY=${K.undecided}\n` });
    const mine = resultsOf(r, K.undecided);
    expect(mine.map((x) => x.ruleId)).toContain('ABR001');
    expect(mine.every((x) => x.certainty === 'inferred')).toBe(true);
    expect(mine[0].finding.shared).toMatchObject({ prefix: 'sk_live_', issuers: ['stripe', 'clerk'] });
    expect(mine[0].scope).toMatchObject({ status: 'unknown', resolution: 'offline' });
    expect(mine[0].scope.reason).toBe('not resolved: sk_live_ is issued by both Stripe and Clerk and nothing here says which');
    expect(sentTo('stripe', K.undecided)).toHaveLength(0);
    expect(sentTo('clerk', K.undecided)).toHaveLength(0);
    const out = await cliAsync(['scan', workspace({ 'config.env': `SECRET_KEY=${K.undecided}\n` })], env);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('Stripe or Clerk · secret-key');
    expect(out.stdout).toContain('sk_live_ is issued by both Stripe and Clerk and nothing here says which');
    expect(out.stdout).not.toContain(K.undecided);
  });

  it('keys of both providers around a generic name decide nothing', async () => {
    const r = await online({ '.env': `STRIPE_PUBLISHABLE_KEY=pk_live_${fake.alnum(24)}\nAPI_SECRET=${K.mixed}\nNEXT_PUBLIC_CLERK_SIGN_IN_URL=/sign-in\n` });
    expect(resultsOf(r, K.mixed)[0]?.finding.shared?.decidedBy).toBeUndefined();
    expect(sentTo('stripe', K.mixed)).toHaveLength(0);
    expect(sentTo('clerk', K.mixed)).toHaveLength(0);
  });
});

describe("revoked needs the issuer's word", () => {
  it("Stripe's 401 on an unambiguous STRIPE_SECRET_KEY is revoked, and the summary names its variable and file", async () => {
    const dir = workspace({ '.env.old': `# rotated\nSTRIPE_SECRET_KEY=${K.stripeGone}\n` });
    const r = await scan({ root: dir, offline: false, env, timeoutMs: 5000 });
    expect(r.revoked.map((f) => f.secret)).toEqual([K.stripeGone]);
    expect(resultsOf(r, K.stripeGone)).toEqual([]);
    const text = await cliAsync(['scan', dir, '--show-revoked'], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ {2}\.env\.old:2 {2}Stripe · secret-key · sk_live_\S+… · STRIPE_SECRET_KEY$/m);
    expect(text.stdout).toMatch(/^ {2}revoked: STRIPE_SECRET_KEY in \.env\.old:2$/m);
    const plain = await cliAsync(['scan', dir], env);
    expect(plain.stdout).toMatch(/^ {2}revoked: STRIPE_SECRET_KEY in \.env\.old:2$/m);
    const json = JSON.parse((await cliAsync(['scan', dir, '--show-revoked', '--format', 'json'], env)).stdout) as { revoked: Array<Record<string, unknown>> };
    expect(json.revoked).toEqual([expect.objectContaining({ path: '.env.old', line: 2, variable: 'STRIPE_SECRET_KEY', provider: 'stripe' })]);
  });

  it('a 401 for a key only its neighbours attributed to Stripe is unknown, not revoked, with the reason', async () => {
    const r = await online({ 'billing.env': `STRIPE_PUBLISHABLE_KEY=pk_live_${fake.alnum(24)}\nSECRET_KEY=${K.neighbourGone}\n` });
    expect(sentTo('stripe', K.neighbourGone)).not.toHaveLength(0);
    expect(r.revoked).toEqual([]);
    const mine = resultsOf(r, K.neighbourGone);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0].scope.status).toBe('unknown');
    expect(mine[0].scope.reason).toMatch(
      /^not resolved: Stripe does not know this key, but sk_live_ is also issued by Clerk and only neighbouring keys \(STRIPE_PUBLISHABLE_KEY\) said Stripe; not marked revoked$/,
    );
  });

  it('an undecided key whose Stripe stand-in would answer 401 is never asked, so never revoked', async () => {
    const r = await online({ 'x.env': `TOKEN=${K.undecidedGone}\n` });
    expect(r.revoked).toEqual([]);
    expect(r.summary.revoked).toBe(0);
    expect(resultsOf(r, K.undecidedGone)[0].scope.status).toBe('unknown');
    expect(sentTo('stripe', K.undecidedGone)).toHaveLength(0);
  });
});
