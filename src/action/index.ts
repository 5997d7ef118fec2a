// The GitHub Action's entry (bundled into dist-action/index.js, which action.yml runs with node24).
// A usage or configuration error fails the step with one line; anything else also logs its stack at debug.
import * as core from '@actions/core';
import { ConfigError, UsageError } from '../errors.js';
import { runAction } from './run.js';

try {
  await runAction();
} catch (err) {
  if (err instanceof UsageError || err instanceof ConfigError) {
    core.setFailed(`agent-blast-radius: ${err.message}${err.hint ? ` (${err.hint})` : ''}`);
  } else {
    core.setFailed(`agent-blast-radius: ${err instanceof Error ? err.message : String(err)}`);
    if (err instanceof Error && err.stack) core.debug(err.stack);
  }
}
