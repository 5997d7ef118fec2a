// Issue 16, a scan-wide deadline (`--deadline SECONDS`): once it passes nothing more is read, what was found is
// reported, and what was not read is counted (`summary.deadline`) and said in every format; the CLI then exits 4
// unless something at or above --fail-on was found. The sources here are slow on purpose (a pause longer than the
// deadline), so which side of it each text falls on does not depend on the machine's speed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEADLINE_EXIT, HELP } from '../src/cli.js';
import * as fake from '../src/detect/fake.js';
import { runPipeline } from '../src/pipeline/index.js';
import { toMarkdown } from '../src/report/markdown.js';
import { toSarif } from '../src/report/sarif.js';
import { toText } from '../src/report/text.js';
import { DEFAULT_RESOLVE } from '../src/resolve/index.js';
import type { TextInput } from '../src/types.js';
import { DEFAULT_WALK, workspaceSource, type Source } from '../src/walk/index.js';

const scratch = mkdtempSync(join(tmpdir(), 'abr-hostile-deadline-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const text = (path: string, body: string): TextInput => ({ source: { path, origin: 'workspace' }, text: body });
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A source that yields one credential, then takes longer than the deadline before each further one. */
function slowSource(tokens: string[], ms: number): Source {
  return {
    async *texts() {
      for (let i = 0; i < tokens.length; i++) {
        if (i) await pause(ms);
        yield text(`slow${i}.env`, `GITHUB_TOKEN=${tokens[i]}\n`);
      }
    },
  };
}

const run = (sources: Source[], deadlineMs?: number) =>
  runPipeline({ label: 'w', sources, walk: DEFAULT_WALK, resolve: { ...DEFAULT_RESOLVE, offline: true }, env: {}, ...(deadlineMs === undefined ? {} : { deadlineMs }) });

describe('a scan-wide deadline', () => {
  it('stops reading when it passes: what was found is reported, the rest counted (the source stopped mid-way, the next not begun)', async () => {
    const tokens = [fake.github('ghp_'), fake.github('ghp_'), fake.github('ghp_')];
    const dir = join(scratch, 'w');
    mkdirSync(dir);
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `f${i}.env`), `GITHUB_TOKEN=${fake.github('ghp_')}\n`);
    const report = await run([slowSource(tokens, 2000), workspaceSource(dir)], 1000);
    expect(report.results.map((r) => r.finding.path)).toContain('slow0.env');
    expect(report.results.map((r) => r.finding.path)).not.toContain('slow1.env');
    expect(report.summary.deadline).toEqual({ seconds: 1, filesNotRead: 0, sourcesNotRead: 1, walkStopped: true });
    expect(toText(report)).toMatch(/incomplete: the scan stopped at its deadline \(1 s\) and is incomplete: the walk stopped before listing every file \(more were not read\); 1 source not begun/);
    expect(toMarkdown(report, { failOn: 'high' })).toMatch(/- incomplete: the scan stopped at its deadline/);
    const run0 = toSarif(report).runs[0] as { invocations?: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ descriptor: { id: string } }> }> };
    expect(run0.invocations?.[0].executionSuccessful).toBe(false);
    expect(run0.invocations?.[0].toolExecutionNotifications.map((n) => n.descriptor.id)).toEqual(['deadline-passed']);
  });

  it('counts the files listed and not read when the deadline passes between files', async () => {
    const dir = join(scratch, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 20; i++) writeFileSync(join(dir, `f${i}.env`), `GITHUB_TOKEN=${fake.github('ghp_')}\n`);
    // A listing that takes longer than the deadline: every file listed, none read.
    const slowListing: Source = {
      texts: () => [],
      *files(admit) {
        const start = Date.now();
        while (Date.now() - start < 300);
        yield* workspaceSource(dir).files!(admit);
      },
    };
    const report = await run([slowListing], 150);
    expect(report.summary.filesRead).toBe(0);
    expect(report.summary.deadline).toEqual({ seconds: 0.15, filesNotRead: 20, sourcesNotRead: 0, walkStopped: false });
    expect(toText(report)).toMatch(/20 files listed and not read/);
  });

  it('a deadline passed from the start reads nothing and counts every source as not begun', async () => {
    const report = await run([slowSource([fake.github('ghp_')], 0), workspaceSource(scratch)], 0);
    expect(report.summary.filesRead).toBe(0);
    expect(report.summary.deadline).toEqual({ seconds: 0, filesNotRead: 0, sourcesNotRead: 2, walkStopped: false });
  });

  it('no deadline, or one not reached: no summary.deadline, the report unchanged', async () => {
    const t = fake.github('ghp_');
    for (const d of [undefined, 60_000]) {
      const report = await run([slowSource([t], 0)], d);
      expect(report.summary.deadline).toBeUndefined();
      expect(report.results.length).toBeGreaterThan(0);
    }
  });

  it('--help names the flag and exit code 4', () => {
    expect(DEADLINE_EXIT).toBe(4);
    expect(HELP).toMatch(/--deadline SECONDS/);
    expect(HELP).toMatch(/4 the --deadline passed/);
  });
});
