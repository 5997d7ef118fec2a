// The blast-radius map (scan --format html): one self-contained page, checked as data and in a real
// browser. The browser is Debian's chromium driven by playwright-core; .ci/run installs it. Without it
// the browser tests skip, saying so, except under CI, where a missing browser fails the run.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { toHtml } from '../src/report/html.js';
import { type MapModel, scanMap } from '../src/report/map.js';
import type { ScanReport } from '../src/types.js';
import { cli, ROOT, scan, scanDefaults, workspace } from './helpers.js';
import type { Standin } from './standins/index.js';
import { pocketosWorld, startRailway } from './standins/railway.js';

const CHROMIUM = process.env.ABR_CHROMIUM ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const IN_CI = Boolean(process.env.CI);
const ARTIFACTS = join(ROOT, 'test-artifacts/html-map');

const file = (p: string) => readFileSync(new URL(`../examples/pocketos/${p}`, import.meta.url), 'utf8');
const ACCOUNT = /RAILWAY_API_TOKEN=(\S+)/.exec(file('scripts/old/backfill-helpers.sh'))![1];
const PROJECT = /RAILWAY_TOKEN=(\S+)/.exec(file('.env'))![1];

let standin: Standin;
let report: ScanReport;
let model: MapModel;
let html: string;

beforeAll(async () => {
  standin = await startRailway(pocketosWorld({ account: ACCOUNT, project: PROJECT }));
  // The incident resolved against Railway's stand-in: the account token's production volume by name.
  report = await scan({ ...scanDefaults, offline: false, root: 'examples/pocketos', env: { ABR_ENDPOINT_RAILWAY: standin.url, ABR_ENDPOINT_GITHUB: 'http://127.0.0.1:9' } });
  model = scanMap(report);
  html = toHtml(model);
});

afterAll(async () => {
  await standin?.close();
});

/** The incident's token: the Railway account token in scripts/old/backfill-helpers.sh. */
function incident() {
  const index = model.credentials.findIndex((c) => c.provider === 'railway' && c.locations.some((l) => l.path === 'scripts/old/backfill-helpers.sh'));
  return { index, credential: model.credentials[index] };
}

const nodeById = (id: string) => model.nodes.find((n) => n.id === id)!;

describe('the map data', () => {
  it('draws the incident: the account token is critical, reaches production and can destroy the volume with its backups', () => {
    const { index, credential } = incident();
    expect(index).toBe(0);
    expect(credential.severity).toBe('critical');
    expect(credential.rules.map((r) => r.id)).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
    const edges = model.edges.filter((e) => e.credentials.includes(index));
    const targets = edges.map((e) => ({ edge: e, node: nodeById(e.to) }));
    expect(targets.some(({ node }) => node.kind === 'environment' && node.label === 'production' && node.production)).toBe(true);
    const volume = targets.find(({ node }) => node.kind === 'resource' && node.label.includes('pg-data') && node.label.endsWith('production'));
    expect(volume?.edge.destroy).toContain('volumeDelete');
    expect(volume?.edge.backups).toBe(true);
    expect(volume?.node.backups).toBe(true);
    // Its file, in its folder.
    const file = model.nodes.find((n) => n.kind === 'file' && n.label === 'backfill-helpers.sh')!;
    expect(nodeById(file.parent!).label).toBe('scripts/old');
    expect(model.edges.some((e) => e.from === file.id && e.to === credential.node)).toBe(true);
  });

  it('says how sure each verdict is, and from what', () => {
    const { credential } = incident();
    expect(credential.certainty).toBe('inferred');
    expect(credential.basis).toMatch(/^Inferred: confirmed live by the provider/);
    expect(credential.rules.find((r) => r.id === 'ABR004')!.certainty).toBe('inferred');
    expect(credential.remediation.join(' ')).toMatch(/Railway project token/);
  });
});

