import type { IAMClient } from '@aws-sdk/client-iam';
import { reachEnvironment } from '../src/context/environment.js';
import { awsClients, awsQueryRead, loadAwsSdk, type AwsClients } from '../src/resolve/aws.js';

// Set on first resolution (the SDK loads lazily).
let IAM: typeof import('@aws-sdk/client-iam');
let STS: typeof import('@aws-sdk/client-sts');
import { defineProvider, liveScope, revokedScope, shapeScope, type OnlineVerdict, type ResolveContext } from '../src/resolve/define.js';
import { EgressError, ProviderError, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { allowsEverything, evaluate, parsePolicy, type PolicyDocument } from './lib/aws-policy.js';
import { own } from '../src/context/own.js';

// Key kinds by prefix (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids).
// Online: sts:GetCallerIdentity (no permission needed), then the caller's IAM policies where readable,
// then iam:SimulatePrincipalPolicy over a catalogue of destroy actions
// (https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html).

const egress: ProviderEgress = {
  provider: 'aws',
  base: 'https://sts.amazonaws.com',
  hosts: ['sts.amazonaws.com', 'iam.amazonaws.com'],
  // The SDK sends these requests itself, through the same allowlist enforced in its middleware
  // (src/resolve/aws.ts); the route is here so the provider-neutral checks see AWS's hosts and reads.
  routes: [{ method: 'POST', path: /^\/$/, read: awsQueryRead }],
};

/** The destroy actions simulated, and which of them take backups with them (https://docs.aws.amazon.com/goto/WebAPI/rds/DeleteDBInstance: deleting an instance deletes its automated backups). */
interface Destroy {
  action: string;
  /**
   * `always`: the call deletes backups itself (DeleteDBInstance/DeleteDBCluster remove automated backups
   * by default). A list: a backup deletion, counted as backup reach only with one of these data deletions
   * beside it — ABR004 is "the data and its backups". `any`: with any data deletion (AWS Backup covers them all).
   */
  backups?: 'always' | 'any' | string[];
  data?: boolean;
}

const RDS_DATA = ['rds:DeleteDBInstance', 'rds:DeleteDBCluster'];
const CATALOGUE: Destroy[] = [
  { action: 'rds:DeleteDBInstance', backups: 'always', data: true },
  { action: 'rds:DeleteDBCluster', backups: 'always', data: true },
  { action: 'rds:DeleteDBSnapshot', backups: RDS_DATA },
  { action: 'rds:DeleteDBClusterSnapshot', backups: RDS_DATA },
  { action: 'rds:DeleteDBInstanceAutomatedBackup', backups: RDS_DATA },
  { action: 's3:DeleteBucket', data: true },
  { action: 's3:DeleteObject', data: true },
  { action: 'dynamodb:DeleteTable', data: true },
  { action: 'dynamodb:DeleteBackup', backups: ['dynamodb:DeleteTable'] },
  { action: 'ec2:DeleteVolume', data: true },
  { action: 'ec2:DeleteSnapshot', backups: ['ec2:DeleteVolume', 'ec2:TerminateInstances'] },
  { action: 'ec2:TerminateInstances', data: true },
  { action: 'backup:DeleteRecoveryPoint', backups: 'any' },
  { action: 'backup:DeleteBackupVault', backups: 'any' },
  { action: 'kms:ScheduleKeyDeletion' },
  // Escalation: on every resource, each reaches everything else — keys for any user, or any policy on itself
  // (the actions AWSCompromisedKeyQuarantineV3 denies for that reason: https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCompromisedKeyQuarantineV3.html).
  { action: 'iam:CreateAccessKey' },
  { action: 'iam:AttachUserPolicy' },
  { action: 'iam:PutUserPolicy' },
];
const ESCALATION = ['iam:CreateAccessKey', 'iam:AttachUserPolicy', 'iam:PutUserPolicy'];

/** Policy documents and list pages read per key, at most: bounded work for users in many groups. */
const MAX_POLICIES = 40;
const MAX_PAGES = 5;

// Query-protocol error codes (https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html):
// InvalidClientTokenId is "does not exist in our records" (403) — revoked; ExpiredToken is a temporary
// credential past its expiry (403) — as dead; SignatureDoesNotMatch means the key and secret are
// mispaired, which says nothing about the key — unknown.
const REVOKED = new Set(['InvalidClientTokenId', 'ExpiredToken', 'ExpiredTokenException']);
const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'NoSuchEntity', 'NoSuchEntityException']);
const THROTTLING = new Set(['Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequestsException', 'RequestThrottled', 'SlowDown']);

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

