// The data that flows one way through the pipeline: walk → detect → resolve → classify → report.

export type Status = 'live' | 'revoked' | 'unknown';
export type Resolution = 'online' | 'offline';
export type Certainty = 'confirmed' | 'inferred';
/** Where a scanned text came from: a workspace file, a home credential store, the inherited environment, or a blob of the workspace's git history. */
export type Origin = 'workspace' | 'home' | 'process-env' | 'git-history';

/** Where a text of git history first appeared: the commit (short sha) and whether its path is gone from the working tree. */
export interface HistoryPlace {
  /** The commit that first held the blob at `path`, abbreviated to 12 hex digits. */
  commit?: string;
  /** True when `path` no longer exists in the working tree (`git rm`'d, moved): only the history holds it. */
  removed?: boolean;
}

/** One text the agent can read. `path` is relative to the scanned root (posix), `~/…` for home, `env:NAME` for variables; a history blob carries its first commit. */
export interface Source extends HistoryPlace {
  path: string;
  origin: Origin;
  /** Absolute path on disk, when there is one. */
  absolute?: string;
}

/** One readable text: a file's bytes (decoded only if a keyword occurs), or a string (an environment variable). */
export interface TextInput {
  source: Source;
  text?: string;
  bytes?: Buffer;
  /** Set when the text is one part of a file read in parts (src/walk/index.ts `readTexts`). */
  part?: TextPart;
}

/**
 * Where a part of a file begins in the file (1-based line and column, columns in UTF-16 units), and the place in
 * the part from which its matches belong to the next part (the parts overlap, so a match across a boundary is
 * whole in one of them): absent in the last part.
 */
export interface TextPart {
  line: number;
  column: number;
  until?: { line: number; column: number };
}

/** How a value was encoded where it was found: base64, percent-encoding or JSON/YAML string escapes. */
export type Encoding = 'base64' | 'percent' | 'escape';

/** What surrounds a secret: the evidence classification rests on besides the token itself. */
export interface FindingContext {
  /** The variable or key the secret is assigned to, when the syntax names one (`RAILWAY_API_TOKEN`). */
  variable?: string;
  /** The environment the file names itself (`.env.production` → production), or `unknown`. */
  fileEnvironment: string;
  /** The environment used for classification: the file's own, else the declared `--environment`, else `unknown`. */
  environment: string;
  /** True when the file is an agent or MCP configuration, or the secret sits in the agent's environment. */
  agentConfig: boolean;
  origin: Origin;
  /** Set when the secret was found by decoding the text at the location (src/detect/decode.ts): how it was encoded. */
  encoding?: Encoding;
}

/**
 * A token format more than one provider issues (Stripe's and Clerk's `sk_live_`): which providers, and what in
 * the file named the issuer. Undecided, the credential is sent to none of them; decided by anything but its own
 * variable or line, a provider's "invalid" answer is not taken for revoked (it may not be that provider's).
 */
export interface SharedFormat {
  /** The shared prefix, as reports name it (`sk_live_`). */
  prefix: string;
  /** Every provider that issues the format, by id (the finding's `provider` is one of them). */
  issuers: string[];
  /** What named the issuer (`the variable CLERK_SECRET_KEY`, `neighbouring keys (NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY)`); absent when nothing did. */
  decidedBy?: string;
  /** True when the secret's own variable or line names the issuer: then the credential is unambiguously that provider's. */
  certain: boolean;
}

export interface Finding extends HistoryPlace {
  detectorId: string;
  provider: string;
  /** The detector's view of the token kind (`classic-pat`, `account-or-workspace-token` …). */
  tokenKind: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The raw secret. Memory only: never serialised; reporters see `redacted` and `fingerprint`. */
  secret: string;
  /** Companion values a resolver needs (an AWS secret key paired with its key id, a URL's host). Memory only where secret. */
  parts: Record<string, string>;
  /** Non-secret facts the detector read from the token (host, user, account id, JWT role). Safe to print. */
  facts: Record<string, string>;
  fingerprint: string;
  redacted: string;
  context: FindingContext;
  /** The reason of an inline `agent-blast-radius:allow <reason>` on the secret's line, when there is one. */
  allow?: string;
  /** Set when the token's format is shared by several providers (see `SharedFormat`). */
  shared?: SharedFormat;
}

/**
 * The kinds of thing a credential reaches, one small vocabulary for every provider. A resolver picks the
 * nearest; `src/report/resources.ts` turns each into words.
 */
