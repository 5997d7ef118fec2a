// AWS resolver against a Query-protocol stand-in for STS and IAM that checks SigV4 signatures: every
// key is built here at test time; the stand-in records every request for the egress invariants.
import { scopeJson as rendered } from '../src/report/resources.js';
import { DeleteUserCommand, GetAccountAuthorizationDetailsCommand, ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand, GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFromKeyId } from '../detectors/lib/aws.js';
import aws from '../scopes/aws.js';
import { allowsEverything, evaluate, parsePolicy, wildcardMatch, type PolicyDocument } from '../scopes/lib/aws-policy.js';
import * as fake from '../src/detect/fake.js';
import { admitAwsRequest, awsClients, awsQueryRead, loadAwsSdk } from '../src/resolve/aws.js';

await loadAwsSdk();
import { Egress, EgressError } from '../src/resolve/egress.js';
import { AWS_CANARY_ACCOUNTS } from '../scopes/aws.js';
import { scan } from './helpers.js';
import type { Result } from '../src/types.js';
import { assertEgressClean } from './egress-check.js';
import { cliAsync, scanDefaults, workspace } from './helpers.js';
import { parseAuthorization, startAws, type AwsStandin } from './standins/aws.js';
import { recorded, startStandin, type Standin } from './standins/index.js';
import { startRailway } from './standins/railway.js';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** The inverse of accountFromKeyId: a key id whose ten leading base32 characters encode `account`. */
function keyIdForAccount(account: string, prefix = 'AKIA'): string {
  const first6 = (BigInt(account) << 7n) | BigInt(Number(fake.digits(3)) % 128);
  const bits = (first6 << 32n) | BigInt(Number(fake.digits(9)) % 2 ** 32);
  let s = '';
  for (let i = 15; i >= 0; i--) s += B32[Number((bits >> BigInt(i * 5)) & 31n)];
  return prefix + s;
}

const key = (prefix = 'AKIA') => ({ id: fake.awsKeyId(prefix), secret: fake.awsSecret() });
const ROOT = key();
const SCOPED = key();
const ADMIN = key();
const LOCAL = key();
const STAR = key();
const BLIND = key();
const HALF = key();
const ESCALATOR = key();
const ROLE = { ...key('ASIA'), session: fake.base64(180) };
const REVOKED = key();
const EXPIRED = { ...key('ASIA'), session: fake.base64(180) };
const MISPAIRED = { ...key(), wrong: fake.awsSecret() };
const FLAKY = key();
const LONE = fake.awsKeyId();
const CANARY = { id: keyIdForAccount([...AWS_CANARY_ACCOUNTS][0]), secret: fake.awsSecret() };
const JUNK = key();
const RAILWAY = fake.uuid();

const PROD = '210987654321';
const STG = '123456789012';
const DATA = '345678901234';

const allow = (Action: string | string[], Resource: string | string[] = '*'): PolicyDocument => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource }] });
const deny = (Action: string | string[], Resource: string | string[] = '*'): PolicyDocument => ({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action, Resource }] });
const IAM_ALL = ['*'];
const catalogue = [
  'rds:DeleteDBInstance',
  'rds:DeleteDBCluster',
  'rds:DeleteDBSnapshot',
  'rds:DeleteDBClusterSnapshot',
  'rds:DeleteDBInstanceAutomatedBackup',
  's3:DeleteBucket',
  's3:DeleteObject',
  'dynamodb:DeleteTable',
  'dynamodb:DeleteBackup',
  'ec2:DeleteVolume',
  'ec2:DeleteSnapshot',
  'ec2:TerminateInstances',
  'backup:DeleteRecoveryPoint',
  'backup:DeleteBackupVault',
  'kms:ScheduleKeyDeletion',
  'iam:CreateAccessKey',
  'iam:AttachUserPolicy',
  'iam:PutUserPolicy',
];

