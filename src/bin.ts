#!/usr/bin/env node
// Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or configuration error, 3 internal
// error (one line on stderr, no stack trace: src/cli-crash.ts).
// `guard` loads on its own: an agent runs `guard hook` before every tool call, and it must not wait
// for the scan's imports (src/guard/cli.ts documents its exit codes). `--version` alone loads only
// version.js: a hook or a wrapper that checks the version must not pay for the scan's imports either.
import { exitOnCrash } from './cli-crash.js';

const argv = process.argv.slice(2);
// The guard keeps its own contract (fail closed, exit 2: src/guard/cli.ts).
if (argv[0] !== 'guard') exitOnCrash();
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  const { VERSION } = await import('./version.js');
  process.stdout.write(`${VERSION}\n`);
} else if (argv[0] === 'guard') {
  const [{ guardMain }, { processIo }] = await Promise.all([import('./guard/cli.js'), import('./guard/io.js')]);
  process.exitCode = await guardMain(argv.slice(1), processIo());
} else {
  // pool.js comes with cli.js anyway (scan → pipeline); owning the process lets a worker scan tune V8 (pool.ts).
  const [{ run }, { ownProcess }] = await Promise.all([import('./cli.js'), import('./pipeline/pool.js')]);
  ownProcess();
  process.exitCode = await run(argv);
}