export const RESOURCE_KINDS = [
  'instance',
  'enterprise',
  'account',
  'organisation',
  'team',
  'workspace',
  'user',
  'role',
  'project',
  'environment',
  'service',
  'app',
  'machine',
  'deployment',
  'function',
  'server',
  'cluster',
  'database',
  'schema',
  'table',
  'collection',
  'key',
  'branch',
  'index',
  'volume',
  'snapshot',
  'backup',
  'bucket',
  'object',
  'file',
  'repository',
  'package',
  'model',
  'zone',
  'dns-record',
  'channel',
  'message',
  'customer',
  'balance',
  'api-key',
  'secret',
  'dashboard',
  'monitor',
  'configuration',
  'data',
  'permission',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/**
 * One thing a credential reaches or can destroy, as data. One named resource (`name`), several (`names`,
 * `count` when more exist than are named), every one of its kind (`all`), or an unnamed count (`count` alone),
 * inside a container (`within`: every volume *of* a project, a table *in* a database).
 */
export interface Resource {
  kind: ResourceKind;
  /** A second kind reached together with the first (`every project and environment`). */
  also?: ResourceKind;
  /** The container as either of two kinds, when the credential cannot tell (`the account or workspace`). */
  or?: ResourceKind;
  /** The provider's name for the one resource meant. */
  name?: string;
  /** Several named resources of this kind. */
  names?: string[];
  /** How many there are, when more than `names` (or with no names at all). */
  count?: number;
  /** Every resource of this kind (of `within`, or of the whole account when absent). */
  all?: boolean;
  /** Only those this principal can access (`every repository the user can access`). */
  accessibleTo?: Resource;
  within?: Resource;
  /** The environment the resource belongs to; `*` for every environment, production included. */
  environment?: string;
  /** The provider's id for it, when it differs from the name. */
  id?: string;
  /** What the credential holds on it, in the provider's own terms: roles, scopes, permissions, commands. */
  access?: string[];
  /** What else goes with it (its RDB snapshot, its users and API keys), in the provider's own nouns: `, and …`. */
  including?: string[];
  /** What is deleted together with it (their automated backups, its deployments), in the provider's own nouns: `, with …`. */
  with?: string[];
  /** A short qualifier in the provider's own terms the vocabulary has no field for (`owned`, `read only`). */
  qualifier?: string;
  /**
   * The provider's own noun for this kind (`Droplet`/`Droplets`, `Worker`/`Workers`, `AWS account`), used in the
   * words instead of the generic kind's; `kind` stays what classification and the map group by.
   */
  noun?: { one: string; many: string };
  /** Names that read on their own, without the noun (an ARN, a host name, a team's display name). */
  bare?: boolean;
  /** Any one resource of this kind, as a policy's `*` grants (`any resource in account …`), rather than every one. */
  any?: boolean;
  /** A parenthesis about the named resource itself, written right after its name (a volume's mount path). */
  aside?: string;
  /** A further clause in the provider's own terms, after a comma (`every resource (root user)`). */
  note?: string;
  /** Privileges granted on it, SQL-style, written before it (`DELETE on public.orders in shop`). */
  privileges?: string[];
  /**
   * Who the resource is, across credentials and providers (`supabase:project:<ref>`): credentials whose reach
   * holds one key reach the same thing, and the report connects them. Never printed.
   */
  key?: string;
}

/** Another credential that reaches the same resource (the same `key`): where it sits and what it is. */
export interface Connection {
  /** The resource both reach, as this credential's scope names it. */
  resource: Resource;
  provider: string;
  tokenKind: string;
  /** The places the other credential occurs, at most ten (src/classify/rules.ts MAX_RELATED). */
  locations: Location[];
  /** How many more places it occurs in than `locations` lists; absent when none. */
  locationsMore?: number;
}

export interface DestroyPrimitive {
  /** The provider's own name for the call: `volumeDelete`, `rds:DeleteDBInstance`, `DROP DATABASE`. */
  action: string;
  /** What it destroys. */
  target: Resource;
  destroysBackups: boolean;
  certainty: Certainty;
}

/** What a credential can really do, as the resolver established it (online) or inferred it (offline). */
export interface Scope {
  status: Status;
  resolution: Resolution;
  tokenKind: string;
  identity?: string;
  reach: {
    /** Lower-case environment names; `*` means every environment of the account (a root credential). */
    environments: string[];
    resources: Resource[];
  };
  root: boolean;
  destroy: DestroyPrimitive[];
  /** Certainty of the verdicts as a whole: `inferred` as soon as one rests on shape or an UNCONFIRMED fact. */
  certainty: Certainty;
  /** What was inferred rather than confirmed, in words; each line is named in the result's message. */
  inferred: string[];
  /** The read-only calls made (online), e.g. `POST /graphql/v2 query me`. */
  evidence: string[];
  reason?: string;
}

/** The ids of the rule table in src/context/rules.ts (which the compiler checks covers each one). */
export type RuleId = 'ABR001' | 'ABR002' | 'ABR003' | 'ABR004' | 'ABR005' | 'ABR006' | 'ABR007' | 'ABR008';

/** A place holding a secret; `commit` set when the place is a blob of git history rather than the file on disk. */
export interface Location extends HistoryPlace {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Why a result is accepted: `external` from the config file or a baseline, `inSource` from an inline allow comment (SARIF suppression kinds). */
export interface Acceptance {
  kind: 'external' | 'inSource';
  justification: string;
}

/** One rule firing for one occurrence of a secret. Plain data; reporters turn it into words. */
export interface Result {
  ruleId: RuleId;
  finding: Finding;
  /** The other places holding the same secret. */
  related: Location[];
  /** How many more places hold it than `related` lists (src/classify/rules.ts MAX_RELATED); absent when none. */
  relatedMore?: number;
  scope: Scope;
  certainty: Certainty;
  /** Rule-specific data for the message template (environments reached, destroy actions…). */
  data: Record<string, string>;
  remediation: string;
  /** Accepted on purpose: still reported (SARIF `suppressions`), never failing the scan. */
  accepted?: Acceptance;
  /** Other credentials that reach the same resource (one Supabase project): each keeps its own verdicts. */
  connected?: Connection[];
  /** How many more credentials reach a resource this one reaches than `connected` lists (at most ten); absent when none. */
  connectedMore?: number;
}

/** Why a text was not read. `special-file`: a FIFO, socket or device, never opened. */
export type SkipReason = 'binary' | 'too-large' | 'dependency-folder' | 'unreadable' | 'excluded' | 'symlink' | 'special-file';

export interface ScanSummary {
  root: string;
  filesRead: number;
  bytesRead: number;
  skipped: Record<SkipReason, number>;
  bytesSkipped: number;
  /** A few example paths per reason, so a skip is never silent. */
  skippedExamples: Partial<Record<SkipReason, string[]>>;
  findings: number;
  secrets: number;
  revoked: number;
  /** Occurrences accepted by the config, a baseline or an inline allow (reported, not counted in `byRule`). */
  accepted?: number;
  byRule: Partial<Record<RuleId, number>>;
  environment?: string;
  /** `failed`: credentials were sent and not one provider answered (no network, DNS failure, a black-holed host). */
  resolution: Resolution | 'failed';
  /** Secrets that more than one credential holds (one password for two servers): how many, across how many credentials. */
  reused?: { secrets: number; credentials: number };
  /** Credentials sent (or held back because their provider did not answer) that got no answer, and why. */
  unresolved?: { count: number; reasons: string[] };
  /** What of the workspace's git history was read; absent when the workspace holds no `.git` or history was turned off. */
  history?: HistorySummary;
  /** Occurrences found and not reported because a limit was reached (src/pipeline/limits.ts); absent when none. */
  unreported?: UnreportedSummary;
  /** Set when the run's deadline (`--deadline`) passed: what was not read. The report holds what was found before it. */
  deadline?: DeadlineSummary;
}

/**
 * What a run stopped by its deadline did not read: files listed and not read, sources (git history, home stores,
 * the environment) not begun, and whether the walk itself stopped before listing every file (then more were not read).
 */
export interface DeadlineSummary {
  seconds: number;
  filesNotRead: number;
  sourcesNotRead: number;
  walkStopped: boolean;
}

/**
 * Findings left out of the report by a limit: counted, never dropped silently, and never sent to a provider.
 * `perFile`: texts that held more distinct credentials than the limit (the occurrences of the others left
 * out); `total`: occurrences past the run's limit, after the per-file one.
 */
export interface UnreportedSummary {
  /** Occurrences left out, in all. */
  findings: number;
  perFile?: { limit: number; files: number; findings: number; examples: Array<{ path: string; findings: number }> };
  total?: { limit: number; findings: number };
}

/**
 * The git history source's account: unique blobs listed, read, already in the working tree (reported from
 * there), and left unread because a budget ran out. Blobs skipped by the walk policy are in `skipped`.
 */
export interface HistorySummary {
  /** Commits listed (every ref, newest first). */
  commits: number;
  /** Unique blobs of regular files those commits hold. */
  blobs: number;
  /** Blobs read and detected. */
  read: number;
  bytesRead: number;
  /** Blobs identical to the working-tree file at a path they had: read there, not again. */
  inWorkingTree: number;
  /** Blobs not read because a budget ran out. */
  left: number;
  /** The budget that ran out: `blobs`, `bytes` or `time`. */
  limit?: 'blobs' | 'bytes' | 'time';
  /** The listing stopped before the oldest commit (time budget): older commits were not looked at. */
  partial?: boolean;
  /** Why the history was not read at all (git not installed, not a repository, a partial clone). */
  unavailable?: string;
}

export interface ScanReport {
  tool: { name: string; version: string };
  results: Result[];
  /** Revoked credentials fire no rule; listed only for `--show-revoked`. */
  revoked: Finding[];
  summary: ScanSummary;
}
