// Registers one module in a registry file (scopes/index.ts, detectors/index.ts): its default import and
// its array entry, each at its place in alphabetical order by file name, as test/registries.test.ts expects.
import { readFileSync, writeFileSync } from 'node:fs';

/** `mongodb-atlas` → `mongodbAtlas`: the name a registry imports a module under. */
export const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

const IMPORT = /^import (\w+) from '\.\/([a-z0-9-]+)\.js';$/;

/** Adds `name` (a file name without .ts) to the registry at `indexUrl`, whose array is `export const <array>`. */
export function register(indexUrl, array, name) {
  const lines = readFileSync(indexUrl, 'utf8').split('\n');
  const imports = lines.flatMap((l, i) => (IMPORT.test(l) ? [{ i, name: IMPORT.exec(l)[2] }] : []));
  if (imports.some((x) => x.name === name)) return false;
  const open = lines.findIndex((l) => l.startsWith(`export const ${array}`));
  if (!imports.length || open < 0) throw new Error(`${indexUrl}: cannot find the imports and the ${array} array`);
  // Entries follow the imports' order, so the new one goes before as many entries as imports sort before it.
  // Entries first: they sit below the imports, so inserting there leaves the import indices valid.
  const before = imports.filter((x) => x.name < name).length;
  lines.splice(open + 1 + before, 0, `  ${camel(name)},`);
  const importAt = imports.find((x) => x.name > name)?.i ?? imports[imports.length - 1].i + 1;
  lines.splice(importAt, 0, `import ${camel(name)} from './${name}.js';`);
  writeFileSync(indexUrl, lines.join('\n'));
  return true;
}
