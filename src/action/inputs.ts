// The Action's inputs, read through the toolkit (INPUT_<NAME> variables the runner sets from `with:`),
// never interpolated into a shell. Each is declared with its default in action.yml.
import * as core from '@actions/core';
import { checkEnvironment, checkFailOn } from '../options.js';
import { UsageError } from '../errors.js';

export interface ActionInputs {
  /** The folder to scan, relative to the repository root. */
  path: string;
  /** `pull-request` compares with the base; `full` reports everything; `auto` picks by the event. */
  mode: 'auto' | 'pull-request' | 'full';
  failOn: string;
  offline: boolean;
  environment?: string;
  sarifFile: string;
  /** Whether accepted findings go into the SARIF file (as suppressed results). */
  sarifIncludeAccepted: boolean;
  comment: boolean;
  /** A baseline file of accepted findings, relative to the repository root, read from the base branch. */
  baseline?: string;
  githubToken: string;
}

/** Every input the Action reads; action.yml declares exactly these (a test checks). */
export const INPUT_NAMES = ['path', 'mode', 'fail-on', 'offline', 'environment', 'sarif-file', 'sarif-include-accepted', 'comment', 'baseline', 'github-token'] as const;

function bool(name: string, fallback: boolean): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (!v) return fallback;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new UsageError(`input ${name}: "${v}" is not true or false`);
}

export function readInputs(): ActionInputs {
  const mode = (core.getInput('mode').trim() || 'auto').toLowerCase();
  if (mode !== 'auto' && mode !== 'pull-request' && mode !== 'full') throw new UsageError(`input mode: "${mode}" is not auto, pull-request or full`);
  const failOn = checkFailOn(core.getInput('fail-on').trim() || 'high', 'input fail-on');
  const environment = checkEnvironment(core.getInput('environment').trim() || undefined, 'input environment');
  return {
    path: core.getInput('path').trim() || '.',
    mode,
    failOn,
    offline: bool('offline', false),
    environment,
    sarifFile: core.getInput('sarif-file').trim() || 'agent-blast-radius.sarif',
    sarifIncludeAccepted: bool('sarif-include-accepted', false),
    comment: bool('comment', true),
    baseline: core.getInput('baseline').trim() || undefined,
    githubToken: core.getInput('github-token').trim(),
  };
}
