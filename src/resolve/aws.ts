// The AWS SDK opens its own sockets, so the egress checks for AWS live in its middleware stack, the
// same checks egress.ts makes for plain HTTP: a named allowlist of read commands (refused before the
// request is even serialized), and, as the last step before the wire, the request's host, path and
// Query-protocol Action. Clients always get explicit credentials, region, endpoint, retry and
// defaults mode, so the SDK never consults the machine's credential chain, its config files'
// endpoints or instance metadata (a secret goes only to its own provider's API hosts).
import type { IAMClient } from '@aws-sdk/client-iam';
import type { STSClient } from '@aws-sdk/client-sts';

// The SDK is loaded on first use: importing it costs ~0.5 s at start-up, paid only when an AWS key is resolved.
let sdk: { iam: typeof import('@aws-sdk/client-iam'); sts: typeof import('@aws-sdk/client-sts') } | undefined;

export async function loadAwsSdk(): Promise<NonNullable<typeof sdk>> {
  // The SDK warns on stderr, mid-report, that its releases after January 2027 need Node 22: this package
  // declares Node 20 and pins the SDK through its lockfile and bundle, so the warning is not the user's to act on.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  sdk ??= { iam: commonJs(await import('@aws-sdk/client-iam')), sts: commonJs(await import('@aws-sdk/client-sts')) };
  return sdk;
}
import type { FinalizeRequestMiddleware, InitializeMiddleware, MiddlewareStack } from '@smithy/types';
import { commonJs } from './commonjs.js';
import { baseUrl, EgressError, type ProviderEgress } from './egress.js';

/**
 * The only AWS operations a resolver may call, by Query-protocol Action, with the service that
 * answers it. All are reads: sts:GetCallerIdentity needs no permission; the rest read IAM metadata
 * about the caller, and SimulatePrincipalPolicy "does not perform the API operations"
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html).
 */
export const AWS_READ_ACTIONS: Readonly<Record<string, 'sts' | 'iam'>> = {
  GetCallerIdentity: 'sts',
  ListAccountAliases: 'iam',
  GetUser: 'iam',
  ListAttachedUserPolicies: 'iam',
  ListUserPolicies: 'iam',
  GetUserPolicy: 'iam',
  ListGroupsForUser: 'iam',
  ListAttachedGroupPolicies: 'iam',
  ListGroupPolicies: 'iam',
  GetGroupPolicy: 'iam',
  GetPolicy: 'iam',
  GetPolicyVersion: 'iam',
  GetRole: 'iam',
  ListAttachedRolePolicies: 'iam',
  ListRolePolicies: 'iam',
  GetRolePolicy: 'iam',
  SimulatePrincipalPolicy: 'iam',
};

/** The API version each service's Query protocol names in every request body. */
const VERSIONS = { sts: '2011-06-15', iam: '2010-05-08' } as const;
const CLIENTS = { sts: 'STSClient', iam: 'IAMClient' } as const;

/** A Query-protocol body (`Action=GetCallerIdentity&Version=2011-06-15`) that is an allowed read; returns `sts:GetCallerIdentity`. */
export function awsQueryRead(body: string): string {
  const form = new URLSearchParams(body);
  const actions = form.getAll('Action');
  if (actions.length !== 1) throw new EgressError('refused: an AWS Query request names exactly one Action');
  const service = Object.hasOwn(AWS_READ_ACTIONS, actions[0]) ? AWS_READ_ACTIONS[actions[0]] : undefined;
  if (!service) throw new EgressError(`refused: ${actions[0]} is not an allowed AWS read call`);
  if (form.get('Version') !== VERSIONS[service]) throw new EgressError(`refused: ${actions[0]} with an unexpected API version`);
  return `${service}:${actions[0]}`;
}

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface AwsClientOptions {
  /** The provider's allowlist: its `hosts` are the official endpoints; ABR_ENDPOINT_AWS replaces them all. */
  egress: ProviderEgress;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
}

export interface AwsClients {
  sts: STSClient;
  iam: IAMClient;
  /** The endpoint in use, for messages: the override's origin, or `official`. */
  endpoint: string;
  destroy: () => void;
}

/** Where a request may go: the official host of its service, or (overridden) the one ABR_ENDPOINT_AWS host. */
interface Allowed {
  overridden: boolean;
  hosts: string[];
  /** The override's path prefix (`/` for the official hosts). */
  path: string;
}