describe('the page', () => {
  it('is self-contained: a CSP that forbids requests, scripts and styles inline and admitted by hash', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    // The one other source: the layout's worker, made from the page's own script (a blob: URL).
    expect(csp).toContain('worker-src blob:;');
    const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    expect(csp).toContain(`script-src ${sha(script)}`);
    expect(csp).toContain(`style-src ${sha(style)}`);
    // Nothing outside the page: no src, no stylesheet link, no url() but data:.
    expect(html).not.toMatch(/\bsrc=|rel="stylesheet"|@import|url\((?!#)/);
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual(['data:,']);
  });

  it('holds file names as data, never as markup', () => {
    const hostile = scanMap({ ...report, summary: { ...report.summary, root: '</script><script>alert(1)</script>' } });
    const page = toHtml(hostile);
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(1)');
  });

  it('scan --format html writes it, and --format lists need --output-dir', () => {
    const dir = workspace({});
    const r = cli(['scan', 'examples/pocketos', '--offline', '--format', 'sarif,html,markdown', '--output-dir', dir]);
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'agent-blast-radius.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(JSON.parse(readFileSync(join(dir, 'agent-blast-radius.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(dir, 'agent-blast-radius.md'), 'utf8')).toContain('### agent-blast-radius');
    expect(cli(['scan', 'examples/pocketos', '--offline', '--format', 'sarif,html']).stderr).toMatch(/several formats need --output-dir/);
    expect(cli(['scan', 'examples/pocketos', '--offline', '--format', 'html', '--output', join(dir, 'x'), '--output-dir', dir]).code).toBe(2);
  });
});

// ---- in the browser ----

interface Visit {
  errors: string[];
  requests: string[];
  page: import('playwright-core').Page;
  close: () => Promise<void>;
}

/** Opens the page as a document served from memory; every other request is recorded and refused. */
async function visit(page: string, colorScheme: 'light' | 'dark' = 'light', viewport = { width: 1600, height: 760 }): Promise<Visit> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport, colorScheme, offline: true });
  const p = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const url = 'http://map.invalid/blast-radius.html';
  p.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  // The layout's worker starts from a blob: URL, the page's own memory: the one request that is not the document, and it leaves nothing.
  p.on('request', (r) => {
    if (r.url() !== url && !r.url().startsWith('blob:http://map.invalid/')) requests.push(r.url());
  });
  await context.route('**/*', (route) => {
    if (route.request().url() === url) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page });
    requests.push(route.request().url());
    return route.abort();
  });
  await p.goto(url);
  await p.waitForSelector('html[data-ready=true]', { timeout: 60_000 });
  return { errors, requests, page: p, close: () => browser.close() };
}

if (!HAVE_CHROMIUM && !IN_CI) console.warn(`test/html-map.test.ts: ${CHROMIUM} not found, the browser tests are skipped (apt-get install chromium, or set ABR_CHROMIUM)`);
if (!HAVE_CHROMIUM && IN_CI)
  it('chromium is installed (CI runs the browser tests)', () => {
    throw new Error(`${CHROMIUM} not found: CI must run the browser tests (.ci/run installs Debian's chromium; ABR_CHROMIUM names another)`);
  });

