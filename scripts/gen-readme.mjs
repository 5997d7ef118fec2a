#!/usr/bin/env node
// Writes README.md's generated sections: "Rules" from the rule table in src/context/rules.ts (rulesMarkdown()),
// between its rules:begin and rules:end marks, and the list of credential types from the detector registry
// (src/report/catalog.ts), between its detectors:begin and detectors:end marks, and the table of providers asked
// online from the resolver registry (scopes/lib/provider-table.ts, each scope file's `asks`), between its
// providers:begin and providers:end marks; test/rules.test.ts, test/readme-detectors.test.ts and
// test/readme-providers.test.ts fail when README.md differs. Re-run it after adding or merging detectors or resolvers.
//
//   node scripts/gen-readme.mjs           rewrite the section in README.md
//   node scripts/gen-readme.mjs --check   exit 1 if README.md is out of date
//
// Node 20 cannot import TypeScript, so the table is bundled in memory with the pinned esbuild first.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = new URL('../README.md', import.meta.url);

const entry = [
  "export * from './src/context/rules.ts';",
  "export { CATALOG_BEGIN, CATALOG_END, catalogMarkdown, catalogSpan } from './src/report/catalog.ts';",
  "export { detectors } from './detectors/index.ts';",
  "export { PROVIDERS_BEGIN, PROVIDERS_END, providerTableMarkdown, providerTableSpan } from './scopes/lib/provider-table.ts';",
  "export { providers } from './scopes/index.ts';",
].join('\n');
const bundle = await build({
  absWorkingDir: ROOT,
  stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
  // Bundled CommonJS (yaml) calls require() for Node's built-ins.
  banner: { js: "import { createRequire as __abrCreateRequire } from 'node:module';\nconst require = __abrCreateRequire(import.meta.url);" },
});
// From a file, not a data: URL: modules that read import.meta.url (the configuration schema's path) need a file URL.
const tmp = mkdtempSync(join(tmpdir(), 'abr-readme-'));
const bundled = join(tmp, 'readme-tables.mjs');
writeFileSync(bundled, bundle.outputFiles[0].text);
const rules = await import(pathToFileURL(bundled).href).finally(() => rmSync(tmp, { recursive: true, force: true }));

const readme = readFileSync(README, 'utf8');
const span = rules.readmeRulesSpan(readme);
if (!span) {
  console.error(`README.md has no rules:begin … rules:end marks: put\n${rules.README_BEGIN}\n${rules.README_END}\nunder its "## Rules" heading, then run this again.`);
  process.exit(1);
}
let next = readme.slice(0, span.start) + rules.rulesMarkdown() + readme.slice(span.end);
const catalog = rules.catalogSpan(next);
if (!catalog) {
  console.error(`README.md has no detectors:begin … detectors:end marks: put\n${rules.CATALOG_BEGIN}\n${rules.CATALOG_END}\nunder its "## Credential types" heading, then run this again.`);
  process.exit(1);
}
next = next.slice(0, catalog.start) + rules.catalogMarkdown(rules.detectors) + next.slice(catalog.end);
const table = rules.providerTableSpan(next);
if (!table) {
  console.error(
    `README.md has no providers:begin … providers:end marks: put\n${rules.PROVIDERS_BEGIN}\n${rules.PROVIDERS_END}\nunder its "## Asking the provider (read-only)" heading, then run this again.`,
  );
  process.exit(1);
}
next = next.slice(0, table.start) + rules.providerTableMarkdown(rules.providers) + next.slice(table.end);
if (process.argv[2] === '--check') {
  if (next !== readme) {
    console.error('README.md: the Rules section, the list of credential types or the provider table is out of date: run `node scripts/gen-readme.mjs` and commit README.md.');
    process.exit(1);
  }
  console.log('README.md: Rules section, credential types and provider table up to date');
} else if (next !== readme) {
  writeFileSync(README, next);
  console.log('README.md: Rules section, credential types and provider table rewritten');
} else console.log('README.md: already up to date');