let standin: AwsStandin;
let railway: Standin;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await startAws({
    keys: {
      [ROOT.id]: { secret: ROOT.secret, account: PROD, arn: `arn:aws:iam::${PROD}:root`, iam: IAM_ALL },
      [SCOPED.id]: { secret: SCOPED.secret, account: STG, arn: `arn:aws:iam::${STG}:user/reader`, iam: IAM_ALL },
      [ADMIN.id]: { secret: ADMIN.secret, account: PROD, arn: `arn:aws:iam::${PROD}:user/ops/dba`, iam: IAM_ALL },
      [LOCAL.id]: { secret: LOCAL.secret, account: DATA, arn: `arn:aws:iam::${DATA}:user/deployer`, iam: IAM_ALL, deny: ['SimulatePrincipalPolicy'] },
      [STAR.id]: { secret: STAR.secret, account: DATA, arn: `arn:aws:iam::${DATA}:user/admin`, iam: IAM_ALL, deny: ['SimulatePrincipalPolicy'] },
      [HALF.id]: { secret: HALF.secret, account: DATA, arn: `arn:aws:iam::${DATA}:user/half`, iam: IAM_ALL, deny: ['SimulatePrincipalPolicy', 'ListGroupsForUser'] },
      [ESCALATOR.id]: { secret: ESCALATOR.secret, account: STG, arn: `arn:aws:iam::${STG}:user/escalator`, iam: ['GetUser', 'SimulatePrincipalPolicy'] },
      [BLIND.id]: { secret: BLIND.secret, account: STG, arn: `arn:aws:iam::${STG}:user/ci` },
      [ROLE.id]: { secret: ROLE.secret, sessionToken: ROLE.session, account: STG, arn: `arn:aws:sts::${STG}:assumed-role/deploy-role/ci-run-42`, iam: IAM_ALL },
      [EXPIRED.id]: { secret: EXPIRED.secret, sessionToken: EXPIRED.session, account: STG, arn: `arn:aws:sts::${STG}:assumed-role/deploy-role/old`, invalid: 'ExpiredToken' },
      [MISPAIRED.id]: { secret: MISPAIRED.secret, account: STG, arn: `arn:aws:iam::${STG}:user/reader`, iam: IAM_ALL },
      [FLAKY.id]: { secret: FLAKY.secret, account: STG, arn: `arn:aws:iam::${STG}:user/reader`, iam: IAM_ALL },
      [CANARY.id]: { secret: CANARY.secret, account: [...AWS_CANARY_ACCOUNTS][0], arn: `arn:aws:iam::${[...AWS_CANARY_ACCOUNTS][0]}:user/canarytokens` },
    },
    aliases: { [PROD]: ['acme-prod'] },
    users: {
      reader: { attached: [`arn:aws:iam::${STG}:policy/ReadUploads`] },
      dba: { path: '/ops/', groups: ['dbas'] },
      deployer: { attached: [`arn:aws:iam::${DATA}:policy/DataOps`], inline: { 'no-snapshot-deletes': deny('rds:DeleteDBSnapshot') }, groups: ['uploaders'] },
      admin: { attached: ['arn:aws:iam::aws:policy/AdministratorAccess', 'arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3'] },
      ci: {},
      half: { inline: { 'iam-admin': allow('iam:*') } },
      escalator: {},
    },
    groups: {
      dbas: { attached: ['arn:aws:iam::aws:policy/AmazonRDSFullAccess'] },
      uploaders: { inline: { uploads: allow('s3:DeleteObject', 'arn:aws:s3:::acme-uploads/*') } },
    },
    roles: { 'deploy-role': { path: '/service/', inline: { deploy: allow(['s3:DeleteObject', 's3:DeleteBucket'], 'arn:aws:s3:::acme-site*') } } },
    policies: {
      [`arn:aws:iam::${STG}:policy/ReadUploads`]: allow('s3:GetObject', 'arn:aws:s3:::acme-uploads/*'),
      'arn:aws:iam::aws:policy/AmazonRDSFullAccess': allow(['rds:*']),
      [`arn:aws:iam::${DATA}:policy/DataOps`]: allow(['dynamodb:Delete*', 'rds:Delete*']),
      'arn:aws:iam::aws:policy/AdministratorAccess': allow('*'),
      'arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3': deny(['iam:AttachUserPolicy', 'iam:CreateAccessKey', 'iam:PutUserPolicy', 'ec2:RunInstances']),
    },
    simulation: {
      [`arn:aws:iam::${STG}:user/reader`]: {},
      [`arn:aws:iam::${PROD}:user/ops/dba`]: {
        'rds:DeleteDBInstance': 'allowed',
        'rds:DeleteDBCluster': 'allowed',
        'rds:DeleteDBSnapshot': 'allowed',
        'rds:DeleteDBClusterSnapshot': 'allowed',
        'rds:DeleteDBInstanceAutomatedBackup': 'allowed',
        'iam:CreateAccessKey': 'explicitDeny',
      },
      [`arn:aws:iam::${STG}:user/escalator`]: { 'iam:PutUserPolicy': 'allowed' },
      [`arn:aws:iam::${STG}:role/service/deploy-role`]: { 's3:DeleteObject': 'allowed', 's3:DeleteBucket': 'allowed' },
    },
  });
  railway = await startRailway({
    projectTokens: {},
    accountTokens: { [RAILWAY]: { id: 'u1', email: 'ops@acme.example', workspaceIds: ['w1'] } },
    workspaceTokens: {},
    workspaces: [{ id: 'w1', name: 'Acme', projectIds: [] }],
    projects: [],
  });
  env = { ABR_ENDPOINT_AWS: standin.url, ABR_ENDPOINT_RAILWAY: railway.url };
});

