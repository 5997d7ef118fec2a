#!/usr/bin/env node
// Bundles the CLI into dist/cli/ (the package's `bin`), so a scan loads a dozen files instead of ~240
// ES modules and ~100 CommonJS ones: on a 2-core machine module loading was most of a scan's start-up
// (issue 14). Run by `npm run build` and `prepare` after tsc; dist/src/ stays the unbundled build (the
// library's `main`, and what the tests run). Code-split: each command's lazy `import()` stays its own
// chunk, and the packages only some runs need (AWS SDK, Octokit, database drivers, ora, tar-stream)
// stay outside the bundle, loaded from node_modules when used. worker.js sits beside the chunks, where
// src/pipeline/pool.ts looks for it (new URL('./worker.js', import.meta.url)); version.ts finds
// package.json two levels up, as from dist/src/.
//
//   node scripts/build-cli.mjs            build dist/cli/
//   node scripts/build-cli.mjs --out DIR  build into DIR (two levels below the package root)
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_ESM } from './esbuild-node.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Loaded from node_modules, on demand: heavy, and needed by few runs. */
export const EXTERNAL = ['@aws-sdk/*', '@octokit/*', 'pg', 'mysql2', 'mysql2/*', 'ioredis', 'ora', 'tar-stream'];

export async function buildCli(outdir = join(ROOT, 'dist/cli')) {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    ...NODE_ESM,
    absWorkingDir: ROOT,
    entryPoints: { bin: 'src/bin.ts', worker: 'src/pipeline/worker.ts' },
    outdir,
    splitting: true,
    external: EXTERNAL,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  await buildCli(args[0] === '--out' && args[1] ? args[1] : undefined);
}
