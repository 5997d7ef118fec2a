// Stand-in for Google Cloud for a service-account key: the public certificates, the JWT-bearer token exchange with real RS256
// verification (RFC 7523; https://developers.google.com/identity/protocols/oauth2/service-account), and Resource
// Manager's projects.search and testIamPermissions (https://cloud.google.com/resource-manager/reference/rest).
import { createPublicKey, createVerify, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import * as fake from '../../src/detect/fake.js';
import { gcpKey } from '../saas-helpers.js';
import { answerOdd, bearer, json, startStandin, urlOf, type Odd, type Standin } from './index.js';

export interface GcpAccount {
  email: string;
  /** Active keys: key id → public key. A deleted key is simply absent. */
  keys: Record<string, KeyObject>;
  /** Projects the account can get, with the permissions it holds there. */
  projects: Record<string, string[]>;
}
export interface GcpConfig extends Odd {
  accounts: GcpAccount[];
}

/** A self-signed X.509 certificate (DER built by hand: node:crypto reads certificates but does not make them). */
export function selfSignedCertificate(subject: string, privateKey: KeyObject): string {
  const tlv = (tag: number, ...content: Buffer[]) => {
    const body = Buffer.concat(content);
    const len = body.length < 0x80 ? Buffer.from([body.length]) : body.length < 0x100 ? Buffer.from([0x81, body.length]) : Buffer.from([0x82, body.length >> 8, body.length & 0xff]);
    return Buffer.concat([Buffer.from([tag]), len, body]);
  };
  const seq = (...c: Buffer[]) => tlv(0x30, ...c);
  const sha256WithRsa = seq(Buffer.from('06092a864886f70d01010b', 'hex'), Buffer.from('0500', 'hex'));
  const name = seq(tlv(0x31, seq(Buffer.from('0603550403', 'hex'), tlv(0x0c, Buffer.from(subject)))));
  const time = (d: Date) => tlv(0x17, Buffer.from(d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'));
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const tbs = seq(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))),
    tlv(0x02, Buffer.from([1, ...randomBytes(8)])),
    sha256WithRsa,
    name,
    seq(time(new Date(Date.now() - 86_400_000)), time(new Date(Date.now() + 86_400_000 * 3650))),
    name,
    spki,
  );
  const sig = sign('RSA-SHA256', tbs, privateKey);
  const der = seq(tbs, sha256WithRsa, tlv(0x03, Buffer.from([0]), sig));
  return `-----BEGIN CERTIFICATE-----\n${der
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END CERTIFICATE-----\n`;
}

