import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { providers } from '../scopes/index.js';
import { scan as scanWorkspace } from '../src/scan.js';
import type { Finding, ScanReport } from '../src/types.js';
import { DEFAULT_MAX_FILE_SIZE } from '../src/walk/index.js';
import { endpointVariable } from '../src/resolve/egress.js';

/** Tests never reach a real provider: every resolver points at a closed loopback port unless a test says otherwise (a self-hosted one, Vault, has no address at all). */
export const NO_NETWORK: NodeJS.ProcessEnv = Object.fromEntries(providers.filter((p) => p.egress && !p.selfHosted).map((p) => [endpointVariable(p.id), 'http://127.0.0.1:9']));

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'dist/src/bin.js');

/** A temporary workspace from { relativePath: content }. */
export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'abr-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

/** Runs the built CLI as a user would. */
export function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, ...NO_NETWORK, ...env }, cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const scanDefaults = { offline: true, home: false, processEnv: false, excludes: [] as string[], defaultExcludes: true, maxFileSize: 5 * 1024 * 1024 };

/** The suites' shorthand for a scan: one flat object (most tests set two or three of these), grouped here as `scan` takes it. */
export interface TestScan {
  root: string;
  offline?: boolean;
  home?: boolean;
  processEnv?: boolean;
  environment?: string;
  excludes?: string[];
  defaultExcludes?: boolean;
  maxFileSize?: number;
  env?: NodeJS.ProcessEnv;
  noResolve?: string[];
  maxResolutions?: number;
  environments?: Record<string, string>;
  timeoutMs?: number;
  probeDatabases?: boolean;
  probeClusters?: boolean;
  accepted?: Map<string, string>;
  inlineAllow?: (f: Finding) => boolean;
  ignore?: (f: Finding) => boolean;
  onProgress?: (filesRead: number) => void;
  onResolve?: (count: number) => void;
}

export function scan(o: TestScan): Promise<ScanReport> {
  return scanWorkspace({
    root: o.root,
    environment: o.environment,
    home: o.home,
    processEnv: o.processEnv,
    env: o.env,
    walk: { excludes: o.excludes ?? [], defaultExcludes: o.defaultExcludes ?? true, maxFileSize: o.maxFileSize ?? DEFAULT_MAX_FILE_SIZE },
    resolve: {
      offline: o.offline ?? true,
      skip: o.noResolve ?? [],
      maxResolutions: o.maxResolutions ?? Infinity,
      environments: o.environments ?? {},
      probeDatabases: o.probeDatabases ?? false,
      probeClusters: o.probeClusters ?? false,
      timeoutMs: o.timeoutMs,
    },
    accept: { accepted: o.accepted, inline: o.inlineAllow ?? true, ignore: o.ignore },
    events: { progress: o.onProgress, resolving: o.onResolve && ((plan) => o.onResolve!(plan.send.size)) },
  });
}

/** As `cli`, without blocking the event loop: for runs against stand-ins served by this process. */
export async function cliAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...NO_NETWORK, ...env }, cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
