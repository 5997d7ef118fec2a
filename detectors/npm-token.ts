import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// npm_ + 36 alphanumerics: a granular access token (trufflehog pkg/detectors/npmtokenv2; gitleaks
// npm-access-token; https://docs.npmjs.com/about-access-tokens). Legacy UUID tokens were removed on
// 2025-11-05 (npm/documentation PR 1775) and are not detected.
export default defineDetector({
  id: 'npm-token',
  provider: 'npm',
  tokenKind: 'granular-access-token',
  keywords: ['npm_'],
  pattern: /\b(npm_[A-Za-z0-9]{36})\b/g,
  enrich: (_secret, input) => {
    // .npmrc: `//registry.example.com/:_authToken=npm_…` names the registry the token is for.
    const line = input.text.slice(input.text.lastIndexOf('\n', input.index - 1) + 1, input.index);
    const registry = /^\s*\/\/([A-Za-z0-9.-]{1,253})(?::[0-9]{1,5})?\/[^\s]{0,200}:_authToken\s*=\s*["']?$/.exec(line)?.[1];
    return registry ? { facts: { registry } } : {};
  },
  redaction: { kind: 'prefix', prefix: /^npm_/ },
  docs: { url: 'https://docs.npmjs.com/about-access-tokens', rotate: 'https://docs.npmjs.com/revoking-access-tokens' },
  examples: {
    positive: [
      { text: (t) => `NPM_TOKEN=${t}`, secret: fake.npm(), variable: 'NPM_TOKEN' },
      { text: (t) => `//registry.npmjs.org/:_authToken=${t}\n`, secret: fake.npm(), path: '.npmrc' },
      { text: (t) => `      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${t}`, secret: fake.npm() },
    ],
    negative: [
      { text: 'echo $npm_config_cache_folder_for_this_machine', why: "npm's own npm_config_* variable names" },
      { text: 'NPM_TOKEN=npm_' + fake.alnum(30), why: 'near miss: 30 characters after the prefix' },
    ],
  },
});