/** Every failure as EgressError (not sent) or ProviderError (→ unknown); the SDK's own message is never passed on. */
function failure(err: unknown, timeoutMs: number): Error {
  if (err instanceof EgressError || err instanceof ProviderError) return err;
  const e = (err ?? {}) as SdkError;
  const code = e.name ?? '';
  const status = e.$metadata?.httpStatusCode;
  if (code === 'SignatureDoesNotMatch') return new ProviderError('the secret access key does not match the key id (mispaired)', status);
  if (THROTTLING.has(code) || status === 429 || e.$retryable?.throttling) return new ProviderError(`aws: rate-limited (${THROTTLING.has(code) ? code : `HTTP ${status ?? 429}`})`, status);
  if (status && status >= 500) return new ProviderError(`aws: HTTP ${status}`, status);
  if (code === 'TimeoutError' || e.code === 'ETIMEDOUT' || code === 'AbortError') return new ProviderError(`aws: timed out after ${timeoutMs} ms`);
  if (e.code && /^E[A-Z]+$/.test(e.code)) return new ProviderError(`aws: unreachable (${e.code})`);
  return new ProviderError(`aws: unexpected response (${/^\w+$/.test(code) ? code : 'no error code'}${status ? `, HTTP ${status}` : ''})`, status);
}

const codeOf = (err: unknown) => ((err ?? {}) as SdkError).name ?? '';

/** The documented invalid-credential answers, by code or, for endpoints that answer with another code, by message. */
function revokedReason(err: unknown): string | undefined {
  const code = codeOf(err);
  if (code === 'InvalidClientTokenId' || /security token included in the request is invalid/i.test(((err ?? {}) as SdkError).message ?? '')) {
    return 'AWS answered InvalidClientTokenId: the access key id does not exist in its records (deleted or deactivated)';
  }
  if (REVOKED.has(code)) return 'AWS answered ExpiredToken: the temporary credentials have expired';
  return undefined;
}

/** One resolution's calls: each named in the evidence, IAM denials recorded rather than thrown. */
class Calls {
  readonly evidence: string[] = [];
  readonly unreadable = new Set<string>();
  constructor(
    readonly clients: AwsClients,
    readonly timeoutMs: number,
  ) {}

  /** An IAM read; undefined when IAM denies it (AccessDenied) or the entity is not there. */
  async iam<O>(op: string, run: (iam: IAMClient) => Promise<O>): Promise<O | undefined> {
    const line = this.evidence.push(`POST iam:${op}`) - 1;
    try {
      return await run(this.clients.iam);
    } catch (err) {
      if (DENIED.has(codeOf(err))) {
        this.evidence[line] += ` (${codeOf(err)})`;
        this.unreadable.add(`iam:${op}`);
        return undefined;
      }
      throw failure(err, this.timeoutMs);
    }
  }

  /** A paginated IAM list, at most MAX_PAGES pages; undefined when the first page is denied. */
  async pages<O extends { IsTruncated?: boolean; Marker?: string }>(op: string, run: (iam: IAMClient, marker?: string) => Promise<O>): Promise<O[] | undefined> {
    const out: O[] = [];
    let marker: string | undefined;
    for (let i = 0; i < MAX_PAGES; i++) {
      const page = await this.iam(op, (iam) => run(iam, marker));
      if (!page) return out.length ? out : undefined;
      out.push(page);
      if (!page.IsTruncated || !page.Marker) break;
      marker = page.Marker;
    }
    return out;
  }
}