export function startGcp(cfg: GcpConfig, certificates: Record<string, Record<string, string>>): Promise<Standin> {
  const tokens = new Map<string, GcpAccount>();
  return startStandin('gcp', (req, body, res) => {
    const u = urlOf(req);
    const x509 = /^\/robot\/v1\/metadata\/x509\/([^/]+)$/.exec(u.pathname);
    if (req.method === 'GET' && x509) {
      const certs = certificates[decodeURIComponent(x509[1])];
      return certs ? json(res, 200, certs) : json(res, 404, { error: { code: 404, message: 'Not Found' } });
    }
    if (req.method === 'POST' && u.pathname === '/token') {
      const form = new URLSearchParams(body);
      const assertion = form.get('assertion') ?? '';
      const [h, c, s] = assertion.split('.');
      const header = JSON.parse(Buffer.from(h ?? '', 'base64url').toString('utf8') || '{}');
      const claims = JSON.parse(Buffer.from(c ?? '', 'base64url').toString('utf8') || '{}');
      if (answerOdd(cfg, claims.iss, res)) return;
      if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || header.alg !== 'RS256')
        return json(res, 400, { error: 'unsupported_grant_type', error_description: 'Invalid grant_type' });
      if (claims.aud !== 'https://oauth2.googleapis.com/token' || !(claims.exp > Date.now() / 1000))
        return json(res, 400, { error: 'invalid_grant', error_description: 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.' });
      const acct = cfg.accounts.find((a) => a.email === claims.iss);
      const verified =
        acct &&
        Object.values(acct.keys).some((k) =>
          createVerify('RSA-SHA256')
            .update(`${h}.${c}`)
            .verify(k, Buffer.from(s ?? '', 'base64url')),
        );
      if (!acct || !verified) return json(res, 400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' });
      const token = randomBytes(24).toString('hex');
      tokens.set(token, acct);
      return json(res, 200, { access_token: token, expires_in: 3599, token_type: 'Bearer' });
    }
    const acct = tokens.get(bearer(req) ?? '');
    if (!acct) return json(res, 401, { error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' } });
    if (req.method === 'GET' && u.pathname === '/v3/projects:search') {
      return json(res, 200, { projects: Object.keys(acct.projects).map((id, i) => ({ name: `projects/${1000 + i}`, projectId: id, displayName: id, state: 'ACTIVE' })) });
    }
    const t = /^\/v1\/projects\/([^/:]+):testIamPermissions$/.exec(u.pathname);
    if (req.method === 'POST' && t) {
      const held = acct.projects[t[1]];
      if (!held) return json(res, 403, { error: { code: 403, message: `The caller does not have permission`, status: 'PERMISSION_DENIED' } });
      const asked = (JSON.parse(body) as { permissions: string[] }).permissions;
      const have = asked.filter((p) => held.includes(p));
      return json(res, 200, have.length ? { permissions: have } : {});
    }
    json(res, 404, { error: { code: 404, message: 'Not Found' } });
  });
}

/**
 * The GCP accounts the tests resolve against: an owner of billing-prod (root), a scoped ETL account, an account
 * whose leaked key was deleted (another key registered instead: revoked) and one whose answers are odd.
 */
export function gcpWorld() {
  const T = { root: gcpKey('billing-prod'), scoped: gcpKey('etl-staging', 'etl'), revoked: gcpKey('billing-prod', 'old'), odd: gcpKey('billing-prod', 'odd') };
  /** Registered for the revoked account instead of its leaked key. */
  const rotated = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  // The stand-in's own grant, written out here rather than read from scopes/gcp.ts, so the resolver's list is tested.
  const OWNER = [
    'resourcemanager.projects.delete',
    'resourcemanager.projects.setIamPolicy',
    'iam.serviceAccountKeys.create',
    'iam.serviceAccounts.actAs',
    'cloudsql.instances.delete',
    'cloudsql.backupRuns.delete',
    'storage.buckets.delete',
    'storage.objects.delete',
    'compute.instances.delete',
    'compute.disks.delete',
    'compute.snapshots.delete',
  ];
  const start = async (odd: Set<string>): Promise<Standin> => {
    const rotatedId = fake.hex(40);
    const standin = await startGcp(
      {
        odd,
        accounts: [
          { email: T.root.email, keys: { [T.root.keyId]: T.root.key }, projects: { 'billing-prod': OWNER, 'billing-staging': ['storage.objects.delete'] } },
          { email: T.scoped.email, keys: { [T.scoped.keyId]: T.scoped.key }, projects: { 'etl-staging': ['storage.objects.delete'] } },
          { email: T.revoked.email, keys: { [rotatedId]: rotated }, projects: { 'billing-prod': OWNER } },
          { email: T.odd.email, keys: { [T.odd.keyId]: T.odd.key }, projects: {} },
        ],
      },
      {
        [T.root.email]: { [T.root.keyId]: selfSignedCertificate(T.root.email, T.root.key) },
        [T.scoped.email]: { [T.scoped.keyId]: selfSignedCertificate(T.scoped.email, T.scoped.key) },
        [T.revoked.email]: { [rotatedId]: selfSignedCertificate(T.revoked.email, rotated) },
        [T.odd.email]: { [T.odd.keyId]: selfSignedCertificate(T.odd.email, T.odd.key) },
      },
    );
    odd.add(T.odd.email);
    return standin;
  };
  return { T, start };
}
