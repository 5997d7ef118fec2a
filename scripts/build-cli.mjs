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
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
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

/**
 * Node's built-ins reach the bundle through require() (the banner's), not as ES imports: esbuild's
 * `import { x } from "node:fs"` lines become `const { x } = require("node:fs")`, right after the banner.
 * An ES import of node:fs builds the module's ES facade, which reads every export and so loads fs
 * streams, Node's whole stream library and AbortController (some 19 internal modules) on every run, for
 * commands that never use them (issue 14). Behind require() a built-in stays a plain object whose lazy
 * parts load on first use. Dynamic import()s of built-ins (the lazy ones) are left as they are.
 */
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const IMPORT = /(?<=^|[;}])import\s*(?:([\w$]+)\s*,\s*)?(\{[^}]*\}|\*\s*as\s+[\w$]+|[\w$]+)?\s*(?:from\s*)?"([^"]+)";\n?/gm;
const BANNER_END = 'const require = __abrCreateRequire(import.meta.url);\n';

export function builtinsByRequire(code) {
  const decls = [];
  const out = code.replace(IMPORT, (line, def, what, spec) => {
    if (!BUILTINS.has(spec)) return line;
    const req = `require(${JSON.stringify(spec)})`;
    if (def) decls.push(`const ${def} = ${req};`);
    if (!what) decls.push(def ? '' : `${req};`);
    else if (what.startsWith('{')) decls.push(`const ${what.replace(/\s+as\s+/g, ': ').replace(/\s+/g, ' ')} = ${req};`);
    else if (what.startsWith('*')) decls.push(`const ${what.replace(/^\*\s*as\s+/, '')} = ${req};`);
    else decls.push(`const ${what} = ${req};`);
    return '';
  });
  if (!decls.length) return code;
  if (!out.includes(BANNER_END)) throw new Error('build-cli: the require banner is missing');
  return out.replace(BANNER_END, `${BANNER_END}${decls.filter(Boolean).join('\n')}\n`);
}

export async function buildCli(outdir = join(ROOT, 'dist/cli')) {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    ...NODE_ESM,
    absWorkingDir: ROOT,
    entryPoints: { bin: 'src/bin.ts', worker: 'src/pipeline/worker.ts', index: 'src/index.ts' },
    outdir,
    splitting: true,
    external: EXTERNAL,
    write: false,
  });
  mkdirSync(outdir, { recursive: true });
  for (const f of result.outputFiles) writeFileSync(f.path, f.path.endsWith('.js') ? builtinsByRequire(f.text) : f.contents, { mode: f.path.endsWith('/bin.js') ? 0o755 : 0o644 });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  await buildCli(args[0] === '--out' && args[1] ? args[1] : undefined);
}