afterAll(async () => {
  assertEgressClean({
    aws: [ROOT, SCOPED, ADMIN, LOCAL, STAR, BLIND, HALF, ESCALATOR, ROLE, REVOKED, EXPIRED, MISPAIRED, FLAKY, CANARY, JUNK]
      .flatMap((k) => [k.id, k.secret])
      .concat(LONE, MISPAIRED.wrong, ROLE.session, EXPIRED.session),
    railway: [RAILWAY],
  });
  await standin.close();
  await railway.close();
});

const envFile = (k: { id: string; secret: string; session?: string }) => `AWS_ACCESS_KEY_ID=${k.id}\nAWS_SECRET_ACCESS_KEY=${k.secret}\n${k.session ? `AWS_SESSION_TOKEN=${k.session}\n` : ''}`;
const awsResults = (rs: Result[]) => rs.filter((r) => r.finding.provider === 'aws');
const sentBy = (keyId: string) => recorded.filter((r) => r.provider === 'aws' && parseAuthorization(r.headers.authorization)?.keyId === keyId);

async function scanKey(k: { id: string; secret: string; session?: string }, file = '.env.staging', extra: Partial<Parameters<typeof scan>[0]> = {}) {
  const report = await scan({ ...scanDefaults, offline: false, root: workspace({ [file]: envFile(k) }), env, ...extra });
  return { report, results: awsResults(report.results) };
}

describe('the account a key id encodes', () => {
  it('is read in doubles as the BigInt arithmetic reads it, on 2,000 drawn key ids', () => {
    const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    const reference = (id: string) => {
      let bits = 0n;
      for (const c of id.slice(4)) bits = (bits << 5n) | BigInt(B32.indexOf(c));
      return (((bits >> 32n) & 0x7fffffffff80n) >> 7n).toString().padStart(12, '0');
    };
    for (let i = 0; i < 2000; i++) {
      const id = fake.awsKeyId();
      expect(accountFromKeyId(id), id).toBe(reference(id));
    }
    // The largest and smallest bodies.
    expect(accountFromKeyId(`AKIA${'7'.repeat(16)}`)).toBe(reference(`AKIA${'7'.repeat(16)}`));
    expect(accountFromKeyId(`AKIA${'A'.repeat(16)}`)).toBe('000000000000');
    expect(accountFromKeyId('AKIA01234567890123AB')).toBeUndefined();
  });
});

