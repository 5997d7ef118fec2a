#!/usr/bin/env node
// The package's command. A packed or published package carries dist/cli/ already built (`prepack` runs
// `npm run build`); a fresh clone has no dist/ until `npm run build`, so its first run builds the CLI
// bundle here (esbuild, which a clone's `npm install` brings as a devDependency). The package has no
// install script: npm 11 warns about every install script a dependency declares, `prepare` included.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/bin.js', import.meta.url);
if (!existsSync(cli)) {
  const script = new URL('../scripts/build-cli.mjs', import.meta.url);
  if (!existsSync(script)) {
    process.stderr.write('agent-blast-radius: dist/cli/bin.js is missing from this install; reinstall the package\n');
    process.exit(2);
  }
  process.stderr.write('agent-blast-radius: first run in a clone: building dist/cli/ (as `npm run build` does)\n');
  const { GENERATED, buildMapScript } = await import(new URL('../scripts/build-map.mjs', import.meta.url).href);
  (await import('node:fs')).writeFileSync(GENERATED, await buildMapScript());
  await (await import(script.href)).buildCli();
}
await import(cli.href);
