import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { companion, variableIs } from './lib/context.js';

// A programmatic API key is an 8-character public key plus a UUID private key, used with HTTP Digest
// (https://www.mongodb.com/docs/atlas/api/api-authentication/; kingfisher data/rules/mongodb.yml rules 1–2):
// the UUID is an Atlas key only where an atlas- or mongodb-named private-key variable holds it, or the
// Atlas CLI config's private_api_key (~/.config/atlascli/config.toml).
const PUBLIC_KEY = /(?:(?:mongodb|atlas)[a-z_]{0,30}public[a-z_]{0,10}key|public_api_key)["'`]?[ \t]{0,3}[:=][ \t]{0,3}["'`]?([a-z]{8})\b/i;

export default defineDetector({
  id: 'mongodb-atlas-api-key',
  provider: 'mongodb-atlas',
  tokenKind: 'programmatic-api-key',
  keywords: ['atlas', 'mongodb', 'private_api_key'],
  pattern: /\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/gi,
  // The pattern runs only around its keywords (Detector.near): a key only under a name holding a keyword, which ends at most 200 characters before it (Input.variable).
  near: { from: 0, to: 200, reach: 38 },
  check: (_secret, input) => variableIs(input, /mongodb|atlas/i, /private/i) || (/(atlascli|mongocli)/.test(input.path) && variableIs(input, /^private_api_key$/)),
  enrich: (_secret, input) => {
    const publicKey = companion(input.text, PUBLIC_KEY);
    return publicKey ? { facts: { publicKey } } : {}; // an identifier, like a user name: printable
  },
  redaction: { kind: 'prefix', prefix: /^/ },
  docs: { url: 'https://www.mongodb.com/docs/atlas/configure-api-access/', rotate: 'https://www.mongodb.com/docs/atlas/configure-api-access-org/#delete-an-api-key' },
  examples: () => ({
    positive: [
      { text: (t) => `MONGODB_ATLAS_PRIVATE_KEY=${t}`, secret: fake.uuid(), variable: 'MONGODB_ATLAS_PRIVATE_KEY' },
      {
        text: (t) => `[default]\n  org_id = "${fake.hex(24)}"\n  public_api_key = "${fake.from('abcdefghijklmnopqrstuvwxyz', 8)}"\n  private_api_key = "${t}"\n`,
        secret: fake.uuid(),
        path: '.config/atlascli/config.toml',
      },
      { text: (t) => `provider "mongodbatlas" {\n  public_key  = var.atlas_public_key\n}\natlas_private_key = "${t}"`, secret: fake.uuid() },
    ],
    negative: [
      { text: `MONGODB_ATLAS_PROJECT_ID=${fake.uuid()}`, why: 'an id in an Atlas variable, not a private key' },
      { text: `private_api_key = "${fake.uuid()}"`, why: 'a private_api_key outside the Atlas CLI config', path: 'settings.toml' },
    ],
  }),
});
