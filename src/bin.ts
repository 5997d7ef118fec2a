#!/usr/bin/env node
// Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or configuration error.
import { run } from './cli.js';

process.exitCode = await run(process.argv.slice(2));
