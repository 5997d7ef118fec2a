// Encoded values (src/detect/decode.ts): base64, percent-encoding and string escapes are decoded to a bounded
// depth, found as the plain value would be, and located at the encoded text. Every value is built at run time.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { toJson } from '../src/report/json.js';
import { toSarif } from '../src/report/sarif.js';
import { toText } from '../src/report/text.js';
import { scan, scanDefaults, workspace } from './helpers.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

const password = fake.password(20);
const url = `postgres://admin:${password}@db.prod.internal:5432/app`;
const ghp = fake.github('ghp_');
const basicToken = fake.github('ghp_');
const escapedToken = fake.github('ghp_');
// Alphanumeric: a password's own reserved characters would be percent-encoded inside the URL first.
const percentPassword = `${fake.alnum(16)}_${fake.digits(2)}`;
const percentUrl = `postgres://app:${percentPassword}@db.staging.internal/orders`;
const escapedPassword = fake.password(18);
const deep = `postgres://deep:${fake.password(18)}@db.deep.internal/app`;
const tooDeep = `postgres://deeper:${fake.password(18)}@db.deeper.internal/app`;
const secrets = [password, url, ghp, basicToken, escapedToken, percentPassword, escapedPassword, deep, tooDeep];

const files: Record<string, string> = {
  'k8s/secret.yaml': ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: app', 'type: Opaque', 'data:', `  DATABASE_URL: ${b64(url)}`, `  LOGO: ${randomBytes(1500).toString('base64')}`, ''].join(
    '\n',
  ),
  'k8s/secret.json': JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'app' }, data: { DATABASE_URL: b64(url) } }, null, 2),
  '.env': `DATABASE_URL=${url}\n`,
  'http/request.http': `GET /repos HTTP/1.1\nHost: api.example.com\nAuthorization: Basic ${b64(`octo:${basicToken}`)}\n`,
  'callback.txt': `https://app.example.com/connect?next=%2Fhome&db=${encodeURIComponent(percentUrl)}&mode=rw\n`,
  'settings.json': `{\n  "token": "${escapedToken.slice(0, 4)}\\u00${escapedToken.charCodeAt(4).toString(16)}${escapedToken.slice(5)}",\n  "db": "postgres:\\/\\/svc:${escapedPassword}@db.escaped.internal\\/app"\n}\n`,
  'k8s/nested.yaml': `kind: Secret\ndata:\n  TWICE: ${b64(b64(deep))}\n  THRICE: ${b64(b64(b64(tooDeep)))}\n`,
  'image.yaml': `icon: ${randomBytes(3000).toString('base64')}\nthumb: ${randomBytes(300).toString('base64')}\n`,
  'docker/config.json': JSON.stringify({ auths: { 'ghcr.io': { auth: b64(`octo:${ghp}`) } } }, null, 2),
  'laravel/.env': `APP_KEY=base64:${randomBytes(32).toString('base64')}\n`,
};

