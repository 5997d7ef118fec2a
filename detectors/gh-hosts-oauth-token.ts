import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// The GitHub CLI keeps each host's token as `oauth_token` under the host's key in ~/.config/gh/hosts.yml when no
// system keyring is available (https://cli.github.com/manual/gh_auth_login). Under `github.com` it is a GitHub token
// whatever its shape (older 40-hex OAuth tokens have no prefix); tokens of other hosts (GitHub Enterprise Server)
// belong to that server and are left to the generic detector. Prefixed tokens' own detectors win the span.
function hostBefore(text: string, index: number): string | undefined {
  const before = text.slice(Math.max(0, index - 1000), index);
  return [...before.matchAll(/^["']?([A-Za-z0-9.-]+)["']?:[ \t]*$/gm)].pop()?.[1];
}

export default defineDetector({
  id: 'gh-hosts-oauth-token',
  provider: 'github',
  tokenKind: 'oauth-token',
  keywords: ['oauth_token'],
  paths: /(^|\/)gh\/hosts\.ya?ml$/,
  pattern: /\boauth_token:[ \t]{0,5}["']?([A-Za-z0-9_]{20,255})["']?[ \t]*$/gm,
  check: (_secret, input) => hostBefore(input.text, input.index)?.toLowerCase() === 'github.com',
  enrich: () => ({ facts: { host: 'github.com' } }),
  redaction: { kind: 'prefix', prefix: /^(?:gh[opsur]_)?/ },
  // A prefixed token's own detector (gho_, ghp_, github_pat_) knows its kind and wins the span.
  precedence: 'general',
  docs: { url: 'https://cli.github.com/manual/gh_auth_login', rotate: 'https://github.com/settings/applications' },
  examples: () => ({
    positive: [
      { text: (t) => `github.com:\n    oauth_token: ${t}\n    user: octo\n    git_protocol: https\n`, secret: fake.hex(40), path: '.config/gh/hosts.yml' },
      { text: (t) => `github.com:\n    users:\n        octo:\n            oauth_token: ${t}\n    user: octo\n`, secret: fake.hex(40), path: 'home/.config/gh/hosts.yml' },
      { text: (t) => `ghe.acme-corp.io:\n    oauth_token: x\ngithub.com:\n    oauth_token: "${t}"\n`, secret: fake.hex(40), path: '.config/gh/hosts.yaml' },
    ],
    negative: [
      { text: `ghe.acme-corp.io:\n    oauth_token: ${fake.hex(40)}\n`, why: "a GitHub Enterprise Server host's token: not github.com's", path: '.config/gh/hosts.yml' },
      { text: `github.com:\n    oauth_token: ${fake.hex(40)}\n`, why: 'not a gh hosts file', path: 'notes.yml' },
    ],
  }),
});
