// Everything a test reads is in the repository: `npm install && npm test` must pass in a clone with
// nothing beside it. A test that needs an outside file vendors it under test/fixtures/vendor/ with its
// source and licence (see the README there).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const HERE = fileURLToPath(import.meta.url);
const TEST = join(ROOT, 'test');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : sources(p);
    return /\.(?:[cm]?ts|[cm]?js)$/.test(e.name) && p !== HERE ? [p] : [];
  });
}

/** A path into the shared folder beside the repository, relative (../shared) or absolute. */
const OUTSIDE = /(?<![\w-])shared\//;

describe('tests are self-contained', () => {
  it('no test file reads (or points a reader at) the shared folder beside the repository', () => {
    const offenders = sources(TEST).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (OUTSIDE.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(
      offenders,
      `These lines reach outside the repository. Copy the file into test/fixtures/vendor/, name its source and licence in test/fixtures/vendor/README.md, and read it from there; a comment cites the public source (a provider's documentation URL, an RFC) instead:\n${offenders.join('\n')}`,
    ).toEqual([]);
  });

  it('every vendored file is named in test/fixtures/vendor/README.md', () => {
    const dir = join(TEST, 'fixtures/vendor');
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const name of readdirSync(dir).filter((n) => n !== 'README.md')) expect(readme, `name ${name}'s source and licence in test/fixtures/vendor/README.md`).toContain(`\`${name}\``);
  });
});