interface Principal {
  kind: 'root' | 'user' | 'assumed-role' | 'federated-user' | 'other';
  tokenKind?: string;
  /** User or role name. */
  name?: string;
  partition: string;
}

// ARN shapes of the caller (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns): …:root, …:user/PATH/NAME, sts …:assumed-role/ROLE/SESSION, …:federated-user/NAME.
function principalOf(arn: string): Principal {
  const partition = /^arn:(aws[\w-]*):/.exec(arn)?.[1] ?? 'aws';
  if (/^arn:aws[\w-]*:iam::\d{12}:root$/.test(arn)) return { kind: 'root', tokenKind: 'root-access-key', partition };
  const user = /^arn:aws[\w-]*:iam::\d{12}:user\/(?:[^/]+\/)*([^/]+)$/.exec(arn);
  if (user) return { kind: 'user', tokenKind: 'iam-user-access-key', name: user[1], partition };
  const role = /^arn:aws[\w-]*:sts::\d{12}:assumed-role\/([^/]+)\/[^/]+$/.exec(arn);
  if (role) return { kind: 'assumed-role', tokenKind: 'assumed-role-session', name: role[1], partition };
  if (/^arn:aws[\w-]*:sts::\d{12}:federated-user\//.test(arn)) return { kind: 'federated-user', tokenKind: 'federated-user-session', partition };
  return { kind: 'other', partition };
}

interface Policies {
  documents: Array<{ source: string; document: PolicyDocument }>;
  boundary?: PolicyDocument[];
  /** The ARN to simulate: the user's, or the role's (a session cannot be simulated). */
  simulate?: string;
  notes: string[];
  quarantined?: string;
}

/** A managed policy's default version document. */
async function managedDocument(calls: Calls, arn: string): Promise<PolicyDocument | undefined> {
  const policy = await calls.iam('GetPolicy', (iam) => iam.send(new IAM.GetPolicyCommand({ PolicyArn: arn })));
  const version = policy?.Policy?.DefaultVersionId;
  if (!version) return undefined;
  const v = await calls.iam('GetPolicyVersion', (iam) => iam.send(new IAM.GetPolicyVersionCommand({ PolicyArn: arn, VersionId: version })));
  return parsePolicy(v?.PolicyVersion?.Document);
}

/** The identity's policies where readable (the order of enumerate-iam's enumerate_user / enumerate_role, github.com/andresriancho/enumerate-iam). */
async function readPolicies(calls: Calls, p: Principal, account: string): Promise<Policies> {
  const out: Policies = { documents: [], notes: [] };
  const managed = new Map<string, string>();
  const inline: Array<() => Promise<{ source: string; document?: PolicyDocument }>> = [];
  let boundaryArn: string | undefined;

  if (p.kind === 'user' && p.name) {
    const UserName = p.name;
    const user = await calls.iam('GetUser', (iam) => iam.send(new IAM.GetUserCommand({ UserName })));
    out.simulate = user?.User?.Arn ?? `arn:${p.partition}:iam::${account}:user/${UserName}`;
    boundaryArn = user?.User?.PermissionsBoundary?.PermissionsBoundaryArn;
    for (const page of (await calls.pages('ListAttachedUserPolicies', (iam, Marker) => iam.send(new IAM.ListAttachedUserPoliciesCommand({ UserName, Marker })))) ?? []) {
      for (const a of page.AttachedPolicies ?? []) if (a.PolicyArn) managed.set(a.PolicyArn, a.PolicyName ?? a.PolicyArn);
    }
    for (const page of (await calls.pages('ListUserPolicies', (iam, Marker) => iam.send(new IAM.ListUserPoliciesCommand({ UserName, Marker })))) ?? []) {
      for (const PolicyName of page.PolicyNames ?? []) {
        inline.push(async () => ({
          source: `inline policy ${PolicyName} of user ${UserName}`,
          document: parsePolicy((await calls.iam('GetUserPolicy', (iam) => iam.send(new IAM.GetUserPolicyCommand({ UserName, PolicyName }))))?.PolicyDocument),
        }));
      }
    }
    for (const page of (await calls.pages('ListGroupsForUser', (iam, Marker) => iam.send(new IAM.ListGroupsForUserCommand({ UserName, Marker })))) ?? []) {
      for (const GroupName of (page.Groups ?? []).map((g) => g.GroupName).filter((g): g is string => !!g)) {
        for (const gp of (await calls.pages('ListAttachedGroupPolicies', (iam, Marker) => iam.send(new IAM.ListAttachedGroupPoliciesCommand({ GroupName, Marker })))) ?? []) {
          for (const a of gp.AttachedPolicies ?? []) if (a.PolicyArn) managed.set(a.PolicyArn, a.PolicyName ?? a.PolicyArn);
        }
        for (const gp of (await calls.pages('ListGroupPolicies', (iam, Marker) => iam.send(new IAM.ListGroupPoliciesCommand({ GroupName, Marker })))) ?? []) {
          for (const PolicyName of gp.PolicyNames ?? []) {
            inline.push(async () => ({
              source: `inline policy ${PolicyName} of group ${GroupName}`,
              document: parsePolicy((await calls.iam('GetGroupPolicy', (iam) => iam.send(new IAM.GetGroupPolicyCommand({ GroupName, PolicyName }))))?.PolicyDocument),
            }));
          }
        }
      }
    }
  } else if (p.kind === 'assumed-role' && p.name) {
    const RoleName = p.name;
    const role = await calls.iam('GetRole', (iam) => iam.send(new IAM.GetRoleCommand({ RoleName })));
    // The session's ARN drops the role's path; GetRole has the real one.
    out.simulate = role?.Role?.Arn ?? `arn:${p.partition}:iam::${account}:role/${RoleName}`;
    boundaryArn = role?.Role?.PermissionsBoundary?.PermissionsBoundaryArn;
    for (const page of (await calls.pages('ListAttachedRolePolicies', (iam, Marker) => iam.send(new IAM.ListAttachedRolePoliciesCommand({ RoleName, Marker })))) ?? []) {
      for (const a of page.AttachedPolicies ?? []) if (a.PolicyArn) managed.set(a.PolicyArn, a.PolicyName ?? a.PolicyArn);
    }
    for (const page of (await calls.pages('ListRolePolicies', (iam, Marker) => iam.send(new IAM.ListRolePoliciesCommand({ RoleName, Marker })))) ?? []) {
      for (const PolicyName of page.PolicyNames ?? []) {
        inline.push(async () => ({
          source: `inline policy ${PolicyName} of role ${RoleName}`,
          document: parsePolicy((await calls.iam('GetRolePolicy', (iam) => iam.send(new IAM.GetRolePolicyCommand({ RoleName, PolicyName }))))?.PolicyDocument),
        }));
      }
    }
    out.notes.push("session policies passed when the role was assumed are not readable (UNCONFIRMED: IAM has no call that returns them); the role's own permissions are an upper bound");
  } else {
    out.notes.push(`the policies of a ${p.kind} principal are not readable with its own key`);
    return out;
  }

  // AWS attaches AWSCompromisedKeyQuarantine* when it sees a key leak; it does not block deletes
  // (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCompromisedKeyQuarantineV3.html).
  out.quarantined = [...managed.values()].find((n) => /^AWSCompromisedKeyQuarantine/.test(n));
  let budget = MAX_POLICIES;
  for (const [arn, name] of managed) {
    if (budget-- <= 0) break;
    const document = await managedDocument(calls, arn);
    if (document) out.documents.push({ source: `managed policy ${name}`, document });
  }
  for (const read of inline) {
    if (budget-- <= 0) break;
    const { source, document } = await read();
    if (document) out.documents.push({ source, document });
  }
  if (budget < 0) out.notes.push(`only the first ${MAX_POLICIES} policies were read`);
  if (boundaryArn) {
    const b = await managedDocument(calls, boundaryArn);
    if (b) out.boundary = [b];
    else out.notes.push('the permissions boundary could not be read');
  }
  return out;
}

interface Allowed {
  action: string;
  resources: string[];
  certain: boolean;
}

/** iam:SimulatePrincipalPolicy over the catalogue; undefined when IAM denies the simulation. */
async function simulate(calls: Calls, arn: string): Promise<Allowed[] | undefined> {
  const pages = await calls.pages('SimulatePrincipalPolicy', (iam, Marker) =>
    iam.send(new IAM.SimulatePrincipalPolicyCommand({ PolicySourceArn: arn, ActionNames: CATALOGUE.map((d) => d.action), Marker })),
  );
  if (!pages) return undefined;
  const allowed = new Map<string, Allowed>();
  for (const r of pages.flatMap((p) => p.EvaluationResults ?? [])) {
    if (r.EvalDecision !== 'allowed' || !r.EvalActionName) continue;
    const a = allowed.get(r.EvalActionName) ?? { action: r.EvalActionName, resources: [], certain: true };
    a.resources.push(r.EvalResourceName ?? '*');
    allowed.set(r.EvalActionName, a);
  }
  return [...allowed.values()];
}

function evaluateLocally(p: Policies, partial: boolean): { allowed: Allowed[]; everything?: Allowed } {
  const docs = p.documents.map((d) => d.document);
  const allowed: Allowed[] = [];
  for (const { action } of CATALOGUE) {
    const d = evaluate(action, docs, p.boundary);
    if (d.decision === 'allowed') allowed.push({ action, resources: d.resources, certain: !d.conditional && !partial });
  }
  return { allowed, everything: allowsEverything(docs, p.boundary) ? { action: '*', resources: ['*'], certain: !partial } : undefined };
}

// IAM's own nouns (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html).
const AWS_ACCOUNT = { one: 'AWS account', many: 'AWS accounts' };
const RESOURCE = { one: 'resource', many: 'resources' };
const POLICY = { one: 'policy', many: 'policies' };

function destroyList(allowed: Allowed[], account: Resource): NonNullable<OnlineVerdict['destroy']> {
  const can = new Set(allowed.map((a) => a.action));
  const anyData = CATALOGUE.some((d) => d.data && can.has(d.action));
  return CATALOGUE.flatMap((d) => {
    const a = allowed.find((x) => x.action === d.action);
    if (!a) return [];
    const b = d.backups;
    const destroysBackups = b === 'always' || (b === 'any' && anyData) || (Array.isArray(b) && b.some((x) => can.has(x)));
    const target: Resource = a.resources.includes('*') ? { kind: 'data', noun: RESOURCE, any: true, within: account } : { kind: 'object', names: a.resources, bare: true };
    return [{ action: d.action, target, destroysBackups, certainty: a.certain ? ('confirmed' as const) : ('inferred' as const) }];
  });
}

async function resolveAws(f: Finding, ctx: ResolveContext): Promise<Scope> {
  ({ iam: IAM, sts: STS } = await loadAwsSdk());
  const secretAccessKey = f.parts.secretAccessKey;
  // Nothing is sent unless the key can be verified: a lone key id would only ever fail.
  if (f.facts.paired === 'no' || !secretAccessKey) throw new EgressError('no secret access key next to the key id');
  if (f.secret.startsWith('ABIA'))
    throw new EgressError('an STS service bearer token works only with the service that issued it (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_bearer.html), not STS');
  if (f.secret.startsWith('ASIA') && !f.parts.sessionToken) throw new EgressError('no session token next to the temporary key id');

  const clients = awsClients({ accessKeyId: f.secret, secretAccessKey, sessionToken: f.parts.sessionToken }, { egress, env: ctx.egress.opts.env, timeoutMs: ctx.egress.timeoutMs });
  const calls = new Calls(clients, ctx.egress.timeoutMs);
  try {
    calls.evidence.push('POST sts:GetCallerIdentity');
    let who: import('@aws-sdk/client-sts').GetCallerIdentityCommandOutput;
    try {
      who = await clients.sts.send(new STS.GetCallerIdentityCommand({}));
    } catch (err) {
      const revoked = revokedReason(err);
      if (revoked) return revokedScope(f.tokenKind, calls.evidence, revoked);
      throw failure(err, calls.timeoutMs);
    }
    const { Account: account, Arn: arn } = who;
    if (!account || !arn || !/^\d{12}$/.test(account)) throw new ProviderError('aws: unexpected response (GetCallerIdentity without an account and ARN)');

    const aliases = await calls.pages('ListAccountAliases', (iam, Marker) => iam.send(new IAM.ListAccountAliasesCommand({ Marker })));
    const alias = aliases?.flatMap((p) => p.AccountAliases ?? [])[0];
    const acct: Resource = { kind: 'account', name: account, ...(alias ? { qualifier: alias } : {}) };
    const awsAccount: Resource = { ...acct, noun: AWS_ACCOUNT };
    // The config's `environments` map names accounts (by id or alias); an alias may name one itself
    // (`acme-prod`). A bare account id names no environment, so then none is claimed.
    const named = alias !== undefined || own(ctx.environments, account) !== undefined;
    const base = {
      identity: arn,
      environments: named ? [reachEnvironment(alias ?? account, ctx.environments, account)] : [],
      evidence: calls.evidence,
    };
    const p = principalOf(arn);
    const tokenKind = p.tokenKind ?? f.tokenKind;

    if (p.kind === 'root') {
      // The root user is not subject to IAM policies: every destroy primitive of the account.
      return liveScope({
        ...base,
        tokenKind,
        root: true,
        resources: [{ ...awsAccount, note: 'every resource (root user)' }],
        destroy: destroyList(
          CATALOGUE.map((d) => ({ action: d.action, resources: ['*'], certain: true })),
          acct,
        ),
      });
    }

    const policies = await readPolicies(calls, p, account);
    const notes = [...policies.notes];
    const resources: Resource[] = [awsAccount];
    if (policies.quarantined)
      resources.push({ kind: 'permission', noun: POLICY, name: policies.quarantined, qualifier: 'attached', access: ['AWS saw this key leak; the quarantine policy does not block deletes'] });

    let allowed: Allowed[] | undefined;
    let everything: Allowed | undefined;
    if (policies.simulate) {
      allowed = await simulate(calls, policies.simulate);
      if (allowed)
        notes.push(
          'iam:SimulatePrincipalPolicy evaluates identity policies; whether SCPs or resource policies deny these actions is UNCONFIRMED (the simulation evaluates identity policies), so the list is an upper bound',
        );
    }
    if (!allowed && policies.documents.length) {
      // What could not be read may hold a Deny (or more Allows): then no verdict is confirmed.
      const gaps = [...calls.unreadable].filter((x) => x !== 'iam:SimulatePrincipalPolicy' && x !== 'iam:ListAccountAliases');
      const partial = gaps.length > 0;
      ({ allowed, everything } = evaluateLocally(policies, partial));
      notes.push(
        `iam:SimulatePrincipalPolicy was denied: permissions evaluated locally from ${policies.documents.length} policy document${policies.documents.length === 1 ? '' : 's'} (Allow/Deny over Action, NotAction and Resource wildcards; Conditions, SCPs and resource policies not evaluated)`,
      );
      if (partial) notes.push(`not readable: ${gaps.join(', ')}; permissions granted or denied there are unknown`);
    }
    if (!allowed) {
      return liveScope({ ...base, tokenKind, resources, unconfirmed: ['permissions could not be read (no IAM read access)', ...notes] });
    }
    // `*:*`, or a way to grant itself anything, is the whole account. When that rests on policies
    // read only in part, or on a Condition, root is inferred rather than confirmed.
    const escalation = allowed.filter((a) => ESCALATION.includes(a.action) && a.resources.includes('*')).sort((a, b) => Number(b.certain) - Number(a.certain))[0];
    const rootBy = everything ?? escalation;
    if (rootBy) {
      resources.push(
        everything
          ? { kind: 'data', noun: RESOURCE, all: true, access: ['every action (an Action "*" policy)'] }
          : rootBy.action === 'iam:CreateAccessKey'
            ? { kind: 'data', noun: RESOURCE, all: true, access: ['it can mint access keys for any IAM user, administrators included (iam:CreateAccessKey on *)'] }
            : { kind: 'data', noun: RESOURCE, all: true, access: [`it can grant itself any permission (${rootBy.action} on *)`] },
      );
    }
    return liveScope({ ...base, tokenKind, root: !!rootBy, reachInferred: rootBy ? !rootBy.certain : false, resources, destroy: destroyList(allowed, acct), unconfirmed: notes });
  } finally {
    clients.destroy();
  }
}

/**
 * AWS accounts that canarytokens.org and Thinkst Canary issue keys from: using such a key alerts its
 * owner (https://docs.canarytokens.org/guide/aws-keys-token.html), so it is never sent.
 */
export const AWS_CANARY_ACCOUNTS = new Set(['052310077262', '171436882533', '534261010715', '595918472158', '717712589309', '819147034852', '992382622183', '730335385048', '266735846894']);

export default defineProvider({
  id: 'aws',
  name: 'AWS',
  asks: {
    calls: "`sts:GetCallerIdentity`, `iam:ListAccountAliases`, the identity's policies, `iam:SimulatePrincipalPolicy` (SDK middleware admits 17 named reads)",
    tells:
      'root key / `*:*` → root; RDS, S3, DynamoDB, EC2, Backup, KMS destroy actions; RDS instance deletion takes automated backups; local policy evaluation when simulation is denied (Conditions not evaluated †)',
    docs: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveAws,
  withhold: (f) => (AWS_CANARY_ACCOUNTS.has(f.facts.accountId ?? '') ? `the key belongs to AWS account ${f.facts.accountId}, a known canary-token account; using it would alert its owner` : undefined),
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.accountId ? `account ${f.facts.accountId}` : undefined,
      resources: f.facts.accountId ? [{ kind: 'account', noun: AWS_ACCOUNT, name: f.facts.accountId, qualifier: 'decoded from the key id' }] : [],
      because: [
        f.tokenKind === 'long-term-access-key'
          ? 'an AKIA key is a long-lived IAM user (or root) key; its policies are only known from IAM'
          : `a ${f.tokenKind} whose permissions are only known from IAM`,
        ...(f.facts.paired === 'no' ? ['no secret access key was found next to the key id, so it cannot be resolved'] : []),
      ],
    }),
  remediation: (_f, scope) =>
    (scope.tokenKind === 'root-access-key'
      ? 'Delete this root user access key (the root user should have none; AWS → Security credentials as root) and use IAM Identity Center or role credentials instead. '
      : '') +
    'Replace the access key with short-lived role credentials (IAM Identity Center, OIDC or an instance/task role); if a key must stay, attach a policy with only the actions needed and an explicit Deny on rds:Delete*, s3:DeleteBucket, ec2:DeleteSnapshot and backup:Delete*, then deactivate and delete this key in IAM → Security credentials.',
});
