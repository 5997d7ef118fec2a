// The JSON report follows its documented schema (schemas/report.schema.json), for every detector's findings.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { detectors } from '../detectors/index.js';
import { toJson } from '../src/report/json.js';
import { scan } from './helpers.js';
import { scanDefaults, workspace } from './helpers.js';

const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(new URL('../schemas/report.schema.json', import.meta.url), 'utf8')));

describe('JSON report schema', () => {
  it.each([
    ['examples/pocketos', 'examples/pocketos'],
    ['every detector', ''],
  ])('%s', async (_name, root) => {
    const files: Record<string, string> = {};
    if (!root) for (const d of detectors) for (const [i, p] of d.examples.positive.entries()) files[`${d.id}/${i}/${p.path ?? 'x.txt'}`] = p.text(p.secret);
    const report = await scan({ ...scanDefaults, root: root || workspace(files) });
    const json = JSON.parse(toJson(report, true));
    expect(json.results.length).toBeGreaterThan(0);
    const ok = validate(json);
    expect(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
  });
});
