import { defineDetector, lineStartNear } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { githubChecksum } from './lib/github.js';

// .npmrc registry credentials: //registry/:_authToken=…, _auth=base64(user:pass), _password=base64
// (https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration); the same key quoted as in
// Yarn 1's .yarnrc (`"//registry/:_authToken" "…"`) or a JSON dump of the config; Yarn 2+'s `npmAuthToken` in
// .yarnrc.yml, top level or under `npmRegistries: "https://host":` (https://yarnpkg.com/configuration/yarnrc#npmAuthToken).
// Tokens with the npm_ prefix are also the npm-token detector's; this one covers every registry and legacy form.
export default defineDetector({
  id: 'npmrc-auth-token',
  provider: 'npm',
  tokenKind: 'registry-auth',
  keywords: ['_authtoken', '_auth', '_password', 'npmauthtoken'],
  pattern: /(?:(?:^|:)(?:_authToken|_auth|_password)\s{0,5}=\s{0,5}"?|[:"']_authToken["'][ \t]{0,5}:?[ \t]{0,5}["']|^[ \t]{0,40}npmAuthToken[ \t]{0,5}:[ \t]{0,5}["']?)([A-Za-z0-9+/=._~-]{8,2048})/gim,
  // The pattern runs only around its keywords (Detector.near): every match opens on its key or at most 40 blanks and a quote or colon before it.
  near: { from: -40, to: 0, reach: 2120 },
  enrich: (secret, input) => {
    const line = input.text.slice(lineStartNear(input.text, input.index, 1024), input.index);
    const registry = /^\s*["']?\/\/([^/:\s"']+)/.exec(line) ?? yarnRegistry(input.text, input.index, line);
    const facts: Record<string, string> = registry ? { host: registry[1] } : {};
    // An npm_ token carries its checksum here too (see npm-token.ts).
    if (/^npm_[A-Za-z0-9]{36}$/.test(secret)) facts.checksum = githubChecksum(secret);
    return { facts };
  },
  redaction: { kind: 'none' },
  docs: { url: 'https://docs.npmjs.com/cli/v10/configuring-npm/npmrc', rotate: 'https://www.npmjs.com/settings/~/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `//npm.pkg.github.com/:_authToken=${t}\n`, secret: fake.alnum(40), path: '.npmrc' },
      { text: (t) => `registry=https://npm.example.com/\n//npm.example.com/:_auth=${t}\n`, secret: Buffer.from(`ci:${fake.password()}`).toString('base64'), path: '.npmrc' },
      { text: (t) => `//registry.yarnpkg.com/:_password="${t}"`, secret: Buffer.from(fake.password()).toString('base64'), path: 'home/.npmrc' },
      { text: (t) => `{\n  "//registry.npmjs.org/:_authToken": "${t}"\n}\n`, secret: fake.uuid(), path: 'npm-config.json' },
      { text: (t) => `{ "_authToken": "${t}" }\n`, secret: fake.uuid(), path: 'config.json' },
      { text: (t) => `"//npm.pkg.github.com/:_authToken" "${t}"\n`, secret: fake.alnum(40), path: '.yarnrc' },
      { text: (t) => `nodeLinker: node-modules\nnpmAuthToken: "${t}"\n`, secret: fake.uuid(), path: '.yarnrc.yml' },
      { text: (t) => `npmRegistries:\n  "https://npm.pkg.github.com":\n    npmAlwaysAuth: true\n    npmAuthToken: ${t}\n`, secret: fake.alnum(40), path: '.yarnrc.yml' },
    ],
    negative: [
      { text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', why: 'interpolated from the environment' },
      { text: '//registry.npmjs.org/:always-auth=true', why: 'a flag, no credential' },
      { text: 'npmAuthToken: "${NPM_AUTH_TOKEN}"', why: 'interpolated from the environment (Yarn reads ${…} in .yarnrc.yml)' },
      { text: '"//registry.npmjs.org/:_authToken": "(protected)"', why: "npm config list's mask, not a token" },
    ],
  }),
});

/** The registry a Yarn 2+ `npmAuthToken` belongs to: the `"https://host":` key it is indented under, if any. */
function yarnRegistry(text: string, index: number, line: string): RegExpExecArray | null {
  const indent = /^[ \t]*/.exec(line)![0].length;
  if (!/npmAuthToken/.test(line) || indent === 0) return null;
  let end = lineStartNear(text, index, 1024) - 1;
  for (let i = 0; i < 8 && end > 0; i++) {
    const start = lineStartNear(text, end, 1024);
    const above = text.slice(start, end);
    const lead = /^[ \t]*/.exec(above)![0].length;
    if (above.trim() && lead < indent) return /^[ \t]*["']?(?:https?:)?\/\/([^/:\s"']+)[^\n]*:\s*$/.exec(above);
    end = start - 1;
  }
  return null;
}