describe.skipIf(!HAVE_CHROMIUM)(`in headless Chromium${HAVE_CHROMIUM ? '' : ` (skipped: ${CHROMIUM} not found; apt-get install chromium, or set ABR_CHROMIUM)`}`, () => {
  it('renders the pocketos map with no error and no request, shows the Railway token critical, its remediation on click, and hides it by filter', async () => {
    const v = await visit(html);
    try {
      const { index, credential } = incident();
      const node = v.page.locator(`g.kind-credential[data-credential="${index}"]`);
      expect(await node.getAttribute('class')).toContain('sev-critical');
      // Its edges, as drawn: to its account, to production, and a red one to the volume.
      const drawn = await v.page.$$eval(`g.edge[data-credentials~="${index}"]`, (els) => els.map((e) => ({ to: e.getAttribute('data-to')!, cls: e.getAttribute('class')! })));
      const targetOf = async (id: string) => v.page.locator(`g.node[data-node="${id}"]`);
      const production = model.nodes.find((n) => n.kind === 'environment' && n.label === 'production' && drawn.some((d) => d.to === n.id))!;
      expect(await (await targetOf(production.id)).getAttribute('class')).toContain('prod');
      const volume = model.nodes.find((n) => n.kind === 'resource' && n.label.includes('pg-data'))!;
      const toVolume = drawn.find((d) => d.to === volume.id)!;
      expect(toVolume.cls).toContain('destroy');
      expect(await (await targetOf(volume.id)).textContent()).toContain('pg-data');

      await node.click();
      const detail = v.page.locator('#detail');
      expect(await detail.isVisible()).toBe(true);
      expect(await detail.locator('.remediation').textContent()).toContain(credential.remediation[0]);
      expect(await detail.textContent()).toContain('ABR004 backup-reach');
      expect(await detail.textContent()).toContain(credential.locations[0].path);
      mkdirSync(ARTIFACTS, { recursive: true });
      await v.page.screenshot({ path: join(ARTIFACTS, 'pocketos.png') });

      // Keyboard: Escape closes, Enter on the focused node opens again.
      await v.page.keyboard.press('Escape');
      expect(await detail.isVisible()).toBe(false);
      await node.focus();
      await v.page.keyboard.press('Enter');
      expect(await detail.isVisible()).toBe(true);

      // The provider filter hides it, from the map and from the list.
      await v.page.selectOption('#f-provider', 'github');
      expect(await node.getAttribute('class')).toContain('hidden');
      expect(await v.page.locator(`#list button[data-credential="${index}"]`).isVisible()).toBe(false);
      expect(await detail.isVisible()).toBe(false);
      await v.page.selectOption('#f-provider', '');
      // The search box finds it by its file.
      await v.page.fill('#q', 'backfill');
      expect(await v.page.locator('#count').textContent()).toBe('1 of 5 credentials shown');
      expect(v.errors).toEqual([]);
      expect(v.requests).toEqual([]);
    } finally {
      await v.close();
    }
  }, 60_000);

  it('reads in a dark scheme too', async () => {
    const v = await visit(html, 'dark');
    try {
      const bg = await v.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe('rgb(13, 17, 23)');
      await v.page.screenshot({ path: join(ARTIFACTS, 'pocketos-dark.png') });
      expect(v.errors).toEqual([]);
    } finally {
      await v.close();
    }
  }, 60_000);

  it('1,000 credentials in 300 files: drawn, every one listed, no error (first paint and layout times in test-artifacts/)', async () => {
    const page = toHtml(scanMap(await scan({ ...scanDefaults, root: largeWorkspace() })));
    const v = await visit(page);
    try {
      const times = await v.page.evaluate(() => ({
        firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        mapDrawn: performance.getEntriesByName('abr-map-drawn')[0]?.startTime,
        nodes: document.querySelectorAll('g.node').length,
        listed: document.querySelectorAll('#list button').length,
      }));
      expect(times.listed).toBe(1000);
      expect(times.nodes).toBeGreaterThan(1300);
      expect(v.errors).toEqual([]);
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, 'scale.json'), JSON.stringify({ ...times, bytes: page.length }, null, 2));
      await v.page.screenshot({ path: join(ARTIFACTS, 'scale.png') });
    } finally {
      await v.close();
    }
  }, 180_000);
});

/**
 * 1,000 distinct credentials in 300 files across 30 folders and four environments: GitHub, Railway and
 * AWS keys, PostgreSQL URLs. Built from parts at run time (src/detect/fake.ts).
 */
function largeWorkspace(): string {
  fake.reseed(15);
  const envs = ['production', 'staging', 'development', 'preview'];
  const files: Record<string, string> = {};
  let n = 0;
  for (let f = 0; f < 300; f++) {
    const env = envs[f % envs.length];
    const lines: string[] = [];
    const count = f < 100 ? 4 : 3;
    for (let k = 0; k < count && n < 1000; k++, n++) {
      switch (n % 4) {
        case 0:
          lines.push(`GITHUB_TOKEN_${k}=${fake.github('ghp_')}`);
          break;
        case 1:
          lines.push(`RAILWAY_API_TOKEN=${fake.uuid()}`);
          break;
        case 2:
          lines.push(`AWS_ACCESS_KEY_ID=${fake.awsKeyId()}`, `AWS_SECRET_ACCESS_KEY=${fake.awsSecret()}`);
          break;
        default:
          lines.push(`DATABASE_URL=${['postgres', '://'].join('')}app${n}:${fake.password()}@db${n % 40}.${env}.internal:5432/app`);
      }
    }
    files[`services/svc-${f % 30}/config/${env}-${f}.env`] = `${lines.join('\n')}\n`;
  }
  return workspace(files);
}