describe('live AWS keys, resolved read-only', () => {
  it('a root key: ABR001 + ABR002 + ABR003 + ABR004, every destroy primitive confirmed, the alias named', async () => {
    const { results } = await scanKey(ROOT);
    expect(results.map((r) => r.ruleId)).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
    expect(results.every((r) => r.certainty === 'confirmed')).toBe(true);
    const s = results[0].scope;
    expect(s).toMatchObject({ status: 'live', resolution: 'online', tokenKind: 'root-access-key', identity: `arn:aws:iam::${PROD}:root`, root: true, reach: { environments: ['production'] } });
    expect(rendered(s).reach.resources[0]).toBe(`AWS account ${PROD} (acme-prod), every resource (root user)`);
    expect(s.destroy.map((d) => d.action)).toEqual(catalogue);
    expect(s.destroy.every((d) => d.certainty === 'confirmed')).toBe(true);
    expect(s.destroy.filter((d) => d.destroysBackups).map((d) => d.action)).toEqual([
      'rds:DeleteDBInstance',
      'rds:DeleteDBCluster',
      'rds:DeleteDBSnapshot',
      'rds:DeleteDBClusterSnapshot',
      'rds:DeleteDBInstanceAutomatedBackup',
      'dynamodb:DeleteBackup',
      'ec2:DeleteSnapshot',
      'backup:DeleteRecoveryPoint',
      'backup:DeleteBackupVault',
    ]);
    expect(s.evidence).toEqual(['POST sts:GetCallerIdentity', 'POST iam:ListAccountAliases']);
    expect(results[0].remediation).toMatch(/^Delete this root user access key/);
  });

  it('a key allowed only s3:GetObject: live, the account mapped through the config, no destroy primitive (ABR006)', async () => {
    const { results } = await scanKey(SCOPED, '.env.staging', { environments: { [STG]: 'staging' } });
    expect(results.map((r) => r.ruleId)).toEqual(['ABR006']);
    const s = results[0].scope;
    expect(rendered(s)).toMatchObject({
      status: 'live',
      tokenKind: 'iam-user-access-key',
      identity: `arn:aws:iam::${STG}:user/reader`,
      root: false,
      destroy: [],
      reach: { environments: ['staging'], resources: [`AWS account ${STG}`] },
    });
    expect(s.evidence).toEqual([
      'POST sts:GetCallerIdentity',
      'POST iam:ListAccountAliases',
      'POST iam:GetUser',
      'POST iam:ListAttachedUserPolicies',
      'POST iam:ListUserPolicies',
      'POST iam:ListGroupsForUser',
      'POST iam:GetPolicy',
      'POST iam:GetPolicyVersion',
      'POST iam:SimulatePrincipalPolicy',
    ]);
  });

  it('an RDS admin via SimulatePrincipalPolicy: ABR003 + ABR004 confirmed, instance and snapshot deletion named, not root', async () => {
    const { results } = await scanKey(ADMIN, '.env.production');
    expect(results.map((r) => r.ruleId)).toEqual(['ABR003', 'ABR004']);
    expect(results.every((r) => r.certainty === 'confirmed')).toBe(true);
    const s = results[0].scope;
    expect(s.root).toBe(false);
    expect(s.reach.environments).toEqual(['production']);
    expect(s.destroy.map((d) => [d.action, d.destroysBackups])).toEqual([
      ['rds:DeleteDBInstance', true],
      ['rds:DeleteDBCluster', true],
      ['rds:DeleteDBSnapshot', true],
      ['rds:DeleteDBClusterSnapshot', true],
      ['rds:DeleteDBInstanceAutomatedBackup', true],
    ]);
    expect(rendered(s).destroy[0].resource).toBe(`any resource in account ${PROD} (acme-prod)`);
    // The simulated principal is the user's full ARN, path included, with the whole catalogue.
    const sim = sentBy(ADMIN.id).find((r) => r.body.startsWith('Action=SimulatePrincipalPolicy&'))!;
    const form = new URLSearchParams(sim.body);
    expect(form.get('PolicySourceArn')).toBe(`arn:aws:iam::${PROD}:user/ops/dba`);
    expect([...form].filter(([k]) => k.startsWith('ActionNames.member.')).map(([, v]) => v)).toEqual(catalogue);
    expect(s.evidence).toContain('POST iam:ListAttachedGroupPolicies');
  });

  it('a user whose simulation allows iam:PutUserPolicy: root (it can grant itself anything), confirmed', async () => {
    const { results } = await scanKey(ESCALATOR);
    expect(results.map((r) => [r.ruleId, r.certainty])).toEqual([
      ['ABR001', 'confirmed'],
      ['ABR003', 'confirmed'],
    ]);
    expect(results[0].scope.destroy.map((d) => d.action)).toEqual(['iam:PutUserPolicy']);
    expect(rendered(results[0].scope).reach.resources).toContain('every resource: it can grant itself any permission (iam:PutUserPolicy on *)');
  });

  it('an assumed-role session: the role (with its path) is simulated, the session token is sent, session policies noted', async () => {
    const { results } = await scanKey(ROLE);
    expect(results.map((r) => r.ruleId)).toEqual(['ABR003']);
    const s = results[0].scope;
    expect(s).toMatchObject({ status: 'live', tokenKind: 'assumed-role-session', identity: `arn:aws:sts::${STG}:assumed-role/deploy-role/ci-run-42` });
    expect(s.destroy.map((d) => d.action)).toEqual(['s3:DeleteBucket', 's3:DeleteObject']);
    expect(s.inferred.join(' ')).toMatch(/session policies .* not readable/);
    const sent = sentBy(ROLE.id);
    expect(sent.every((r) => r.headers['x-amz-security-token'] === ROLE.session)).toBe(true);
    expect(new URLSearchParams(sent.find((r) => r.body.startsWith('Action=SimulatePrincipalPolicy&'))!.body).get('PolicySourceArn')).toBe(`arn:aws:iam::${STG}:role/service/deploy-role`);
  });
});

