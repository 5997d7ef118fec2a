// One provider's suite against its stand-in: the stand-in's life cycle, the egress invariants over what it
// recorded, scanning a credential in a workspace file, and the canonical cases every resolver answers
// the same way (live root and live scoped are the provider's own tests; revoked, rate-limited,
// unexpected answer, failure and timeout are one table here). Styled after the three states of
// a resolver: only the provider's documented invalid-credential answer is revoked; a rate limit
// (RFC 6585 §4 429 with Retry-After, or 403 with x-ratelimit-remaining: 0), a 5xx, a timeout or
// anything unexpected is unknown with the reason, and the offline verdict is kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointVariable } from '../src/resolve/egress.js';
import type { Result, ScanReport, Scope } from '../src/types.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK, scan, scanDefaults, workspace, type TestScan } from './helpers.js';
import type { Standin } from './standins/index.js';

export interface SuiteOptions<C> {
  /** The provider id (scopes/<id>.ts). */
  id: string;
  start: () => Promise<Standin>;
  /** The workspace file a credential sits in, as an agent would find it. */
  line: (c: C) => string;
  /** Where that file is (default `.env.staging`). */
  path?: string;
  /** The secret the detector reports for a credential (default: the credential itself). */
  secretOf?: (c: C) => string;
  /** Every secret the suite uses, for the egress check: none may reach another provider's host. */
  secrets: () => string[];
  /** Further checks over what the stand-in recorded, before it closes. */
  after?: () => void;
  /** Scan options every scan of this suite takes (an opt-in such as `probeClusters`). */
  scan?: Partial<TestScan>;
}

export interface ProviderSuite<C> {
  readonly standin: Standin;
  readonly env: NodeJS.ProcessEnv;
  secretOf: (c: C) => string;
  /** Scans `files` against the stand-in. */
  scanFiles: (files: Record<string, string>, extra?: Partial<TestScan>) => Promise<ScanReport>;
  /** Scans one credential in its file. */
  scanOf: (c: C, extra?: Partial<TestScan>) => Promise<ScanReport>;
  /** One credential scanned: its results, their rules and certainties, its scope. */
  one: (c: C, extra?: Partial<TestScan>) => Promise<{ report: ScanReport; results: Result[]; scope: Scope | undefined; rules: string[]; certainty: Record<string, string> }>;
  /** The results for this credential (a file may hold a companion credential too). */
  mine: (r: ScanReport, c: C) => Result[];
  /** The scope of this credential's results, which must exist. */
  scopeOf: (r: ScanReport, c: C) => Scope;
}

/** `ABR003?` for an inferred result, `ABR003` for a confirmed one. */
export const rules = (rs: Result[]) => rs.map((r) => `${r.ruleId}${r.certainty === 'inferred' ? '?' : ''}`);

export function providerSuite<C>(o: SuiteOptions<C>): ProviderSuite<C> {
  let standin: Standin | undefined;
  let env: NodeJS.ProcessEnv = NO_NETWORK;
  const secretOf = o.secretOf ?? ((c: C) => String(c));
  beforeAll(async () => {
    standin = await o.start();
    env = { ...NO_NETWORK, [endpointVariable(o.id)]: standin.url };
  });
  afterAll(async () => {
    assertEgressClean({ [o.id]: o.secrets() });
    o.after?.();
    await standin?.close();
  });
  const scanFiles = (files: Record<string, string>, extra: Partial<TestScan> = {}) => scan({ ...scanDefaults, offline: false, root: workspace(files), env, timeoutMs: 5000, ...o.scan, ...extra });
  const scanOf = (c: C, extra: Partial<TestScan> = {}) => scanFiles({ [o.path ?? '.env.staging']: o.line(c) }, extra);
  const mine = (r: ScanReport, c: C) => r.results.filter((x) => x.finding.secret === secretOf(c));
  return {
    get standin() {
      if (!standin) throw new Error(`${o.id}: the stand-in starts in beforeAll`);
      return standin;
    },
    get env() {
      return env;
    },
    secretOf,
    scanFiles,
    scanOf,
    mine,
    scopeOf: (r, c) => {
      const rs = mine(r, c);
      expect(rs.length, 'the credential was detected and fired a rule').toBeGreaterThan(0);
      return rs[0].scope;
    },
    one: async (c, extra) => {
      const report = await scanOf(c, extra);
      const results = mine(report, c);
      return { report, results, scope: results[0]?.scope, rules: results.map((r) => r.ruleId), certainty: Object.fromEntries(results.map((r) => [r.ruleId, r.certainty])) };
    },
  };
}

