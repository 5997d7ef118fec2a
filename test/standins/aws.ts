// STS and IAM on one port (ABR_ENDPOINT_AWS replaces both hosts), speaking the Query protocol:
// form-encoded `Action=…&Version=…` bodies, XML answers shaped as in the STS and IAM API references
// (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html,
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html …), errors as
// <ErrorResponse><Error><Code> with AWS's status codes. Callers are told apart by the key id in the
// SigV4 Authorization header, and the signature is checked against the key's secret, so a mispaired
// secret gets SignatureDoesNotMatch exactly as from AWS.
import { createHash, createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PolicyDocument } from '../../scopes/lib/aws-policy.js';
import { startStandin, type Standin } from './index.js';

export interface AwsKey {
  secret: string;
  /** Required on every request of a temporary (ASIA) key, as X-Amz-Security-Token. */
  sessionToken?: string;
  account: string;
  /** The caller: arn:aws:iam::ACCT:root, arn:aws:iam::ACCT:user/NAME, arn:aws:sts::ACCT:assumed-role/ROLE/SESSION. */
  arn: string;
  /** How STS answers this key instead of an identity (deleted, deactivated, expired). */
  invalid?: 'InvalidClientTokenId' | 'ExpiredToken';
  /** IAM actions the key may call (`*`: all); every other IAM call answers AccessDenied. */
  iam?: string[];
  /** IAM actions denied even when `iam` allows them. */
  deny?: string[];
}

interface Principal {
  path?: string;
  attached?: string[];
  inline?: Record<string, PolicyDocument>;
  boundary?: string;
}

export interface AwsWorld {
  keys: Record<string, AwsKey>;
  aliases?: Record<string, string[]>;
  users?: Record<string, Principal & { groups?: string[] }>;
  groups?: Record<string, Principal>;
  roles?: Record<string, Principal>;
  /** Managed policies by ARN: one version, v1, the default. */
  policies?: Record<string, PolicyDocument>;
  /** SimulatePrincipalPolicy: by PolicySourceArn, the actions `allowed` or `explicitDeny`; others `implicitDeny`. */
  simulation?: Record<string, Record<string, 'allowed' | 'explicitDeny'>>;
}

export interface AwsStandin extends Standin {
  /** AWS error codes the next requests answer with, one per request (`Throttling`, `ServiceUnavailable`). */
  errors: string[];
}

const NS = { sts: 'https://sts.amazonaws.com/doc/2011-06-15/', iam: 'https://iam.amazonaws.com/doc/2010-05-08/' };
const VERSIONS: Record<string, 'sts' | 'iam'> = { '2011-06-15': 'sts', '2010-05-08': 'iam' };
// Status codes per error, from the STS/IAM API references' Errors sections and Common Errors.
const STATUS: Record<string, number> = {
  InvalidClientTokenId: 403,
  ExpiredToken: 403,
  SignatureDoesNotMatch: 403,
  AccessDenied: 403,
  NoSuchEntity: 404,
  Throttling: 400,
  ServiceUnavailable: 503,
  InvalidAction: 400,
  MissingAuthenticationToken: 403,
};
const MESSAGES: Record<string, string> = {
  InvalidClientTokenId: 'The security token included in the request is invalid.',
  ExpiredToken: 'The security token included in the request is expired',
  SignatureDoesNotMatch:
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  Throttling: 'Rate exceeded',
  ServiceUnavailable: 'Service is unable to handle request.',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const el = (name: string, body: string | number | boolean | undefined) => (body === undefined ? '' : `<${name}>${typeof body === 'string' && !body.startsWith('<') ? esc(body) : body}</${name}>`);
const members = (xs: string[]) => xs.map((x) => `<member>${x}</member>`).join('');
const requestId = () => `<ResponseMetadata><RequestId>${crypto.randomUUID()}</RequestId></ResponseMetadata>`;
const date = '2026-01-01T00:00:00Z';

function xml(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'text/xml' }).end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}

function error(res: ServerResponse, service: 'sts' | 'iam', code: string, message = MESSAGES[code] ?? code) {
  const type = (STATUS[code] ?? 400) >= 500 ? 'Receiver' : 'Sender';
  xml(
    res,
    STATUS[code] ?? 400,
    `<ErrorResponse xmlns="${NS[service]}"><Error><Type>${type}</Type><Code>${code}</Code><Message>${esc(message)}</Message></Error><RequestId>${crypto.randomUUID()}</RequestId></ErrorResponse>`,
  );
}

function ok(res: ServerResponse, service: 'sts' | 'iam', action: string, result: string) {
  xml(res, 200, `<${action}Response xmlns="${NS[service]}"><${action}Result>${result}</${action}Result>${requestId()}</${action}Response>`);
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: string | Buffer, s: string) => createHmac('sha256', key).update(s, 'utf8').digest();

