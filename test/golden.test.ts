// Golden files pin each reporter's output for the incident replay. To accept a deliberate change:
// UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts, then review the diff. A missing golden is written
// on a developer's machine (review and commit it) and fails under CI, where writing it would pass a run
// that pinned nothing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJson } from '../src/report/json.js';
import { toSarif } from '../src/report/sarif.js';
import { toText } from '../src/report/text.js';
import { scan } from './helpers.js';
import { VERSION } from '../src/version.js';
import { ROOT, scanDefaults } from './helpers.js';

function normalise(s: string): string {
  return s.split(ROOT).join('<root>/').split(`"${VERSION}"`).join('"<version>"');
}

describe('golden reports of examples/pocketos', async () => {
  const report = await scan({ ...scanDefaults, root: 'examples/pocketos' });
  const outputs: Record<string, string> = {
    'pocketos.txt': toText(report),
    'pocketos.json': toJson(report),
    'pocketos.sarif.json': JSON.stringify(toSarif(report), null, 2) + '\n',
  };
  it.each(Object.keys(outputs))('%s (a missing golden fails under CI, is written only outside it)', (name) => {
    const file = new URL(`fixtures/golden/${name}`, import.meta.url);
    const actual = normalise(outputs[name]);
    if (!existsSync(file) && process.env.CI && !process.env.UPDATE_GOLDEN) {
      expect.fail(
        `test/fixtures/golden/${name} is missing. Under CI a missing golden fails instead of being written: run UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts locally, review and commit the file.`,
      );
    }
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