describe('SimulatePrincipalPolicy denied: the fetched policies evaluated locally', () => {
  it('user, group and managed policies with a Deny: the denied action dropped, resources as granted', async () => {
    const { results } = await scanKey(LOCAL, '.env.staging', { environments: { [DATA]: 'production' } });
    expect(results.map((r) => r.ruleId)).toEqual(['ABR002', 'ABR003', 'ABR004']);
    const s = results[0].scope;
    expect(s.root).toBe(false);
    expect(s.destroy.map((d) => d.action)).toEqual([
      'rds:DeleteDBInstance',
      'rds:DeleteDBCluster',
      'rds:DeleteDBClusterSnapshot',
      'rds:DeleteDBInstanceAutomatedBackup',
      's3:DeleteObject',
      'dynamodb:DeleteTable',
      'dynamodb:DeleteBackup',
    ]);
    expect(rendered(s).destroy.find((d) => d.action === 's3:DeleteObject')!.resource).toBe('arn:aws:s3:::acme-uploads/*');
    expect(s.destroy.find((d) => d.action === 'dynamodb:DeleteBackup')!.destroysBackups).toBe(true);
    expect(s.destroy.every((d) => d.certainty === 'confirmed')).toBe(true);
    expect(s.evidence).toContain('POST iam:SimulatePrincipalPolicy (AccessDenied)');
    expect(s.evidence).toContain('POST iam:GetUserPolicy');
    expect(s.evidence).toContain('POST iam:GetGroupPolicy');
    expect(s.inferred.join(' ')).toMatch(/evaluated locally from 3 policy documents/);
  });

  it('AdministratorAccess ("Action": "*") is root even with the quarantine policy attached, which is named', async () => {
    const { results } = await scanKey(STAR);
    expect(results.map((r) => r.ruleId)).toEqual(['ABR001', 'ABR003', 'ABR004']);
    const s = results[0].scope;
    expect(s.root).toBe(true);
    expect(rendered(s).reach.resources).toContain('policy AWSCompromisedKeyQuarantineV3 (attached): AWS saw this key leak; the quarantine policy does not block deletes');
    expect(s.destroy.map((d) => d.action)).not.toContain('iam:AttachUserPolicy');
    expect(s.destroy.map((d) => d.action)).toContain('rds:DeleteDBInstance');
  });

  it('iam:* from policies read only in part: root, inferred, the unread call named', async () => {
    const { results } = await scanKey(HALF);
    expect(results.map((r) => [r.ruleId, r.certainty])).toEqual([
      ['ABR001', 'inferred'],
      ['ABR003', 'inferred'],
    ]);
    expect(rendered(results[0].scope).reach.resources).toContain('every resource: it can mint access keys for any IAM user, administrators included (iam:CreateAccessKey on *)');
    expect(results[0].scope.inferred.join(' ')).toMatch(/not readable: iam:ListGroupsForUser/);
  });

  it('nothing readable: live with its identity and account, no destroy list, the gap said', async () => {
    const { results } = await scanKey(BLIND);
    expect(results.map((r) => r.ruleId)).toEqual(['ABR006']);
    const s = results[0].scope;
    expect(rendered(s)).toMatchObject({ status: 'live', identity: `arn:aws:iam::${STG}:user/ci`, destroy: [], reach: { resources: [`AWS account ${STG}`] } });
    expect(s.inferred).toContain('permissions could not be read (no IAM read access)');
    expect(s.evidence).toContain('POST iam:SimulatePrincipalPolicy (AccessDenied)');
  });
});

describe("the three states: revoked only on AWS's invalid-credential answers", () => {
  it('InvalidClientTokenId: revoked, no rule, counted', async () => {
    const { report, results } = await scanKey(REVOKED);
    expect(results).toEqual([]);
    expect(report.summary.revoked).toBe(1);
    expect(report.revoked[0].provider).toBe('aws');
  });

  it('ExpiredToken on a session key: revoked', async () => {
    const { report, results } = await scanKey(EXPIRED);
    expect(results).toEqual([]);
    expect(report.summary.revoked).toBe(1);
  });

  it('SignatureDoesNotMatch (mispaired secret): unknown, the offline verdict kept', async () => {
    const { results } = await scanKey({ id: MISPAIRED.id, secret: MISPAIRED.wrong });
    expect(results.map((r) => r.ruleId)).toEqual(['ABR007']);
    expect(results[0].scope).toMatchObject({ status: 'unknown', resolution: 'offline' });
    expect(results[0].scope.reason).toMatch(/the secret access key does not match the key id \(mispaired\)/);
  });

  it.each([
    ['5xx', () => standin.faults.push('500', '500'), /HTTP 502/],
    ['503 ServiceUnavailable', () => standin.errors.push('ServiceUnavailable', 'ServiceUnavailable'), /HTTP 503/],
    ['throttling', () => standin.errors.push('Throttling', 'Throttling'), /rate-limited \(Throttling\)/],
    ['429', () => standin.faults.push('429', '429'), /rate-limited/],
    ['timeout', () => standin.faults.push('timeout', 'timeout'), /timed out after 300 ms/],
  ] as const)('%s: unknown with the reason, never the scan', async (_name, inject, reason) => {
    inject();
    const { results } = await scanKey(FLAKY, '.env.staging', { timeoutMs: 300 });
    expect(results.map((r) => r.ruleId)).toEqual(['ABR007']);
    expect(results[0].scope).toMatchObject({ status: 'unknown', resolution: 'offline' });
    expect(results[0].scope.reason).toMatch(reason);
    standin.faults.length = 0;
    standin.errors.length = 0;
  });

  it('an unreachable endpoint: unknown', async () => {
    const { results } = await scanKey(FLAKY, '.env.staging', { env: { ABR_ENDPOINT_AWS: 'http://127.0.0.1:9' } });
    expect(results[0].scope.reason).toMatch(/unreachable \(ECONNREFUSED\)/);
  });
});

