import { IDENTITY } from './lib/url.js';
import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { STAND_IN } from './lib/command.js';

// A .netrc entry written anywhere else: the `machine`, `login` and `password` tokens in that order, on one line or a few
// (https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html) — the heredoc or `echo … >
// ~/.netrc` of a CI script or Dockerfile, a README's copy of someone's file. Files named .netrc / _netrc are
// read by netrc-password. The three keywords in their order are the structure; the pattern is linear (each
// token is followed by whitespace, which the next token's class excludes).
export default defineDetector({
  id: 'netrc-entry',
  provider: 'netrc',
  tokenKind: 'netrc-password',
  keywords: ['machine'],
  pattern: /\bmachine[ \t]+([^\s"'`]{1,253})\s{1,40}login[ \t]+([^\s"'`]{1,128})\s{1,40}password[ \t]+(?<secret>[^\s"'`\\]{4,256})/g,
  // The pattern runs only around its keywords (Detector.near): every match opens on its keyword.
  near: { from: 0, to: 0, reach: 720 },
  // An upper-case name (`SECRET`, `API_TOKEN`) in prose or a template stands for the password.
  check: (secret, input) => !/(^|\/)[._]netrc$/.test(input.path) && !STAND_IN.test(secret) && !/^[A-Z][A-Z0-9_]*$/.test(secret),
  enrich: (_secret, input) => ({ facts: { host: input.match[1].toLowerCase(), user: input.match[2] } }),
  fingerprintParts: IDENTITY,
  redaction: { kind: 'none' },
  docs: { url: 'https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html', rotate: 'the service named on the machine line' },
  examples: () => ({
    positive: [
      { text: (p) => `RUN echo "machine git.acme-corp.io login ci password ${p}" > /root/.netrc`, secret: fake.alnum(40), path: 'Dockerfile' },
      { text: (p) => `cat > ~/.netrc <<EOF\nmachine api.acme-corp.io\n  login deploy\n  password ${p}\nEOF`, secret: fake.password(24), path: 'ci/setup.sh' },
      { text: (p) => `"""\nmachine api.wandb.ai\n  login user\n  password ${p}\n"""`, secret: fake.hex(40), path: 'notes.py' },
    ],
    negative: [
      { text: 'machine github.com login bot password $GH_TOKEN', why: 'a variable' },
      { text: 'machine api.example.com login me password <token>', why: 'placeholder' },
      { text: 'the syntax is machine HOST login USER password SECRET', why: 'upper-case names standing for the values' },
      { text: `machine api.acme-corp.io login deploy password ${'Zq8'}xV2pLm9Wq`, why: 'a real .netrc is netrc-password’s', path: '.netrc' },
    ],
  }),
});
