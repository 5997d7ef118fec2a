import { dockerAuth, registryOf } from './lib/docker.js';
import { IDENTITY } from './lib/url.js';
import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// ~/.docker/config.json "auths": { "registry": { "auth": base64(user:password) } }
// (https://docs.docker.com/reference/cli/docker/login/#credential-stores — without a credential store the
// password is kept base64-encoded in the file; also Kubernetes .dockerconfigjson secrets).
export default defineDetector({
  id: 'docker-config-auth',
  provider: 'docker-registry',
  tokenKind: 'registry-basic-auth',
  keywords: ['"auth"', 'auths'],
  pattern: /"auth"\s{0,5}:\s{0,5}"([A-Za-z0-9+/]{6,2048}={0,2})"/g,
  // Every match starts at `"auth"` and reads at most 2,069 characters: the pattern is tried there, not over every file
  // that mentions `auths` (the bench tree's SDK typings: 31 MB searched for 0 matches, issue 14).
  near: { keywords: ['"auth"'], from: 0, to: 0, reach: 2070 },
  check: (secret) => dockerAuth(secret) !== undefined,
  enrich: (secret, input) => {
    const auth = dockerAuth(secret)!;
    const registry = registryOf(input);
    const facts: Record<string, string> = { user: auth.user };
    if (registry) facts.host = registry;
    return { facts, parts: { password: auth.password } };
  },
  fingerprintParts: IDENTITY,
  redaction: { kind: 'none' },
  // Any registry's password: a detector that knows whose token the password is (a GitHub PAT for ghcr.io) wins the span.
  precedence: 'general',
  docs: { url: 'https://docs.docker.com/reference/cli/docker/login/', rotate: 'the registry that issued the password (docker logout, then revoke the token there)' },
  examples: () => ({
    positive: [
      { text: (a) => `{\n  "auths": {\n    "ghcr.io": {\n      "auth": "${a}"\n    }\n  }\n}`, secret: Buffer.from(`octo:${fake.alnum(40)}`).toString('base64'), path: '.docker/config.json' },
      { text: (a) => `{"auths":{"https://index.docker.io/v1/":{"auth":"${a}"}}}`, secret: Buffer.from(`me:${fake.password()}`).toString('base64') },
      { text: (a) => `{"auths":{"123456789012.dkr.ecr.us-east-1.amazonaws.com":{"auth":"${a}"}}}`, secret: Buffer.from(`AWS:${fake.base64(60)}`).toString('base64') },
    ],
    negative: [
      { text: '{"auths":{"ghcr.io":{}},"credsStore":"desktop"}', why: 'credentials kept in a credential store' },
      { text: '{"auth": "bearer"}', why: 'not base64 of user:password' },
    ],
  }),
});
