// .agent-blast-radius.yml: validated with ajv against schemas/config.schema.json; errors name the key.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { ConfigError } from '../errors.js';

export interface Config {
  environment?: string;
  offline?: boolean;
  exclude?: string[];
  environments?: Record<string, string>;
  accept?: AcceptEntry[];
}

/** A finding accepted on purpose, by fingerprint; `expires` (YYYY-MM-DD) holds through that day, UTC. */
export interface AcceptEntry {
  fingerprint: string;
  reason: string;
  expires?: string;
}

/** A calendar date that exists (2026-02-30 does not). */
export function isDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

const schema = JSON.parse(readFileSync(new URL(schemaPath(), import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true }).addFormat('date', isDate).compile<Config>(schema);

function schemaPath(): string {
  // src/config/ (tests) and dist/src/config/ (built) both find the shipped schema.
  // The Action's bundle is dist-action/index.js, one level below the schema's folder.
  if (import.meta.url.includes('/dist-action/')) return '../schemas/config.schema.json';
  // The CLI's bundle is dist/cli/<chunk>.js, two levels below it.
  if (import.meta.url.includes('/dist/cli/')) return '../../schemas/config.schema.json';
  return import.meta.url.includes('/dist/') ? '../../../schemas/config.schema.json' : '../../schemas/config.schema.json';
}

/** Loads a config file. A missing default file is no config; a missing explicit file is an error. */
export function loadConfig(path: string, explicit: boolean): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (!explicit && (err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ConfigError(`cannot read config file ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  let data: unknown;
  try {
    data = parse(text) ?? {};
  } catch (err) {
    throw new ConfigError(`${path} is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!validate(data)) {
    const e = validate.errors![0];
    const key = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '';
    const where = e.keyword === 'additionalProperties' ? `${key ? key + '.' : ''}${(e.params as { additionalProperty: string }).additionalProperty}` : key || '(top level)';
    const what = e.keyword === 'additionalProperties' ? 'is not a known setting' : e.message;
    throw new ConfigError(`${path}: ${where} ${what}`, 'see schemas/config.schema.json for the settings');
  }
  return data;
}