describe('what is never sent', () => {
  it('a canary-account key: not resolved, nothing sent', async () => {
    expect(accountFromKeyId(CANARY.id)).toBe([...AWS_CANARY_ACCOUNTS][0]);
    const { results } = await scanKey(CANARY);
    expect(results[0].scope.reason).toMatch(/canary-token account/);
    expect(sentBy(CANARY.id)).toEqual([]);
  });

  it('a key id with no secret beside it: not resolved, nothing sent', async () => {
    const report = await scan({ ...scanDefaults, offline: false, root: workspace({ 'notes.txt': `AWS_ACCESS_KEY_ID=${LONE}\n` }), env });
    const r = awsResults(report.results)[0];
    expect(r.scope.reason).toBe('not resolved: no secret access key next to the key id');
    expect(sentBy(LONE)).toEqual([]);
  });

  it('--offline and --no-resolve aws send nothing', async () => {
    const before = recorded.length;
    await scanKey(ROOT, '.env', { offline: true });
    const { results } = await scanKey(ROOT, '.env', { noResolve: ['aws'] });
    expect(recorded.length).toBe(before);
    expect(results[0].scope.reason).toMatch(/--no-resolve aws/);
  });

  it("only the found key signs: the machine's credential chain, config endpoints and instance metadata are never used", async () => {
    const elsewhere = await startStandin('elsewhere', (_req, _body, res) => void res.writeHead(500).end());
    const dir = workspace({
      config: `[default]\nregion = eu-west-1\nendpoint_url = ${elsewhere.url}\ndefaults_mode = auto\n`,
      credentials: `[default]\naws_access_key_id = ${JUNK.id}\naws_secret_access_key = ${JUNK.secret}\n`,
    });
    const junk = {
      AWS_ACCESS_KEY_ID: JUNK.id,
      AWS_SECRET_ACCESS_KEY: JUNK.secret,
      AWS_PROFILE: 'default',
      AWS_CONFIG_FILE: `${dir}/config`,
      AWS_SHARED_CREDENTIALS_FILE: `${dir}/credentials`,
      AWS_ENDPOINT_URL: elsewhere.url,
      AWS_ENDPOINT_URL_STS: elsewhere.url,
      AWS_DEFAULTS_MODE: 'auto',
      AWS_REGION: 'eu-west-1',
      AWS_EC2_METADATA_SERVICE_ENDPOINT: elsewhere.url,
      AWS_CONTAINER_CREDENTIALS_FULL_URI: `${elsewhere.url}/creds`,
    };
    const saved = Object.fromEntries(Object.keys(junk).map((k) => [k, process.env[k]]));
    Object.assign(process.env, junk);
    try {
      const before = recorded.length;
      const { results } = await scanKey(SCOPED, '.env.staging');
      expect(results[0].scope.status).toBe('live');
      const mine = recorded.slice(before);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((r) => r.provider === 'aws')).toBe(true);
      for (const r of mine) {
        const auth = parseAuthorization(r.headers.authorization)!;
        expect(auth.keyId).toBe(SCOPED.id);
        expect(auth.region).toBe('us-east-1');
        expect(JSON.stringify(r)).not.toContain(JUNK.id);
      }
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      await elsewhere.close();
    }
  });

  it('an AWS key and a Railway token side by side each go only to their own provider', async () => {
    const report = await scan({ ...scanDefaults, offline: false, root: workspace({ '.env': `${envFile(SCOPED)}RAILWAY_API_TOKEN=${RAILWAY}\n` }), env });
    expect([...new Set(report.results.filter((r) => r.scope.status === 'live').map((r) => r.finding.provider))].sort()).toEqual(['aws', 'railway']);
  });
});

describe('the CLI against the stand-in', () => {
  it('notes the override, resolves online and names the destroy primitives', async () => {
    const r = await cliAsync(['scan', workspace({ '.env.staging': envFile(ADMIN) }), '--no-color'], { ABR_ENDPOINT_AWS: standin.url });
    expect(r.stderr).toContain(`AWS endpoint overridden by ABR_ENDPOINT_AWS=${standin.url}`);
    expect(r.stdout).toMatch(/ABR002 critical production-reach-from-non-production, ABR003 high destructive-credential, ABR004 critical backup-reach/);
    expect(r.stdout).toContain(`rds:DeleteDBInstance: any resource in account ${PROD} (acme-prod)`);
    expect(r.stdout).toContain('resolution: online');
    expect(r.stdout + r.stderr).not.toContain(ADMIN.secret);
    expect(r.code).toBe(1);
  });
});

