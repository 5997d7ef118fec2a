#!/usr/bin/env node
// Bundles the CLI into dist/cli/ (the command bin/agent-blast-radius.js runs, and the library's `main`,
// index.js), so a scan loads a dozen files instead of ~240 ES modules and ~100 CommonJS ones: on a
// 2-core machine module loading was most of a scan's start-up (issue 14). Run by `npm run build` after
// tsc; dist/src/ stays the unbundled build the tests run. Every package is bundled, so an install of this
// package installs nothing else (80 MB of node_modules before, most of it Octokit and the AWS SDK).
// Code-split: each command's lazy `import()` stays its own chunk, so the packages only some runs need
// (AWS SDK, Octokit, database drivers, ora, tar-stream) load only when used. worker.js sits beside the
// chunks, where src/pipeline/pool.ts looks for it (new URL('./worker.js', import.meta.url)); version.ts
// finds package.json two levels up, as from dist/src/.
//
//   node scripts/build-cli.mjs            build dist/cli/
//   node scripts/build-cli.mjs --out DIR  build into DIR (two levels below the package root)
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_ESM } from './esbuild-node.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Left out of the bundle: optional native add-ons that the bundled drivers only try to load (pg's pg-native)
 * and that an install of this package never has.
 */
export const EXTERNAL = ['pg-native'];

export async function buildCli(outdir = join(ROOT, 'dist/cli')) {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    ...NODE_ESM,
    absWorkingDir: ROOT,
    entryPoints: { bin: 'src/bin.ts', worker: 'src/pipeline/worker.ts', index: 'src/index.ts' },
    outdir,
    splitting: true,
    external: EXTERNAL,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  await buildCli(args[0] === '--out' && args[1] ? args[1] : undefined);
}