export interface SigV4 {
  keyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

/** `AWS4-HMAC-SHA256 Credential=KEY/DATE/REGION/SERVICE/aws4_request, SignedHeaders=…, Signature=…` */
export function parseAuthorization(header: string | undefined): SigV4 | undefined {
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(header ?? '');
  return m ? { keyId: m[1], date: m[2], region: m[3], service: m[4], signedHeaders: m[5].split(';'), signature: m[6] } : undefined;
}

/** Signature Version 4, recomputed (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html). */
function signatureMatches(req: IncomingMessage, body: string, sig: SigV4, secret: string): boolean {
  const url = new URL(req.url ?? '/', 'http://standin');
  const query = [...url.searchParams]
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .sort()
    .join('&');
  const headers = sig.signedHeaders
    .map(
      (h) =>
        `${h}:${String(req.headers[h] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const payload = sha256(body);
  if (req.headers['x-amz-content-sha256'] && req.headers['x-amz-content-sha256'] !== payload) return false;
  const canonical = [req.method, url.pathname, query, headers, sig.signedHeaders.join(';'), payload].join('\n');
  const scope = `${sig.date}/${sig.region}/${sig.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', String(req.headers['x-amz-date']), scope, sha256(canonical)].join('\n');
  let key = hmac(`AWS4${secret}`, sig.date);
  for (const part of [sig.region, sig.service, 'aws4_request']) key = hmac(key, part);
  return hmac(key, toSign).toString('hex') === sig.signature;
}

const listOf = (form: URLSearchParams, name: string) => [...form].filter(([k]) => new RegExp(`^${name}\\.member\\.\\d+$`).test(k)).map(([, v]) => v);
const encodePolicy = (d: PolicyDocument) => encodeURIComponent(JSON.stringify(d));

export async function startAws(world: AwsWorld): Promise<AwsStandin> {
  const errors: string[] = [];
  const standin = await startStandin('aws', (req, body, res) => {
    const form = new URLSearchParams(body);
    const action = form.get('Action') ?? '';
    const service = VERSIONS[form.get('Version') ?? ''];
    if (req.method !== 'POST' || !service) return error(res, 'iam', 'InvalidAction', 'not a Query-protocol request');
    const sig = parseAuthorization(req.headers.authorization);
    if (!sig) return error(res, service, 'MissingAuthenticationToken', 'Request is missing Authentication Token');
    if (sig.service !== service || sig.region !== 'us-east-1') return error(res, service, 'SignatureDoesNotMatch', `Credential should be scoped to a valid region and service ${service}`);
    const next = errors.shift();
    if (next) return error(res, service, next);
    const key = world.keys[sig.keyId];
    if (!key || key.invalid === 'InvalidClientTokenId') return error(res, service, 'InvalidClientTokenId');
    if (key.invalid) return error(res, service, key.invalid);
    if (key.sessionToken !== undefined && req.headers['x-amz-security-token'] !== key.sessionToken) return error(res, service, 'InvalidClientTokenId');
    if (!signatureMatches(req, body, sig, key.secret)) return error(res, service, 'SignatureDoesNotMatch');

    if (service === 'sts') {
      if (action !== 'GetCallerIdentity') return error(res, service, 'InvalidAction', `the stand-in answers only reads; ${action} refused`);
      const userId = key.arn.endsWith(':root') ? key.account : `AIDA${sig.keyId.slice(4)}`;
      return ok(res, 'sts', action, el('Arn', key.arn) + el('UserId', userId) + el('Account', key.account));
    }

    const allowed = (key.iam ?? []).some((a) => a === '*' || a === action) && !(key.deny ?? []).includes(action);
    if (!allowed) return error(res, 'iam', 'AccessDenied', `User: ${key.arn} is not authorized to perform: iam:${action} on resource: ${key.arn}`);
    const noEntity = (what: string) => error(res, 'iam', 'NoSuchEntity', `The ${what} cannot be found.`);
    const account = key.account;
    const arnOf = (kind: string, name: string, path = '/') => `arn:aws:iam::${account}:${kind}${path}${name}`;
    const attached = (arns: string[] = []) => el('AttachedPolicies', members(arns.map((a) => el('PolicyName', a.split('/').pop()!) + el('PolicyArn', a)))) + el('IsTruncated', false);
    const names = (inline: Record<string, PolicyDocument> = {}) => el('PolicyNames', members(Object.keys(inline).map(esc))) + el('IsTruncated', false);
    const boundary = (b?: string) => (b ? el('PermissionsBoundary', el('PermissionsBoundaryType', 'Policy') + el('PermissionsBoundaryArn', b)) : '');

    switch (action) {
      case 'ListAccountAliases':
        return ok(res, 'iam', action, el('AccountAliases', members((world.aliases?.[account] ?? []).map(esc))) + el('IsTruncated', false));
      case 'GetUser': {
        const name = form.get('UserName') ?? /:user\/(?:.*\/)?([^/]+)$/.exec(key.arn)?.[1] ?? '';
        const u = world.users?.[name];
        if (!u) return noEntity(`user with name ${name}`);
        return ok(
          res,
          'iam',
          action,
          el(
            'User',
            el('Path', u.path ?? '/') + el('UserName', name) + el('UserId', `AIDA${sig.keyId.slice(4)}`) + el('Arn', arnOf('user', name, u.path)) + el('CreateDate', date) + boundary(u.boundary),
          ),
        );
      }
      case 'ListAttachedUserPolicies':
      case 'ListUserPolicies':
      case 'GetUserPolicy':
      case 'ListGroupsForUser': {
        const name = form.get('UserName') ?? '';
        const u = world.users?.[name];
        if (!u) return noEntity(`user with name ${name}`);
        if (action === 'ListAttachedUserPolicies') return ok(res, 'iam', action, attached(u.attached));
        if (action === 'ListUserPolicies') return ok(res, 'iam', action, names(u.inline));
        if (action === 'ListGroupsForUser')
          return ok(
            res,
            'iam',
            action,
            el('Groups', members((u.groups ?? []).map((g) => el('Path', '/') + el('GroupName', g) + el('GroupId', `AGPA${g.toUpperCase()}`) + el('Arn', arnOf('group', g)) + el('CreateDate', date)))) +
              el('IsTruncated', false),
          );
        const doc = u.inline?.[form.get('PolicyName') ?? ''];
        if (!doc) return noEntity('user policy');
        return ok(res, 'iam', action, el('UserName', name) + el('PolicyName', form.get('PolicyName')!) + el('PolicyDocument', encodePolicy(doc)));
      }
      case 'ListAttachedGroupPolicies':
      case 'ListGroupPolicies':
      case 'GetGroupPolicy': {
        const name = form.get('GroupName') ?? '';
        const g = world.groups?.[name];
        if (!g) return noEntity(`group with name ${name}`);
        if (action === 'ListAttachedGroupPolicies') return ok(res, 'iam', action, attached(g.attached));
        if (action === 'ListGroupPolicies') return ok(res, 'iam', action, names(g.inline));
        const doc = g.inline?.[form.get('PolicyName') ?? ''];
        if (!doc) return noEntity('group policy');
        return ok(res, 'iam', action, el('GroupName', name) + el('PolicyName', form.get('PolicyName')!) + el('PolicyDocument', encodePolicy(doc)));
      }
      case 'GetRole':
      case 'ListAttachedRolePolicies':
      case 'ListRolePolicies':
      case 'GetRolePolicy': {
        const name = form.get('RoleName') ?? '';
        const r = world.roles?.[name];
        if (!r) return noEntity(`role with name ${name}`);
        if (action === 'GetRole')
          return ok(
            res,
            'iam',
            action,
            el(
              'Role',
              el('Path', r.path ?? '/') +
                el('RoleName', name) +
                el('RoleId', `AROA${name.toUpperCase()}`) +
                el('Arn', arnOf('role', name, r.path)) +
                el('CreateDate', date) +
                el('AssumeRolePolicyDocument', encodePolicy({ Version: '2012-10-17', Statement: [] })) +
                boundary(r.boundary),
            ),
          );
        if (action === 'ListAttachedRolePolicies') return ok(res, 'iam', action, attached(r.attached));
        if (action === 'ListRolePolicies') return ok(res, 'iam', action, names(r.inline));
        const doc = r.inline?.[form.get('PolicyName') ?? ''];
        if (!doc) return noEntity('role policy');
        return ok(res, 'iam', action, el('RoleName', name) + el('PolicyName', form.get('PolicyName')!) + el('PolicyDocument', encodePolicy(doc)));
      }
      case 'GetPolicy':
      case 'GetPolicyVersion': {
        const arn = form.get('PolicyArn') ?? '';
        const doc = world.policies?.[arn];
        if (!doc) return noEntity(`policy ${arn}`);
        if (action === 'GetPolicy')
          return ok(
            res,
            'iam',
            action,
            el(
              'Policy',
              el('PolicyName', arn.split('/').pop()!) +
                el('DefaultVersionId', 'v1') +
                el('PolicyId', 'ANPA' + sha256(arn).slice(0, 17).toUpperCase()) +
                el('Path', '/') +
                el('Arn', arn) +
                el('AttachmentCount', 1) +
                el('IsAttachable', true) +
                el('CreateDate', date) +
                el('UpdateDate', date),
            ),
          );
        if (form.get('VersionId') !== 'v1') return noEntity(`policy version ${form.get('VersionId')}`);
        return ok(res, 'iam', action, el('PolicyVersion', el('Document', encodePolicy(doc)) + el('VersionId', 'v1') + el('IsDefaultVersion', true) + el('CreateDate', date)));
      }
      case 'SimulatePrincipalPolicy': {
        const source = form.get('PolicySourceArn') ?? '';
        const decisions = world.simulation?.[source];
        if (!decisions) return noEntity(`principal ${source}`);
        const results = listOf(form, 'ActionNames').map(
          (a) => el('EvalActionName', a) + el('EvalResourceName', '*') + el('EvalDecision', decisions[a] ?? 'implicitDeny') + el('MatchedStatements', '') + el('MissingContextValues', ''),
        );
        return ok(res, 'iam', action, el('IsTruncated', false) + el('EvaluationResults', members(results)));
      }
      default:
        return error(res, 'iam', 'InvalidAction', `the stand-in answers only reads; ${action} refused`);
    }
  });
  return { ...standin, errors };
}
