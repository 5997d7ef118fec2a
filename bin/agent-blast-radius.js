#!/usr/bin/env node
// The package's command. A packed or published package carries dist/cli/ already built (`prepack` runs
// `npm run build`); a fresh clone has no dist/ until `npm run build`, so its first run builds the CLI
// bundle here (esbuild, which a clone's `npm install` brings as a devDependency). The package has no
// install script: npm 11 warns about every install script a dependency declares, `prepare` included.
//
// `--version` is answered here, from package.json (as src/version.ts reads it), without loading the CLI:
// a hook or a wrapper that checks the version pays for Node's start-up alone (issue 14). node:fs comes
// through require(): an ES import of it builds its ES facade, which loads Node's whole stream library.
import { createRequire } from 'node:module';

const { existsSync, readFileSync, writeFileSync, writeSync } = createRequire(import.meta.url)('node:fs');

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  let version = '0.0.0';
  try {
    version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
  } catch {
    // as src/version.ts: a package.json that cannot be read says 0.0.0
  }
  try {
    writeSync(1, `${version}\n`);
  } catch (e) {
    // fd 1 a non-blocking pipe that is full: the stream waits for it. A closed pipe (EPIPE): nothing to say.
    if (e.code === 'EAGAIN') process.stdout.write(`${version}\n`);
  }
} else {
  const cli = new URL('../dist/cli/bin.js', import.meta.url);
  if (!existsSync(cli)) {
    const script = new URL('../scripts/build-cli.mjs', import.meta.url);
    if (!existsSync(script)) {
      process.stderr.write('agent-blast-radius: dist/cli/bin.js is missing from this install; reinstall the package\n');
      process.exit(2);
    }
    process.stderr.write('agent-blast-radius: first run in a clone: building dist/cli/ (as `npm run build` does)\n');
    const { GENERATED, buildMapScript, CONFIG_VALIDATOR, buildConfigValidator } = await import(new URL('../scripts/build-map.mjs', import.meta.url).href);
    writeFileSync(GENERATED, await buildMapScript());
    writeFileSync(CONFIG_VALIDATOR, await buildConfigValidator());
    await (await import(script.href)).buildCli();
  }
  await import(cli.href);
}
