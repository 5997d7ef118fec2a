import { IDENTITY } from './lib/url.js';
import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// .netrc: "machine HOST login USER password SECRET", on one line or several
// (https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html). Heroku, GitHub and
// curl read it; only files named .netrc / _netrc are parsed this way.
export default defineDetector({
  id: 'netrc-password',
  provider: 'netrc',
  tokenKind: 'netrc-password',
  keywords: ['password'],
  paths: /(^|\/)[._]netrc$/,
  // Under four characters (`password x`) stands for a password rather than being one.
  pattern: /\bpassword[ \t]{1,10}(\S{4,256})/g,
  // The pattern runs only around its keywords (Detector.near): every match opens on its keyword.
  near: { from: 0, to: 0, reach: 270 },
  enrich: (_secret, input) => {
    const before = input.text.slice(Math.max(0, input.index - 500), input.index);
    const machines = [...before.matchAll(/\bmachine\s+(\S+)/g)];
    const logins = [...before.matchAll(/\blogin\s+(\S+)/g)];
    const facts: Record<string, string> = {};
    if (machines.length) facts.host = machines[machines.length - 1][1];
    if (logins.length) facts.user = logins[logins.length - 1][1];
    return { facts };
  },
  fingerprintParts: IDENTITY,
  redaction: { kind: 'none' },
  // Any machine's password: a detector that knows the machine (api.heroku.com) wins the span.
  precedence: 'general',
  docs: { url: 'https://everything.curl.dev/usingcurl/netrc', rotate: 'the service named on the machine line' },
  examples: () => ({
    positive: [
      { text: (p) => `machine ftp.acme-corp.io\n  login me@example.com\n  password ${p}\n`, secret: fake.uuid(), path: '.netrc' },
      { text: (p) => `machine github.com login bot password ${p}`, secret: fake.alnum(40), path: 'home/.netrc' },
      { text: (p) => `default login anonymous password ${p}\n`, secret: fake.password(), path: '_netrc' },
    ],
    negative: [
      { text: 'machine example.com login me password <token>', why: 'placeholder', path: '.netrc' },
      { text: 'machine github.com login bot password x', why: 'a one-letter stand-in', path: '.netrc' },
      { text: 'Enter your password below', why: 'prose in a file that is not a netrc', path: 'README.md' },
    ],
  }),
});
