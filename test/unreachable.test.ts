// A provider that does not answer is said, not hidden: the summary says `resolution: failed` with the
// count and the reason, each result names it, and a black-holed host costs one timeout per provider,
// not one per credential.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { toSarif } from '../src/report/sarif.js';
import { toText } from '../src/report/text.js';
import { cli, NO_NETWORK, scan, workspace } from './helpers.js';

/** Accepts connections and never answers: what a firewall that drops packets looks like from here, on loopback. */
let hole: Server;
let holeUrl: string;
let connections = 0;
const sockets: Socket[] = [];
beforeAll(async () => {
  hole = createServer((s) => {
    connections++;
    sockets.push(s);
  });
  await new Promise<void>((r) => hole.listen(0, '127.0.0.1', r));
  holeUrl = `http://127.0.0.1:${(hole.address() as { port: number }).port}`;
});
afterAll(() => {
  for (const s of sockets) s.destroy();
  hole.close();
});

describe('an unreachable provider', () => {
  it('twelve tokens against a black hole: at most one round of connections, every result says why, the summary says failed', async () => {
    const tokens = Array.from({ length: 12 }, () => fake.github('ghp_'));
    const root = workspace({ '.env': tokens.map((t, i) => `GITHUB_TOKEN_${i}=${t}\n`).join('') });
    const report = await scan({ root, offline: false, timeoutMs: 400, env: { ...NO_NETWORK, ABR_ENDPOINT_GITHUB: holeUrl } });
    // One round at once per provider (the resolve stage's bound), then no more: the provider is known down.
    expect(connections).toBeLessThan(tokens.length);
    expect(report.summary.resolution).toBe('failed');
    expect(report.summary.unresolved).toEqual({ count: 12, reasons: ['GitHub unreachable (timed out after 400 ms)'] });
    for (const r of report.results) expect(r.scope.reason).toBe('not resolved: GitHub unreachable (timed out after 400 ms)');
    expect(toText(report)).toMatch(/resolution: failed\n {2}not resolved: 12 credentials \(GitHub unreachable \(timed out after 400 ms\)\)/);
    expect(toSarif(report).runs[0].properties?.summary).toMatchObject({ resolution: 'failed', unresolved: { count: 12 } });
  });

  it('a connection refused before a byte is sent (fetch refuses port 9) is unreachable at once', async () => {
    const root = workspace({ '.env': `GITHUB_TOKEN=${fake.github('ghp_')}\nRAILWAY_API_TOKEN=${fake.uuid()}\n` });
    const report = await scan({ root, offline: false, env: NO_NETWORK });
    expect(report.summary.resolution).toBe('failed');
    expect(report.summary.unresolved?.reasons.sort()).toEqual(['GitHub unreachable (bad port)', 'Railway unreachable (bad port)']);
  });

  it('the JSON report carries it, and the CLI says it in one summary line', () => {
    const dir = workspace({ '.env': `GITHUB_TOKEN=${fake.github('ghp_')}\n` });
    const json = cli(['scan', dir, '--format', 'json', '--fail-on', 'none', '--quiet']);
    expect(JSON.parse(json.stdout).summary).toMatchObject({ resolution: 'failed', unresolved: { count: 1, reasons: ['GitHub unreachable (bad port)'] } });
    const text = cli(['scan', dir, '--fail-on', 'none', '--quiet', '--no-color']);
    expect(text.stdout).toContain('not resolved: 1 credential (GitHub unreachable (bad port))');
  });

  it('offline is not failed', async () => {
    const report = await scan({ root: workspace({ '.env': `GITHUB_TOKEN=${fake.github('ghp_')}\n` }), offline: true });
    expect(report.summary.resolution).toBe('offline');
    expect(report.summary.unresolved).toBeUndefined();
  });
});
