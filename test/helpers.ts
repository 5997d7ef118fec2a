import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { providers } from '../scopes/index.js';
import { endpointVariable } from '../src/resolve/egress.js';

/** Tests never reach a real provider: every resolver points at a closed loopback port unless a test says otherwise. */
export const NO_NETWORK: NodeJS.ProcessEnv = Object.fromEntries(providers.filter((p) => p.egress).map((p) => [endpointVariable(p.id), 'http://127.0.0.1:9']));

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