describe('decoded values', async () => {
  const report = await scan({ ...scanDefaults, root: workspace(files) });
  const at = (path: string) => report.results.filter((r) => r.finding.path === path);

  it('finds a Kubernetes Secret data value as the plain URL: one credential, its locations', () => {
    const plain = at('.env');
    expect(plain.length).toBeGreaterThan(0);
    for (const path of ['k8s/secret.yaml', 'k8s/secret.json']) {
      const rs = at(path);
      expect(rs.map((r) => r.finding.detectorId)).toContain('postgres-url');
      expect(rs.map((r) => r.ruleId).sort()).toEqual(plain.map((r) => r.ruleId).sort());
      for (const r of rs) {
        expect(r.finding.fingerprint).toBe(plain[0].finding.fingerprint);
        expect(r.finding.context.encoding).toBe('base64');
        expect(r.finding.context.variable).toBe('DATABASE_URL');
      }
    }
    // Located at the encoded value.
    const yaml = at('k8s/secret.yaml')[0].finding;
    expect([yaml.line, yaml.column]).toEqual([7, 17]);
    expect(new Set(report.results.filter((r) => r.finding.provider === 'postgres' && r.finding.facts.host === 'db.prod.internal').map((r) => r.finding.fingerprint)).size).toBe(1);
  });

  it('reads a decoded value under its name: a shared format is attributed by it, a random value under a secret name is a secret', async () => {
    const key = () => `sk_live_${fake.alnum(99)}`;
    const stripe = key();
    const clerk = key();
    const token = fake.alnum(40);
    const root = workspace({
      'k8s/named.yaml': [
        'apiVersion: v1',
        'kind: Secret',
        'data:',
        `  STRIPE_SECRET_KEY: ${b64(stripe)}`,
        `  CLERK_SECRET_KEY: ${b64(clerk)}`,
        `  API_TOKEN: ${b64(token)}`,
        `  username: ${b64('admin')}`,
        '',
      ].join('\n'),
    });
    const found = (await scan({ ...scanDefaults, root })).results.map((r) => r.finding);
    const of = (secret: string) => found.filter((f) => f.secret === secret);
    expect(of(stripe).map((f) => [f.provider, f.shared?.decidedBy, f.context.encoding])).toContainEqual(['stripe', 'the variable STRIPE_SECRET_KEY', 'base64']);
    expect(of(clerk).map((f) => [f.provider, f.shared?.decidedBy])).toContainEqual(['clerk', 'the variable CLERK_SECRET_KEY']);
    expect(of(token).map((f) => [f.detectorId, f.context.variable, f.line])).toContainEqual(['generic-secret-assignment', 'API_TOKEN', 6]);
    expect(found.filter((f) => f.line === 7)).toEqual([]);
  });

  it('finds a GitHub token in an Authorization: Basic header', () => {
    const rs = at('http/request.http');
    expect(rs.length).toBeGreaterThan(0);
    expect(rs[0].finding.provider).toBe('github');
    expect(rs[0].finding.secret).toBe(basicToken);
    expect([rs[0].finding.line, rs[0].finding.context.encoding]).toEqual([3, 'base64']);
  });

  it('finds a percent-encoded connection URL in a query string', () => {
    const rs = at('callback.txt');
    expect(rs.map((r) => r.finding.secret)).toContain(percentPassword);
    expect(rs[0].finding.context.encoding).toBe('percent');
    expect(rs[0].finding.context.variable).toBe('db');
  });

  it('finds a JSON-escaped token and an escaped URL', () => {
    const found = at('settings.json').map((r) => [r.finding.secret, r.finding.context.encoding]);
    expect(found).toContainEqual([escapedToken, 'escape']);
    expect(found).toContainEqual([escapedPassword, 'escape']);
  });

  it('decodes to a bounded depth: base64 of base64 is read, a third layer is not', () => {
    const secretsFound = at('k8s/nested.yaml').map((r) => r.finding.secret);
    expect(secretsFound.some((s) => deep.includes(s))).toBe(true);
    expect(secretsFound.some((s) => tooDeep.includes(s))).toBe(false);
  });

  it('flags no random base64 blob', () => {
    expect(at('image.yaml')).toEqual([]);
    expect(at('k8s/secret.yaml').every((r) => r.finding.line === 7)).toBe(true);
  });

  it('does not report again what a detector already decodes, nor a random base64 key', () => {
    // A ghcr.io auth holding a GitHub token is read by the detector that decodes docker auths for GitHub.
    const docker = at('docker/config.json');
    expect(docker.length).toBeGreaterThan(0);
    expect(docker.every((r) => r.finding.detectorId === 'github-container-registry-token' && !r.finding.context.encoding)).toBe(true);
    expect(new Set(docker.map((r) => `${r.finding.line}:${r.finding.column}`)).size).toBe(1);
    expect(at('laravel/.env').every((r) => !r.finding.context.encoding)).toBe(true);
  });

  it('says the value was decoded, and no output holds a decoded secret or its encoded forms', () => {
    const outputs = { text: toText(report, undefined, true), json: toJson(report, true), sarif: JSON.stringify(toSarif(report)) };
    expect(outputs.text).toContain('· base64-decoded');
    expect(JSON.parse(outputs.json).results.some((r: { encoding?: string }) => r.encoding === 'base64')).toBe(true);
    for (const [format, text] of Object.entries(outputs)) {
      for (const s of secrets) {
        for (const form of [s, b64(s), encodeURIComponent(s), b64(`octo:${s}`)]) expect(text.includes(form), `${format} holds ${form.slice(0, 6)}…`).toBe(false);
      }
    }
    const basic = at('http/request.http')[0].finding;
    expect(basic.redacted).toBe(`${basicToken.slice(0, 8)}…`);
  });
});