/** Refuses, before sending, any request that is not an allowed read to an allowed host. Exported for its tests. */
export function admitAwsRequest(allowed: Allowed, service: 'sts' | 'iam', req: { protocol?: string; hostname?: string; port?: number; method?: string; path?: string; body?: unknown }): string {
  const host = `${req.hostname ?? ''}${req.port ? `:${req.port}` : ''}`;
  if (allowed.overridden) {
    if (!allowed.hosts.includes(host)) throw new EgressError(`refused: ${host} is not the aws endpoint`);
  } else {
    if (req.protocol !== 'https:' || (req.port && req.port !== 443)) throw new EgressError(`refused: ${req.protocol}//${host} is not an https API host of aws`);
    if (!allowed.hosts.includes(req.hostname ?? '') || req.hostname !== `${service}.amazonaws.com`) throw new EgressError(`refused: ${req.hostname} is not an API host of aws for ${service}`);
  }
  if (req.method !== 'POST' || !(req.path ?? '').startsWith(allowed.path)) throw new EgressError(`refused: ${req.method} ${req.path} is not an allowed read call for aws`);
  if (typeof req.body !== 'string') throw new EgressError('refused: an AWS request without a Query-protocol body');
  const op = awsQueryRead(req.body);
  if (!op.startsWith(`${service}:`)) throw new EgressError(`refused: ${op} sent to ${service}`);
  return op;
}

function install<I extends object, O extends object>(stack: MiddlewareStack<I, O>, allowed: Allowed, service: 'sts' | 'iam'): void {
  // First: only the named read commands of this client's own service, before anything is serialized.
  const commands: InitializeMiddleware<I, O> = (next, context) => async (args) => {
    const action = /^(\w+)Command$/.exec(context.commandName ?? '')?.[1] ?? '';
    if (context.clientName !== CLIENTS[service] || !Object.hasOwn(AWS_READ_ACTIONS, action) || AWS_READ_ACTIONS[action] !== service) {
      throw new EgressError(`refused: ${context.commandName ?? 'an unnamed command'} is not an allowed AWS read call`);
    }
    return next(args);
  };
  // Last, after signing: the request exactly as it will go on the wire.
  const wire: FinalizeRequestMiddleware<I, O> = (next, context) => async (args) => {
    const op = admitAwsRequest(allowed, service, args.request as Parameters<typeof admitAwsRequest>[2]);
    if (`${op}Command` !== `${service}:${context.commandName}`) throw new EgressError(`refused: the body's ${op} does not match ${context.commandName}`);
    return next(args);
  };
  stack.add(commands, { step: 'initialize', priority: 'high', name: 'abrReadOnlyCommands', override: true });
  stack.add(wire, { step: 'finalizeRequest', priority: 'low', name: 'abrAllowlistedRequest', override: true });
}

const SILENT = { debug() {}, info() {}, warn() {}, error() {} };

/** STS and IAM clients that can only make the allowlisted reads, with exactly these credentials, to the official hosts or ABR_ENDPOINT_AWS. */
export function awsClients(credentials: AwsCredentials, opts: AwsClientOptions): AwsClients {
  const { url, overridden } = baseUrl(opts.egress, opts.env);
  const endpointOf = (service: 'sts' | 'iam') => {
    if (overridden) return url.href.replace(/\/$/, '');
    const official = `https://${service}.amazonaws.com`;
    if (!opts.egress.hosts.includes(new URL(official).hostname)) throw new EgressError(`refused: ${official} is not an API host of aws`);
    return official;
  };
  const allowed: Allowed = overridden ? { overridden, hosts: [url.host], path: url.pathname } : { overridden, hosts: opts.egress.hosts, path: '/' };
  const common = {
    region: 'us-east-1',
    // Explicit credentials: the default provider chain (environment, profiles, SSO, IMDS) is never built.
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}) },
    maxAttempts: 2,
    retryMode: 'standard' as const,
    // `auto` would ask instance metadata for the region; every value it would choose is given here.
    defaultsMode: 'standard' as const,
    useFipsEndpoint: false,
    useDualstackEndpoint: false,
    // throwOnRequestTimeout: without it a request past requestTimeout is only logged ("[WARN] a request has
    // exceeded the configured … requestTimeout") and keeps waiting; with it the SDK throws a TimeoutError,
    // which the resolver turns into `unknown` with its reason. The handler's other notices (socket capacity)
    // go to a silent logger instead of the console: resolvers never print.
    // https://github.com/smithy-lang/smithy-typescript/blob/main/packages/types/src/http/httpHandlerInitialization.ts
    requestHandler: { requestTimeout: opts.timeoutMs, connectionTimeout: opts.timeoutMs, throwOnRequestTimeout: true, logger: SILENT },
  };
  if (!sdk) throw new Error('awsClients: await loadAwsSdk() first');
  const sts = new sdk.sts.STSClient({ ...common, endpoint: endpointOf('sts') });
  const iam = new sdk.iam.IAMClient({ ...common, endpoint: endpointOf('iam') });
  install(sts.middlewareStack, allowed, 'sts');
  install(iam.middlewareStack, allowed, 'iam');
  return {
    sts,
    iam,
    endpoint: overridden ? url.origin : 'official',
    destroy: () => {
      sts.destroy();
      iam.destroy();
    },
  };
}
