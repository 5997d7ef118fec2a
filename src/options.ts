// What the CLI's commands and the Action share: the terminal they write to, and the flags that mean the
// same in `scan`, `audit` and the Action (validated once, here).
import { isValidFailOn } from './context/rules.js';
import { UsageError } from './errors.js';
import { endpointVariable, namedEndpointVariable } from './resolve/egress.js';
import type { ResolutionPlan } from './resolve/index.js';
import { provider, providers } from '../scopes/index.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export function parseSize(s: string, flag = '--max-file-size'): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(s.trim());
  if (!m) throw new UsageError(`${flag}: "${s}" is not a size`, 'use e.g. 500KB, 5MB or 1048576');
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * mult);
}

/** `--fail-on` / the Action's `fail-on`: a severity word or a list of rule ids. */
export function checkFailOn(value: string, flag = '--fail-on'): string {
  if (!isValidFailOn(value)) throw new UsageError(`${flag}: "${value}" is not critical, high, medium, low, none or a list of rule ids (ABR001…ABR008)`);
  return value;
}

/** `--environment`: a name, returned lower-case (environments are lower-case everywhere). */
export function checkEnvironment(value: string | undefined, flag = '--environment'): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(value)) throw new UsageError(`${flag}: "${value}" is not an environment name`);
  return value.toLowerCase();
}

/** `--no-resolve a,b --no-resolve c`: provider ids, each one this tool knows. */
export function checkProviders(values: string[], flag = '--no-resolve'): string[] {
  const ids = values.flatMap((x) => x.split(',')).map((x) => x.trim().toLowerCase()).filter(Boolean);
  for (const id of ids) if (!provider(id)) throw new UsageError(`${flag}: unknown provider "${id}"`, `providers: ${providers.map((p) => p.id).join(', ')}`);
  return ids;
}

/** A whole number of at least `min`, or `fallback` when the flag is absent. */
export function checkCount(flag: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${flag}: "${value}" is not a number${min ? ` of at least ${min}` : ''}`);
  return Number(value);
}

/** One line per endpoint override in effect: each provider's own variable and its named bases (ABR_ENDPOINT_GCP_OAUTH2 …). */
export function endpointNotes(env: NodeJS.ProcessEnv, extra: Array<{ name: string; variable: string }> = []): string[] {
  const vars: Array<{ name: string; variable: string }> = [...extra];
  for (const p of providers) {
    if (!p.egress) continue;
    vars.push({ name: p.name, variable: endpointVariable(p.id) });
    for (const b of Object.keys(p.egress.bases ?? {})) vars.push({ name: p.name, variable: namedEndpointVariable(p.id, b) });
  }
  return vars.filter((v) => env[v.variable]).map((v) => `${v.name} endpoint overridden by ${v.variable}=${env[v.variable]}`);
}

/** The line said before the first provider call: how many secrets the plan sends, and that providers log them. */
export function announcement(plan: ResolutionPlan, skipHint = '--offline to skip.'): string {
  const n = plan.send.size;
  return `asking providers, read-only, about ${n} credential${n === 1 ? '' : 's'}; providers log these calls (CloudTrail, audit logs). ${skipHint}`;
}
