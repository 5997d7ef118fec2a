// Fakes are not critical (issue 11, item 4): placeholders, providers' published example keys and tokens
// that fail their checksum are not scored as live credentials, and a test folder scores no more rules
// than the same key anywhere else. Every token is built from parts at run time.
import { describe, expect, it } from 'vitest';
import { exampleKey, exampleKeys } from '../detectors/lib/example-keys.js';
import { fileEnvironment } from '../src/context/environment.js';
import * as fake from '../src/detect/fake.js';
import { isPlaceholder, placeholderKind } from '../src/detect/placeholder.js';
import { detectText } from '../src/detect/text.js';
import type { ScanReport } from '../src/types.js';
import { NO_NETWORK, scan, workspace } from './helpers.js';

const CRITICAL = new Set(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
const rulesAt = (r: ScanReport, path: string) =>
  r.results
    .filter((x) => x.finding.path === path)
    .map((x) => x.ruleId)
    .sort();
const detect = (text: string, path = '.env') => detectText({ source: { path, origin: 'workspace' }, text });

// The published keys, from parts so that no file of the repository holds them whole.
const AWS_KEY_ID = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
const AWS_SECRET = ['wJalrXUtnFEMI', '/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY'].join('');
const STRIPE_REFERENCE = ['sk', 'test', 'BQokikJOvBiI2HlWgH4olfQ2'].join('_');
const STRIPE_SAMPLES = ['sk', 'test', '4eC39HqLyjWDarjtT1zdp7dc'].join('_');
const GITHUB_REVOKE_CLASSIC = ['ghp', '1234567890abcdef'.repeat(2) + '12345678'].join('_');

/** A GitHub-format token whose last six characters are not the CRC32 of the rest. */
function badChecksum(prefix: string): string {
  const good = fake.github(prefix);
  const sum = good.slice(-6);
  return good.slice(0, -6) + (sum === 'zzzzzz' ? 'yyyyyy' : 'zzzzzz').slice(0, 3) + sum.slice(3);
}

describe('placeholders', () => {
  const live = (body: string) => ['sk', 'live', body].join('_');

  it.each([
    ['FAKE said six times', live('FAKE'.repeat(6))],
    ['FAKE said six and a half times', live('FAKE'.repeat(6) + 'FA')],
    ['abc repeated', live('abc'.repeat(8))],
    ['a few symbols in long runs', live('aaaabbbbccccdddd1111')],
  ])('sk_live_ with %s is a placeholder and not reported', (_why, key) => {
    expect(isPlaceholder(key)).toBe(true);
    expect(detect(`STRIPE_SECRET_KEY=${key}\n`)).toEqual([]);
  });

  it('sk_live_ with a typed body (counting runs) is reported as a likely sample, not as a key', () => {
    const key = live('1234567890' + 'abcdefghij' + 'x');
    expect(placeholderKind(key)).toBe('typed');
    expect(detect(`STRIPE_SECRET_KEY=${key}\n`).map((f) => f.facts.sample)).toEqual(['likely']);
  });

  it('a chunk repeated between dashes is a placeholder, though every chunk looks like a prefix word', () => {
    expect(isPlaceholder(Array(5).fill('abcd').join('-'))).toBe(true);
  });

  it('a random sk_live_ body is still a credential', () => {
    const key = live(fake.alnum(24));
    expect(isPlaceholder(key)).toBe(false);
    expect(detect(`STRIPE_SECRET_KEY=${key}\n`).map((f) => f.secret)).toEqual([key]);
  });

  it('a FAKE sk_live_ key in __tests__/fixtures/ fires no rule at all', async () => {
    const root = workspace({ '__tests__/fixtures/stripe.env': `STRIPE_SECRET_KEY=${live('FAKE'.repeat(6))}\n` });
    const r = await scan({ root });
    expect(r.results).toEqual([]);
  });
});

describe('published example keys', () => {
  it('every entry cites an https page and is a SHA-256', () => {
    for (const e of exampleKeys) {
      expect(e.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(e.source).toMatch(/^https:\/\//);
    }
  });

  it.each([
    ['AWS example access key id', AWS_KEY_ID, 'aws'],
    ['AWS example secret', AWS_SECRET, 'aws'],
    ["Stripe's API-reference sample key", STRIPE_REFERENCE, 'stripe'],
    ["Stripe's code-sample key", STRIPE_SAMPLES, 'stripe'],
    ["GitHub's revoke-API classic token", GITHUB_REVOKE_CLASSIC, 'github'],
    ["MongoDB's connection-string example password", ['D1fficult', 'P%40ssw0rd'].join(''), 'mongodb'],
  ])('%s is on the list', (_what, key, provider) => {
    expect(exampleKey(key)?.provider).toBe(provider);
  });

  it('the AWS EXAMPLE pair and the Stripe documentation keys are not reported', async () => {
    const root = workspace({
      '.env': `AWS_ACCESS_KEY_ID=${AWS_KEY_ID}\nAWS_SECRET_ACCESS_KEY=${AWS_SECRET}\nSTRIPE_SECRET_KEY=${STRIPE_SAMPLES}\n`,
      'src/pay.js': `const stripe = require('stripe')('${STRIPE_REFERENCE}');\n`,
      '.aws/credentials': `[default]\naws_access_key_id = ${AWS_KEY_ID}\naws_secret_access_key = ${AWS_SECRET}\n`,
    });
    const r = await scan({ root });
    expect(r.results.map((x) => `${x.ruleId} ${x.finding.path}`)).toEqual([]);
  });

  it('a key one character away from a published one is reported', () => {
    const near = STRIPE_SAMPLES.slice(0, -1) + (STRIPE_SAMPLES.endsWith('c') ? 'd' : 'c');
    expect(detect(`STRIPE_SECRET_KEY=${near}\n`).map((f) => f.secret)).toEqual([near]);
  });
});

describe('checksums', () => {
  it.each(['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'])('%s: a valid CRC32 is recorded as valid, a wrong one as a mismatch', (prefix) => {
    const good = fake.github(prefix);
    const bad = badChecksum(prefix);
    expect(detect(`TOKEN=${good}\n`)[0].facts.checksum).toBe('valid');
    expect(detect(`TOKEN=${bad}\n`)[0].facts.checksum).toBe('mismatch');
  });

  it('npm_ tokens carry the same checksum, in the npm-token and the .npmrc detectors', () => {
    const good = fake.npm();
    const bad = good.slice(0, -6) + (good.endsWith('zzzzzz') ? 'yyyyyy' : 'zzzzzz');
    expect(detect(`NPM_TOKEN=${good}\n`)[0].facts.checksum).toBe('valid');
    expect(detect(`NPM_TOKEN=${bad}\n`)[0].facts.checksum).toBe('mismatch');
    expect(detect(`//registry.npmjs.org/:_authToken=${bad}\n`, '.npmrc')[0].facts.checksum).toBe('mismatch');
  });

  it('a ghp_ token failing its checksum is not sent, and is only ABR007, inferred, with the reason — even in an MCP config', async () => {
    const bad = badChecksum('ghp_');
    const root = workspace({ '.mcp.json': JSON.stringify({ mcpServers: { gh: { env: { GITHUB_TOKEN: bad } } } }) });
    let sent = -1;
    // Online, pointed at a closed loopback port: a token that were sent would come back "unreachable".
    const r = await scan({ root, offline: false, env: NO_NETWORK, onResolve: (n) => (sent = n) });
    expect(sent === -1 || sent === 0).toBe(true);
    expect(r.results.map((x) => x.ruleId)).toEqual(['ABR007']);
    const [res] = r.results;
    expect(res.certainty).toBe('inferred');
    expect(res.scope.status).toBe('unknown');
    expect(res.scope.reason).toMatch(/checksum/);
    expect(res.scope.inferred.join(' ')).toMatch(/never issued/);
    expect(r.summary.unresolved).toBeUndefined();
  });

  it('a ghp_ token with a valid checksum is still sent to GitHub', async () => {
    const root = workspace({ '.env': `GITHUB_TOKEN=${fake.github('ghp_')}\n` });
    let sent = -1;
    await scan({ root, offline: false, env: NO_NETWORK, onResolve: (n) => (sent = n) });
    expect(sent).toBe(1);
  });
});

describe('a test folder is no environment', () => {
  it.each([
    ['__tests__/fixtures/stripe.env', 'unknown'],
    ['test/fixtures/app.json', 'unknown'],
    ['spec/support/keys.yml', 'unknown'],
    ['pkg/api/testdata/config.json', 'unknown'],
    ['k8s/overlays/prod/__tests__/secret.yaml', 'unknown'],
    ['test/fixtures/.env.staging', 'staging'],
    ['tests/config/production.yml', 'production'],
    ['.env.test', 'test'],
  ])('%s → %s', (path, env) => expect(fileEnvironment(path)).toBe(env));

  const places = ['__tests__/fixtures/keys.env', 'test/fixtures/keys.env', 'spec/keys.env', 'testdata/keys.env'];

  it.each(places)('a real-looking sk_live_ key in %s fires no more rules than in src/ (workspace declared production)', async (testPath) => {
    const line = `STRIPE_SECRET_KEY=${['sk', 'live', fake.alnum(32)].join('_')}\n`;
    const root = workspace({ [testPath]: line, 'src/keys.env': line });
    const r = await scan({ root, environment: 'production' });
    const inSrc = rulesAt(r, 'src/keys.env');
    expect(inSrc.length).toBeGreaterThan(0);
    expect(rulesAt(r, testPath)).toEqual(inSrc);
    expect(rulesAt(r, testPath)).not.toContain('ABR002');
  });

  it.each(places)('a database URL reaching staging in %s fires no more rules than in src/', async (testPath) => {
    const line = `DATABASE_URL=postgres://app:${fake.password()}@db.staging.example.com:5432/shop\n`;
    const root = workspace({ [testPath]: line, 'src/keys.env': line });
    const r = await scan({ root });
    const inSrc = rulesAt(r, 'src/keys.env');
    expect(inSrc.length).toBeGreaterThan(0);
    expect(rulesAt(r, testPath)).toEqual(inSrc);
    expect(rulesAt(r, testPath).filter((id) => CRITICAL.has(id)).length).toBeLessThanOrEqual(inSrc.filter((id) => CRITICAL.has(id)).length);
  });
});
