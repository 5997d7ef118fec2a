import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// glpat- + 20 characters (legacy), or the routable form glpat-<27–300>.<2><7> (gitleaks gitlab-pat-routable) /
// .<2>.<9> (trufflehog pkg/detectors/gitlab/v3, citing gitlab MR 169322): the two tools disagree, so both
// are accepted (UNCONFIRMED grammar). Personal, project and group access tokens share the prefix
// (https://docs.gitlab.com/user/profile/personal_access_tokens/). The regex takes the fixed start; the tail
// up to 300 characters is taken by `extend`, since a bounded class that long overlaps the prefix.
const SHAPE = /^glpat-(?:[A-Za-z0-9_-]{20,22}|[A-Za-z0-9_-]{27,300}\.[0-9a-z]{2}(?:[0-9a-z]{7}|\.[0-9a-z]{9}))$/;

export default defineDetector({
  id: 'gitlab-pat',
  provider: 'gitlab',
  tokenKind: 'access-token',
  keywords: ['glpat-'],
  pattern: /\b(glpat-[A-Za-z0-9_-]{20})/g,
  extend: (text, end) => {
    let i = end;
    while (i < text.length && i - end < 320 && /[A-Za-z0-9_.-]/.test(text[i])) i++;
    while (text[i - 1] === '.') i--; // a sentence's full stop
    return i;
  },
  check: (secret) => SHAPE.test(secret),
  redaction: { kind: 'prefix', prefix: /^glpat-/ },
  docs: { url: 'https://docs.gitlab.com/user/profile/personal_access_tokens/', rotate: 'https://gitlab.com/-/user_settings/personal_access_tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `GITLAB_TOKEN=${t}`, secret: 'glpat-' + fake.base64url(20), variable: 'GITLAB_TOKEN' },
      { text: (t) => `url = https://oauth2:${t}@gitlab.com/acme/api.git`, secret: `glpat-${fake.base64url(46)}.01${fake.lowerAlnum(7)}` },
      { text: (t) => `curl --header "PRIVATE-TOKEN: ${t}" https://gitlab.com/api/v4/user`, secret: `glpat-${fake.base64url(40)}.01.${fake.lowerAlnum(9)}` },
    ],
    negative: [
      { text: 'GITLAB_TOKEN=glpat-' + 'x'.repeat(20), why: "the docs' placeholder" },
      { text: 'GITLAB_TOKEN=glpat-' + fake.alnum(25), why: 'near miss: 25 characters, neither the legacy nor the routable layout' },
    ],
  }),
});
