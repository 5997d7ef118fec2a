// The data an organisation audit keeps: per repository what was scanned and found (never a secret:
// fingerprints, redacted previews and scopes only), so a checkpoint, a shard's report and a merge all
// carry the same records.
import type { RuleId, Scope, ScanSummary, SkipReason } from '../types.js';

/** Why an archive entry — or the rest of an archive — was not scanned. Counted per repository, never silent. */
export type ArchiveSkipReason = 'path-traversal' | 'absolute-path' | 'invalid-path' | 'outside-root' | 'hardlink' | 'special-file' | 'absurd-size' | 'compression-bomb' | 'archive-too-large';

/** Reasons that abandon the rest of an archive: past them the stream cannot be trusted or is too big. */
export const ABANDONS_ARCHIVE: ReadonlySet<ArchiveSkipReason> = new Set(['absurd-size', 'compression-bomb', 'archive-too-large']);

export interface Repository {
  fullName: string;
  owner: string;
  name: string;
  defaultBranch: string;
  archived: boolean;
  fork: boolean;
  topics: string[];
  htmlUrl: string;
}

export interface Shard {
  /** 1-based, as a GitHub Actions matrix counts. */
  index: number;
  count: number;
}

/** One place a secret sits, with the rules that fired there (none when the secret is revoked). */
export interface Occurrence {
  fingerprint: string;
  provider: string;
  detector: string;
  tokenKind: string;
  redacted: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  variable: string | null;
  environment: string;
  fileEnvironment: string;
  agentConfig: boolean;
  rules: RuleId[];
  remediation: string;
}

export interface RepositorySummary {
  filesRead: number;
  bytesRead: number;
  /** Compressed bytes received for the tarball. */
  bytesDownloaded: number;
  skipped: ScanSummary['skipped'];
  archive: Partial<Record<ArchiveSkipReason, number>>;
  /** A few example paths per reason (walk reasons and archive reasons). */
  skippedExamples: Partial<Record<SkipReason | ArchiveSkipReason, string[]>>;
  findings: number;
  secrets: number;
  revoked: number;
  byRule: Partial<Record<RuleId, number>>;
}

export interface RepositoryRecord {
  fullName: string;
  status: 'scanned' | 'failed' | 'skipped';
  /** For `failed` and `skipped`: why, in words (redacted). */
  reason?: string;
  defaultBranch: string;
  /** The commit the tarball was fetched at. */
  commit?: string;
  /** The repository's environment: `--environment`, else a word of its name or topics (`payments-staging`), else absent. */
  environment?: string;
  /** Set when an archive guard abandoned the rest of the tarball: what was read before it is reported. */
  truncated?: ArchiveSkipReason;
  /** The SARIF file, relative to the output directory. */
  sarif?: string;
  upload?: { id?: string; error?: string };
  summary?: RepositorySummary;
  occurrences: Occurrence[];
}

export interface Listing {
  /** Repositories the organisation has (that the token can see). */
  listed: number;
  /** After --include-archived/--include-forks/--repo/--topic. */
  selected: number;
  filtered: { archived: number; forks: number; disabled: number; repo: number; topic: number };
}

/** What a checkpoint holds, and what a shard's report carries for `merge`. */
export interface AuditState {
  version: 1;
  /** Identifies the audit a checkpoint belongs to: org, endpoint, shard, filters, resolution mode. */
  key: string;
  org: string;
  shard: Shard | null;
  repositories: Record<string, RepositoryRecord>;
  /** Scope of every secret resolved so far, by fingerprint: a resumed run never asks twice. */
  scopes: Record<string, Scope>;
  /** Sends to providers so far (what --max-resolutions counts). */
  attempted: number;
}
