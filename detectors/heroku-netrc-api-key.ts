import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// `heroku login` stores the account's API token in ~/.netrc as the password of `machine api.heroku.com` (and of
// `machine git.heroku.com`, for git pushes): https://devcenter.heroku.com/articles/authentication#api-token-storage.
// That password is a Heroku API key (a UUID before 2024, HRKU-AA… since), so it is Heroku's, not any netrc password.
const HEROKU_MACHINE = /^(?:api|git)\.heroku\.com$/i;

function machineBefore(text: string, index: number): { host?: string; user?: string } {
  const before = text.slice(Math.max(0, index - 500), index);
  const host = [...before.matchAll(/\bmachine\s+(\S+)/g)].pop();
  const after = host ? before.slice(host.index) : before;
  const user = [...after.matchAll(/\blogin\s+(\S+)/g)].pop()?.[1];
  return { host: host?.[1], ...(user ? { user } : {}) };
}

export default defineDetector({
  id: 'heroku-netrc-api-key',
  provider: 'heroku',
  tokenKind: 'api-key',
  keywords: ['heroku'],
  paths: /(^|\/)[._]netrc$/,
  pattern: /\bpassword[ \t]{1,10}(\S{1,256})/g,
  check: (_secret, input) => HEROKU_MACHINE.test(machineBefore(input.text, input.index).host ?? ''),
  enrich: (_secret, input) => {
    const m = machineBefore(input.text, input.index);
    return { facts: { host: m.host!, ...(m.user ? { user: m.user } : {}) } };
  },
  redaction: { kind: 'prefix', prefix: /^(?:HRKU-AA)?/ },
  docs: { url: 'https://devcenter.heroku.com/articles/authentication', rotate: 'https://dashboard.heroku.com/account/applications' },
  examples: () => ({
    positive: [
      { text: (p) => `machine api.heroku.com\n  login me@acme-corp.io\n  password ${p}\n`, secret: fake.uuid(), path: '.netrc' },
      { text: (p) => `machine git.heroku.com login me@acme-corp.io password ${p}`, secret: 'HRKU-AA' + fake.base64url(58), path: 'home/.netrc' },
      { text: (p) => `machine github.com login bot password x\nmachine api.heroku.com\n  login ops@acme-corp.io\n  password ${p}\n`, secret: fake.uuid(), path: '_netrc' },
    ],
    negative: [
      { text: `machine api.heroku.com login me@acme-corp.io password ${fake.uuid()}`, why: 'not a netrc file', path: 'notes.txt' },
      { text: `machine api.heroku.com login me\nmachine github.com login bot password ${fake.alnum(40)}`, why: "another machine's password", path: '.netrc' },
    ],
  }),
});
