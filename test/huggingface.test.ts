// Hugging Face resolver against its stand-in (test/standins/huggingface.ts), answering as documented: the
// failure modes every resolver shares (test/saas-helpers.ts), then a live root credential, a live scoped one and
// the provider's own cases. Every credential is built here by the seeded generator.
import { scopeJson as rendered } from '../src/report/resources.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { secretsOf, scannerOf, mine, scopeOf, rules, failureModes } from './saas-helpers.js';
import type { Standin } from './standins/index.js';
import { huggingfaceWorld } from './standins/huggingface.js';

const world = huggingfaceWorld();

const T = { huggingface: world.T };

let standin: Standin;
const odd = new Set<string>();
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await world.start(odd);
  env = { ...NO_NETWORK, [endpointVariable('huggingface')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ huggingface: secretsOf(Object.values(T.huggingface)) });
  await standin?.close();
});

const scanOf = scannerOf(() => env);

failureModes('huggingface', T.huggingface, () => standin, scanOf);

describe('Hugging Face', () => {
  it("live root: a write token over its user's and its organizations' repositories", async () => {
    const r = await scanOf('huggingface', T.huggingface.root);
    const s = scopeOf(r, T.huggingface.root);
    expect(s).toMatchObject({ tokenKind: 'write-token', root: true });
    expect(rendered(s).destroy.map((d) => d.resource)).toEqual(['every repository of ml-lead', 'every repository of organization acme-ai (admin)']);
    expect(rules(mine(r, T.huggingface.root))).toEqual(['ABR001', 'ABR002', 'ABR003?']);
  });

  it('live scoped: a fine-grained token, its entities and permissions', async () => {
    const r = await scanOf('huggingface', T.huggingface.scoped);
    const s = scopeOf(r, T.huggingface.scoped);
    expect(s).toMatchObject({ tokenKind: 'fine-grained-token', root: false });
    expect(rendered(s).reach).toEqual({ environments: ['staging'], resources: ['model acme-ai/sentiment-staging: repo.content.read, repo.write'] });
    expect(rules(mine(r, T.huggingface.scoped))).toEqual(['ABR003?']);
  });

  it('a read token: live, nothing destroyed', async () => {
    const r = await scanOf('huggingface', T.huggingface.read);
    expect(rules(mine(r, T.huggingface.read))).toEqual(['ABR006']);
  });
});
