// README.md's list of credential types is generated from the detector registry (issue 12): it says how many
// types there are and cannot fall behind a new detector file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectors } from '../detectors/index.js';
import { CATALOG_BEGIN, CATALOG_END, catalogMarkdown, catalogSpan } from '../src/report/catalog.js';
import { ROOT } from './helpers.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README credential types', () => {
  it('is the list the registry generates', () => {
    const span = catalogSpan(README);
    expect(span, `README.md lost its marks: put ${CATALOG_BEGIN} and ${CATALOG_END} back under "## Credential types" and run node scripts/gen-readme.mjs`).toBeDefined();
    expect(README.slice(span!.start, span!.end), 'README.md: the credential types differ from detectors/index.ts: run node scripts/gen-readme.mjs').toBe(catalogMarkdown(detectors));
  });

  it('says how many types there are and lists every one', () => {
    const list = catalogMarkdown(detectors);
    expect(list).toContain(`**${detectors.length} credential types**`);
    for (const d of detectors) expect(list).toContain(d.id);
  });
});
