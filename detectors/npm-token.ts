import { defineDetector, lineStartNear } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { githubChecksum } from './lib/github.js';

// npm_ + 36 alphanumerics, the last six a base62 CRC32 as in GitHub's tokens: a granular access token
// (trufflehog pkg/detectors/npmtokenv2; gitleaks npm-access-token; https://docs.npmjs.com/about-access-tokens;
// https://github.blog/2021-09-23-announcing-npms-new-access-token-format/). Legacy UUID tokens were removed on
// 2025-11-05 (npm/documentation PR 1775) and are not detected.
export default defineDetector({
  id: 'npm-token',
  provider: 'npm',
  tokenKind: 'granular-access-token',
  keywords: ['npm_'],
  pattern: /\b(npm_[A-Za-z0-9]{36})\b/g,
  // The pattern runs only around its keywords (Detector.near): every match opens on its prefix, the keyword.
  near: { from: 0, to: 0, reach: 42 },
  // An .npmrc `:_authToken=` line is npmrc-auth-token's, which covers every registry (the npm provider reads both).
  check: (_secret, input) => !/(?:^|:)_authToken\s{0,5}=\s{0,5}"?$/.test(input.text.slice(lineStartNear(input.text, input.index, 200), input.index)),
  enrich: (secret) => ({ facts: { checksum: githubChecksum(secret) } }),
  redaction: { kind: 'prefix', prefix: /^npm_/ },
  docs: { url: 'https://docs.npmjs.com/about-access-tokens', rotate: 'https://docs.npmjs.com/revoking-access-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `NPM_TOKEN=${t}`, secret: fake.npm(), variable: 'NPM_TOKEN' },
      { text: (t) => `{"scripts":{"release":"NPM_TOKEN=${t} npm publish"}}`, secret: fake.npm() },
      { text: (t) => `      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${t}`, secret: fake.npm() },
    ],
    negative: [
      { text: 'echo $npm_config_cache_folder_for_this_machine', why: "npm's own npm_config_* variable names" },
      { text: 'NPM_TOKEN=npm_' + fake.alnum(30), why: 'near miss: 30 characters after the prefix' },
      { text: `//registry.npmjs.org/:_authToken=${fake.npm()}`, why: "an .npmrc auth line, npmrc-auth-token's", path: '.npmrc' },
    ],
  }),
});
