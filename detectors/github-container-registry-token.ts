import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { dockerAuth, registryOf } from './lib/docker.js';
import { githubChecksum } from './lib/github.js';

// GitHub's container registry takes a personal access token as the `docker login ghcr.io` password
// (https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry#authenticating-with-a-personal-access-token-classic),
// and without a credential store docker keeps base64(user:password) in ~/.docker/config.json's `auths`
// (https://docs.docker.com/reference/cli/docker/login/). When that password is a classic (`ghp_` + 36, checksummed)
// or fine-grained (`github_pat_` + 22 + `_` + 59) token, the credential is the GitHub token: the finding
// carries the decoded token, so it resolves as GitHub's and has the fingerprint it has in .git-credentials.
const GHCR = /^(?:https?:\/\/)?(?:ghcr\.io|docker\.pkg\.github\.com)\/?$/i;
const TOKEN = /^(?:ghp_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})$/;

export default defineDetector({
  id: 'github-container-registry-token',
  provider: 'github',
  tokenKind: 'classic-pat',
  keywords: ['ghcr.io', 'docker.pkg.github.com'],
  pattern: /"auth"\s{0,5}:\s{0,5}"([A-Za-z0-9+/]{6,2048}={0,2})"/g,
  check: (secret, input) => GHCR.test(registryOf(input) ?? '') && TOKEN.test(dockerAuth(secret)?.password ?? ''),
  enrich: (secret, input) => {
    const { user, password } = dockerAuth(secret)!;
    const fine = password.startsWith('github_pat_');
    return {
      secret: password,
      tokenKind: fine ? 'fine-grained-pat' : 'classic-pat',
      facts: { user, host: registryOf(input) ?? 'ghcr.io', ...(fine ? {} : { checksum: githubChecksum(password) }) },
    };
  },
  redaction: { kind: 'prefix', prefix: /^(?:ghp_|github_pat_)/ },
  docs: { url: 'https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry', rotate: 'https://github.com/settings/tokens' },
  examples: () => {
    const auth = (user: string) => (t: string) => Buffer.from(`${user}:${t}`).toString('base64');
    const config = (registry: string, user: string) => (t: string) => `{\n  "auths": {\n    "${registry}": {\n      "auth": "${auth(user)(t)}"\n    }\n  }\n}`;
    return {
      positive: [
        { text: config('ghcr.io', 'octo'), secret: fake.github('ghp_'), path: '.docker/config.json' },
        { text: config('https://ghcr.io', 'octo-bot'), secret: fake.fineGrainedGithub(), path: '.docker/config.json' },
        { text: config('docker.pkg.github.com', 'ci'), secret: fake.github('ghp_'), path: 'home/.docker/config.json' },
      ],
      negative: [
        { text: config('ghcr.io', 'octo')(fake.alnum(40)), why: 'a ghcr.io password that is not a GitHub token: the registry password detector keeps it' },
        { text: config('registry.gitlab.com', 'me')(fake.github('ghp_')), why: 'another registry: the token is not known to be GitHub-issued there' },
      ],
    };
  },
});
