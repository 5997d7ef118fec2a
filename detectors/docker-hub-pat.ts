import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Docker Hub personal access tokens start dckr_pat_ (https://docs.docker.com/security/access-tokens/; the Hub API's
// own example secret uses the prefix: https://docs.docker.com/reference/api/hub/latest/) and carry 27 base64url
// characters (observed, UNCONFIRMED). A read-write-delete token can delete every repository of its user.
export default defineDetector({
  id: 'docker-hub-pat',
  provider: 'docker-hub',
  tokenKind: 'personal-access-token',
  keywords: ['dckr_pat_'],
  pattern: /\b(dckr_pat_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/g,
  check: (secret) => /[A-Za-z]/.test(secret.slice(9)) && /[0-9]/.test(secret.slice(9)),
  redaction: { kind: 'prefix', prefix: /^dckr_pat_/ },
  docs: { url: 'https://docs.docker.com/security/access-tokens/', rotate: 'https://app.docker.com/settings/personal-access-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `DOCKERHUB_TOKEN=${t}`, secret: 'dckr_pat_' + fake.base64url(27), variable: 'DOCKERHUB_TOKEN' },
      { text: (t) => `echo "${t}" | docker login -u acme --password-stdin`, secret: 'dckr_pat_' + fake.alnum(27) },
      { text: (t) => `      - uses: docker/login-action@v3\n        with:\n          username: acme\n          password: ${t}\n`, secret: 'dckr_pat_' + fake.base64url(27) },
    ],
    negative: [
      { text: `DOCKERHUB_TOKEN=dckr_pat_${fake.alnum(15)}`, why: 'near miss: 15 characters after the prefix' },
      { text: 'DOCKERHUB_TOKEN=dckr_pat_' + 'x'.repeat(27), why: 'a placeholder of one repeated character' },
    ],
  }),
});
