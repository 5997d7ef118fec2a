import { defineDetector, lineStartNear } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { githubChecksum } from './lib/github.js';

// .npmrc registry credentials: //registry/:_authToken=…, _auth=base64(user:pass), _password=base64
// (https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration). Tokens with the
// npm_ prefix are also the npm-token detector's; this one covers every registry and legacy form.
export default defineDetector({
  id: 'npmrc-auth-token',
  provider: 'npm',
  tokenKind: 'registry-auth',
  keywords: ['_authtoken', '_auth', '_password'],
  pattern: /(?:^|:)(?:_authToken|_auth|_password)\s{0,5}=\s{0,5}"?([A-Za-z0-9+/=._~-]{8,2048})/gim,
  enrich: (secret, input) => {
    const line = input.text.slice(lineStartNear(input.text, input.index, 1024), input.index);
    const registry = /^\s*\/\/([^/:\s]+)/.exec(line);
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
    ],
    negative: [
      { text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', why: 'interpolated from the environment' },
      { text: '//registry.npmjs.org/:always-auth=true', why: 'a flag, no credential' },
    ],
  }),
});