describe('the SDK guard: safety is a property of the client', () => {
  const creds = () => ({ accessKeyId: SCOPED.id, secretAccessKey: SCOPED.secret });
  const clients = (e: NodeJS.ProcessEnv) => awsClients(creds(), { egress: aws.egress!, env: e, timeoutMs: 1000 });

  it('admits the allowlisted reads and sends them', async () => {
    const c = clients(env);
    try {
      expect((await c.sts.send(new GetCallerIdentityCommand({}))).Account).toBe(STG);
      expect((await c.iam.send(new ListAccountAliasesCommand({}))).AccountAliases).toEqual([]);
    } finally {
      c.destroy();
    }
  });

  it.each([
    ['iam:DeleteUser', (c: ReturnType<typeof clients>) => c.iam.send(new DeleteUserCommand({ UserName: 'reader' }))],
    ['iam:GetAccountAuthorizationDetails (a read, but not on the list)', (c: ReturnType<typeof clients>) => c.iam.send(new GetAccountAuthorizationDetailsCommand({}))],
    ['sts:AssumeRole', (c: ReturnType<typeof clients>) => c.sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${STG}:role/x`, RoleSessionName: 'x' }))],
    ['sts:GetSessionToken', (c: ReturnType<typeof clients>) => c.sts.send(new GetSessionTokenCommand({}))],
  ])('refuses %s before a request reaches the stand-in', async (_name, send) => {
    const c = clients(env);
    const before = recorded.length;
    try {
      await expect(send(c)).rejects.toThrow(EgressError);
      await expect(send(c)).rejects.toThrow(/is not an allowed AWS read call/);
    } finally {
      c.destroy();
    }
    expect(recorded.length).toBe(before);
  });

  it('refuses a request whose host was changed after the endpoint was chosen', async () => {
    for (const [e, to] of [
      [env, { hostname: 'evil.example', port: 443 }],
      [{}, { hostname: '127.0.0.1', port: Number(new URL(standin.url).port), protocol: 'http:' }],
      [{}, { hostname: 'iam.amazonaws.com.evil.example' }],
    ] as const) {
      const c = clients(e);
      c.sts.middlewareStack.add((next) => (args) => next({ ...args, request: Object.assign(args.request as object, to) }), { step: 'build', name: 'testRedirect' });
      const before = recorded.length;
      try {
        await expect(c.sts.send(new GetCallerIdentityCommand({}))).rejects.toThrow(/refused: .* is not (the aws endpoint|an (https )?API host of aws)/);
      } finally {
        c.destroy();
      }
      expect(recorded.length).toBe(before);
    }
  });

  it('the wire check: host per service, POST /, one allowlisted Action with its API version', () => {
    const official = { overridden: false, hosts: aws.egress!.hosts, path: '/' };
    const ok = { protocol: 'https:', hostname: 'sts.amazonaws.com', method: 'POST', path: '/', body: 'Action=GetCallerIdentity&Version=2011-06-15' };
    expect(admitAwsRequest(official, 'sts', ok)).toBe('sts:GetCallerIdentity');
    expect(admitAwsRequest(official, 'iam', { ...ok, hostname: 'iam.amazonaws.com', body: 'Action=GetUser&Version=2010-05-08&UserName=x' })).toBe('iam:GetUser');
    const refused: Array<Partial<typeof ok> & { port?: number }> = [
      { protocol: 'http:' },
      { port: 8443 },
      { hostname: 'iam.amazonaws.com' },
      { hostname: '169.254.169.254' },
      { method: 'GET' },
      { body: 'Action=GetCallerIdentity&Action=AssumeRole&Version=2011-06-15' },
      { body: 'Action=DeleteUser&Version=2010-05-08&UserName=x' },
      { body: 'Action=GetCallerIdentity&Version=2010-05-08' },
      { body: 'Version=2011-06-15' },
    ];
    for (const change of refused) expect(() => admitAwsRequest(official, 'sts', { ...ok, ...change }), JSON.stringify(change)).toThrow(EgressError);
    const override = { overridden: true, hosts: ['127.0.0.1:4566'], path: '/' };
    expect(admitAwsRequest(override, 'iam', { ...ok, protocol: 'http:', hostname: '127.0.0.1', port: 4566, body: 'Action=SimulatePrincipalPolicy&Version=2010-05-08' })).toBe(
      'iam:SimulatePrincipalPolicy',
    );
    expect(() => admitAwsRequest(override, 'sts', { ...ok })).toThrow(/not the aws endpoint/);
  });

  it('the provider-neutral egress check sees the same allowlist', () => {
    const egress = new Egress({ env: {} });
    expect(egress.admit(aws.egress!, 'POST', '/', 'Action=GetCallerIdentity&Version=2011-06-15').evidence).toBe('POST / sts:GetCallerIdentity');
    expect(egress.admit(aws.egress!, 'POST', '/', 'Action=GetCallerIdentity&Version=2011-06-15').url.host).toBe('sts.amazonaws.com');
    expect(() => egress.admit(aws.egress!, 'POST', '/', 'Action=CreateAccessKey&Version=2010-05-08')).toThrow(/CreateAccessKey is not an allowed AWS read call/);
    expect(() => egress.admit(aws.egress!, 'GET', '/', undefined)).toThrow(EgressError);
    expect(() => awsQueryRead('Action=hasOwnProperty&Version=2010-05-08')).toThrow(EgressError);
  });
});

describe('the local policy evaluator', () => {
  it('wildcards: * and ? anywhere, nothing else special', () => {
    expect(wildcardMatch('rds:delete*', 'rds:deletedbinstance')).toBe(true);
    expect(wildcardMatch('rds:*snapshot', 'rds:deletedbclustersnapshot')).toBe(true);
    expect(wildcardMatch('s3:delete?bject', 's3:deleteobject')).toBe(true);
    expect(wildcardMatch('s3:delete?bject', 's3:deleteobjects')).toBe(false);
    expect(wildcardMatch('*', '')).toBe(true);
    expect(wildcardMatch('a*b*c', 'a-b-x')).toBe(false);
    expect(wildcardMatch('rds:(.*)', 'rds:x')).toBe(false);
    expect(wildcardMatch('*a*a*a*a*a*a*a*b', 'a'.repeat(5000))).toBe(false);
  });

  it('Allow, implicit deny, explicit Deny wins, case-insensitive actions, NotAction and NotResource', () => {
    const p = [allow(['RDS:Delete*', 's3:GetObject']), deny('rds:DeleteDBSnapshot')];
    expect(evaluate('rds:DeleteDBInstance', p)).toEqual({ decision: 'allowed', resources: ['*'], conditional: false });
    expect(evaluate('rds:DeleteDBSnapshot', p).decision).toBe('explicitDeny');
    expect(evaluate('s3:DeleteBucket', p).decision).toBe('implicitDeny');
    const notAction: PolicyDocument = { Statement: { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' } };
    expect(evaluate('ec2:TerminateInstances', [notAction]).decision).toBe('allowed');
    expect(evaluate('iam:CreateAccessKey', [notAction]).decision).toBe('implicitDeny');
    expect(allowsEverything([notAction])).toBe(true);
    const notResource: PolicyDocument = { Statement: [{ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::logs/*' }] };
    expect(evaluate('s3:DeleteObject', [notResource]).resources).toEqual(['every resource except arn:aws:s3:::logs/*']);
  });

  it('Conditions and partial Denies make the verdict conditional; a Deny on every action stops everything', () => {
    const conditional: PolicyDocument = { Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }] };
    expect(evaluate('ec2:DeleteVolume', [conditional])).toEqual({ decision: 'allowed', resources: ['*'], conditional: true });
    const partialDeny = [allow('s3:*'), deny('s3:DeleteBucket', 'arn:aws:s3:::prod-*')];
    expect(evaluate('s3:DeleteBucket', partialDeny)).toEqual({ decision: 'allowed', resources: ['*'], conditional: true });
    expect(evaluate('s3:DeleteBucket', [allow('*'), deny('*')]).decision).toBe('explicitDeny');
    expect(allowsEverything([allow('*'), deny('iam:*')])).toBe(true);
    expect(allowsEverything([allow('*', 'arn:aws:s3:::x')])).toBe(false);
  });

  it('a permissions boundary must allow the action too', () => {
    expect(evaluate('rds:DeleteDBInstance', [allow('*')], [allow('s3:*')]).decision).toBe('implicitDeny');
    expect(evaluate('s3:DeleteObject', [allow('*')], [allow('s3:*')]).decision).toBe('allowed');
    expect(allowsEverything([allow('*')], [allow('s3:*')])).toBe(false);
  });

  it("reads IAM's URL-encoded documents and plain JSON; rejects anything else", () => {
    const doc = allow('s3:GetObject');
    expect(parsePolicy(encodeURIComponent(JSON.stringify(doc)))).toEqual(doc);
    expect(parsePolicy(JSON.stringify(doc))).toEqual(doc);
    expect(parsePolicy('%E0%A4%A')).toBeUndefined();
    expect(parsePolicy('[1]')).toBeUndefined();
    expect(parsePolicy(undefined)).toBeUndefined();
  });
});
