#!/usr/bin/env node
// Bundles the GitHub Action into dist-action/ (committed: the runner installs nothing). Deterministic:
// a pinned esbuild (exact version in package.json), paths relative to the repository, no timestamps,
// no source maps, so the same sources and lockfile always give the same bytes.
//
//   node scripts/build-action.mjs            rebuild dist-action/ (npm run build:action)
//   node scripts/build-action.mjs --check    rebuild into a temporary folder and fail if dist-action/ differs
//   node scripts/build-action.mjs --out DIR  rebuild into DIR
//
// index.js is the entry action.yml runs. It reads ../package.json and ../schemas/ at run time (the runner
// checks out the whole Action repository). The Action scans on one thread (ABR_WORKERS=0), so the
// detection worker is not bundled: it would double the committed size for a speed-up a PR check can spare.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_ESM } from './esbuild-node.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FILES = ['index.js'];

export async function buildAction(outdir) {
  await build({
    ...NODE_ESM,
    absWorkingDir: ROOT,
    entryPoints: { index: 'src/action/index.ts' },
    outdir,
  });
}

async function main(args) {
  if (args[0] === '--check') {
    const tmp = mkdtempSync(join(tmpdir(), 'abr-action-'));
    try {
      await buildAction(tmp);
      const stale = FILES.filter((f) => {
        const committed = join(ROOT, 'dist-action', f);
        return !existsSync(committed) || !readFileSync(committed).equals(readFileSync(join(tmp, f)));
      });
      if (stale.length) {
        console.error(`dist-action/${stale.join(', dist-action/')} is out of date with the sources: run \`npm run build:action\` and commit dist-action/.`);
        process.exit(1);
      }
      console.log('dist-action/: up to date');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    return;
  }
  const outdir = args[0] === '--out' && args[1] ? args[1] : join(ROOT, 'dist-action');
  await buildAction(outdir);
  console.log(`built ${FILES.map((f) => join(outdir, f)).join(', ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
