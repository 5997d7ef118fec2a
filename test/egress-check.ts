// The suite-wide egress invariants, asserted over everything the stand-ins recorded in a test file:
// only read calls, and no credential at a host other than its own provider's.
import { parse } from 'graphql';
import { expect } from 'vitest';
import { recorded } from './standins/index.js';

const AWS_READS = {
  sts: ['GetCallerIdentity'],
  iam: [
    'ListAccountAliases',
    'GetUser',
    'ListAttachedUserPolicies',
    'ListUserPolicies',
    'GetUserPolicy',
    'ListGroupsForUser',
    'ListAttachedGroupPolicies',
    'ListGroupPolicies',
    'GetGroupPolicy',
    'GetPolicy',
    'GetPolicyVersion',
    'GetRole',
    'ListAttachedRolePolicies',
    'ListRolePolicies',
    'GetRolePolicy',
    'SimulatePrincipalPolicy',
  ],
};

/** A GraphQL body whose every operation is a query, parsed independently of src/resolve/egress.ts. */
const queriesOnly = (body: string) => parse((JSON.parse(body) as { query: string }).query).definitions.every((d) => d.kind !== 'OperationDefinition' || d.operation === 'query');

const READ_POSTS: Record<string, (path: string, body: string) => boolean> = {
  railway: (path, body) => path === '/graphql/v2' && queriesOnly(body),
  linear: (path, body) => path === '/graphql' && queriesOnly(body),
  'new-relic': (path, body) => path === '/graphql' && queriesOnly(body),
  // capabilities-self names capabilities on the paths given: a body of plain paths and nothing else.
  vault: (path, body) => {
    const b = JSON.parse(body) as Record<string, unknown>;
    return path === '/v1/sys/capabilities-self' && Object.keys(b).join(',') === 'paths' && Array.isArray(b.paths) && b.paths.every((p) => typeof p === 'string' && !p.includes('*'));
  },
  // auth.test is a read Slack serves on POST; the resolver sends it with no arguments.
  slack: (path, body) => path === '/api/auth.test' && body.trim() === '',
  // The AWS resolver's named reads, independently of src/resolve/aws.ts: POST /, one Action, its own API version.
  aws: (path, body) => {
    const form = new URLSearchParams(body);
    const action = form.getAll('Action');
    if (path !== '/' || action.length !== 1) return false;
    const version = AWS_READS.sts.includes(action[0]) ? '2011-06-15' : AWS_READS.iam.includes(action[0]) ? '2010-05-08' : undefined;
    return version !== undefined && form.get('Version') === version;
  },
  // Google: the JWT-bearer token exchange (a jwt-bearer grant and its assertion, nothing else, asking for read-only
  // scopes) and Resource Manager's testIamPermissions (a list of permission names, no wildcards), independently of scopes/gcp.ts.
  gcp: (path, body) => {
    if (path === '/token') {
      const form = new URLSearchParams(body);
      if ([...form.keys()].sort().join(',') !== 'assertion,grant_type' || form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return false;
      const claims = JSON.parse(Buffer.from(form.get('assertion')!.split('.')[1] ?? '', 'base64url').toString('utf8') || '{}') as { scope?: string };
      return (claims.scope ?? '').split(' ').every((s) => s.endsWith('.read-only'));
    }
    if (!/^\/v1\/projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]:testIamPermissions$/.test(path)) return false;
    const b = JSON.parse(body) as Record<string, unknown>;
    return Object.keys(b).join(',') === 'permissions' && Array.isArray(b.permissions) && b.permissions.every((x) => typeof x === 'string' && !x.includes('*'));
  },
  // Auth0's token request: a client-credentials grant whose audience is a tenant's Management API, and nothing else.
  auth0: (path, body) => {
    const b = JSON.parse(body) as Record<string, unknown>;
    return (
      path === '/oauth/token' &&
      Object.keys(b).sort().join(',') === 'audience,client_id,client_secret,grant_type' &&
      b.grant_type === 'client_credentials' &&
      typeof b.audience === 'string' &&
      /^https:\/\/[a-z0-9-]+(?:\.[a-z]{2})?\.auth0\.com\/api\/v2\/$/.test(b.audience)
    );
  },
  // Entra ID's token request: a client-credentials grant for Resource Manager and nothing else, by a secret or a
  // certificate's JWT-bearer assertion, independently of scopes/azure.ts.
  azure: (path, body) => {
    const form = new URLSearchParams(body);
    const keys = [...form.keys()].sort().join(',');
    return (
      /^\/[A-Za-z0-9.-]+\/oauth2\/v2\.0\/token$/.test(path) &&
      (keys === 'client_id,client_secret,grant_type,scope' ||
        (keys === 'client_assertion,client_assertion_type,client_id,grant_type,scope' && form.get('client_assertion_type') === 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer')) &&
      form.get('grant_type') === 'client_credentials' &&
      form.get('scope') === 'https://management.azure.com/.default'
    );
  },
  // Kubernetes' self-subject reviews, the only POSTs the resolver makes (each a read that persists nothing).
  kubernetes: (path, body) => {
    const b = JSON.parse(body) as { kind?: string; spec?: Record<string, unknown> };
    if (path === '/apis/authentication.k8s.io/v1/selfsubjectreviews') return b.kind === 'SelfSubjectReview' && b.spec === undefined;
    if (path === '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews') return b.kind === 'SelfSubjectAccessReview' && Object.keys(b.spec ?? {}).join(',') === 'resourceAttributes';
    if (path === '/apis/authorization.k8s.io/v1/selfsubjectrulesreviews') return b.kind === 'SelfSubjectRulesReview' && Object.keys(b.spec ?? {}).join(',') === 'namespace';
    return false;
  },
};

/** `secrets` maps each provider to the credentials that belong to it. */
export function assertEgressClean(secrets: Record<string, string[]>): void {
  const problems: string[] = [];
  for (const r of recorded) {
    if (r.method !== 'GET' && r.method !== 'HEAD' && !READ_POSTS[r.provider]?.(r.path.split('?')[0], r.body)) problems.push(`${r.provider}: mutating ${r.method} ${r.path}`);
    const wire = JSON.stringify(r.headers) + r.body + r.path;
    for (const [owner, list] of Object.entries(secrets)) {
      if (owner === r.provider) continue;
      for (const s of list) if (wire.includes(s)) problems.push(`${owner} credential sent to ${r.provider}`);
    }
  }
  expect(problems).toEqual([]);
}
