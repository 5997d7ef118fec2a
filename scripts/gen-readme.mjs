#!/usr/bin/env node
// Writes README.md's "Rules" section from the rule table in src/context/rules.ts (rulesMarkdown()), between its
// rules:begin and rules:end marks; test/rules.test.ts fails when the two differ.
//
//   node scripts/gen-readme.mjs           rewrite the section in README.md
//   node scripts/gen-readme.mjs --check   exit 1 if README.md is out of date
//
// Node 20 cannot import TypeScript, so the table is bundled in memory with the pinned esbuild first.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = new URL('../README.md', import.meta.url);

const bundle = await build({ absWorkingDir: ROOT, entryPoints: ['src/context/rules.ts'], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning' });
const rules = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

const readme = readFileSync(README, 'utf8');
const span = rules.readmeRulesSpan(readme);
if (!span) {
  console.error(`README.md has no rules:begin … rules:end marks: put\n${rules.README_BEGIN}\n${rules.README_END}\nunder its "## Rules" heading, then run this again.`);
  process.exit(1);
}
const next = readme.slice(0, span.start) + rules.rulesMarkdown() + readme.slice(span.end);
if (process.argv[2] === '--check') {
  if (next !== readme) {
    console.error('README.md: the Rules section is out of date with src/context/rules.ts: run `node scripts/gen-readme.mjs` and commit README.md.');
    process.exit(1);
  }
  console.log('README.md: Rules section up to date');
} else if (next !== readme) {
  writeFileSync(README, next);
  console.log('README.md: Rules section rewritten from src/context/rules.ts');
} else console.log('README.md: Rules section already up to date');