type Fault = Standin['faults'][number];

/** The canonical failure cases, one row each: the faults the stand-in injects, and what the scan must say. */
const CASES: Array<{ name: string; cred: 'root' | 'revoked' | 'odd'; faults: Fault[]; timeoutMs?: number; check: (r: ScanReport, mine: Result[], secret: string) => void }> = [
  {
    name: 'the documented invalid-credential answer is revoked: no rule, counted',
    cred: 'revoked',
    faults: [],
    check: (r, mine, secret) => {
      expect(mine.map((x) => x.scope.reason)).toEqual([]);
      expect(r.revoked.map((f) => f.secret)).toContain(secret);
      expect(r.summary.revoked).toBeGreaterThanOrEqual(1);
    },
  },
  {
    name: 'rate-limited once (429 with Retry-After), then answered: live',
    cred: 'root',
    faults: ['429'],
    check: (_r, mine) => expect(mine[0]?.scope).toMatchObject({ status: 'live', resolution: 'online' }),
  },
  ...(['429', '403-ratelimit'] as const).map((fault) => ({
    name: `rate-limited (${fault} every time): unknown, never revoked, the offline verdict kept`,
    cred: 'root' as const,
    // Enough for every resolver the file starts (a Datadog file holds two keys, resolved concurrently).
    faults: Array<Fault>(8).fill(fault),
    check: (r: ScanReport, mine: Result[]) => {
      expect(mine[0]?.scope).toMatchObject({ status: 'unknown', resolution: 'offline', certainty: 'inferred' });
      expect(mine[0].scope.reason).toMatch(/provider could not answer \(.*rate-limited \(HTTP (?:429|403)\)\)/);
      expect(r.revoked).toEqual([]);
    },
  })),
  {
    name: 'an unexpected answer is unknown with the reason, never revoked',
    cred: 'odd',
    faults: [],
    check: (r, mine) => {
      expect(mine.length, 'the offline verdict still fires its rules').toBeGreaterThan(0);
      expect(mine[0].scope).toMatchObject({ status: 'unknown', resolution: 'offline' });
      expect(mine[0].scope.reason).toMatch(/^provider could not answer/);
      expect(r.revoked).toEqual([]);
    },
  },
  ...(
    [
      ['500', /HTTP 502/],
      ['timeout', /timed out/],
    ] as const
  ).map(([fault, reason]) => ({
    name: `${fault} every time: unknown with the reason`,
    cred: 'root' as const,
    faults: Array<Fault>(8).fill(fault),
    timeoutMs: 300,
    check: (_r: ScanReport, mine: Result[]) => {
      expect(mine[0]?.scope.status).toBe('unknown');
      expect(mine[0].scope.reason).toMatch(reason);
    },
  })),
];

/**
 * The canonical cases for one provider: revoked, rate-limited once, rate-limited every time (429 and 403),
 * an unexpected answer, a failing and a hanging provider. `creds.odd` is a credential its stand-in answers
 * with something the resolver does not expect.
 */
export function canonicalCases<C>(suite: ProviderSuite<C>, creds: { root: C; revoked: C; odd: C }): void {
  describe('canonical cases', () => {
    it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      suite.standin.faults.push(...c.faults);
      try {
        const cred = creds[c.cred];
        const r = await suite.scanOf(cred, c.timeoutMs ? { timeoutMs: c.timeoutMs } : {});
        c.check(r, suite.mine(r, cred), suite.secretOf(cred));
      } finally {
        suite.standin.faults.length = 0;
      }
    });
  });
}
