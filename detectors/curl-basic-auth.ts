import { defineDetector, lineStartNear } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { STAND_IN } from './lib/command.js';

// curl sends `-u user:password` / `--user user:password` as HTTP Basic credentials (https://curl.se/docs/manpage.html#-u);
// `-u user` alone prompts. The secret is the part after the first colon.
const COMMAND = /\bcurl(?:\.exe)?\b/;
// A login or an email, with at most a few digits: not a token standing in the user's place.
const USER_NAME = /^(?=[^0-9]*(?:[0-9][^0-9]*){0,4}$)[A-Za-z][\w.+-]{0,31}(?:@[\w.-]{1,64})?$/;

export default defineDetector({
  id: 'curl-basic-auth',
  provider: 'command-line',
  tokenKind: 'basic-auth',
  keywords: ['curl'],
  pattern: /(?:^|[ \t"'])(?:-u|--user)[ \t]+["']?([^\s:"'`$]{1,128}):(?<secret>[^\s"'`;|&<>)]{1,128})/gm,
  // The pattern runs only around its keywords (Detector.near): every match opens on `-u` (in `--user` too) or at most two characters before it.
  near: { keywords: ['-u'], from: -2, to: 0, reach: 300 },
  // `-u TOKEN:x` sends a token as the user and a dummy password (Teamwork's, Freshdesk's convention): not a password.
  check: (secret, input) => secret.length >= 4 && !STAND_IN.test(secret) && COMMAND.test(input.text.slice(lineStartNear(input.text, input.index, 600), input.index)),
  // The user is printed as a fact only when it reads as a name: `-u "$TOKEN:x"` puts a token there.
  enrich: (_secret, input) => (USER_NAME.test(input.match[1]) ? { facts: { user: input.match[1] } } : {}),
  redaction: { kind: 'none' },
  // A token with a format of its own in the password's place (`-u me@acme.example:ATATT…`) is that provider's.
  precedence: 'general',
  docs: { url: 'https://curl.se/docs/manpage.html#-u', rotate: 'change the password (or revoke the token) at the service the request goes to, and use --netrc-file or a header from a secret store' },
  examples: () => ({
    positive: [
      { text: (p) => `curl -u admin:${p} https://jenkins.acme-corp.io/api/json`, secret: fake.password(16), path: 'scripts/jobs.sh' },
      { text: (p) => `curl -fsS --user "ci-bot:${p}" -X POST https://nexus.acme-corp.io/service/rest/v1/components`, secret: fake.alnum(24), path: 'publish.sh' },
      { text: (p) => `RUN curl -sL -u deploy:${p} -o app.jar https://artifacts.acme-corp.io/app.jar`, secret: fake.alnum(18), path: 'Dockerfile' },
    ],
    negative: [
      { text: 'curl -u "$USER:$TOKEN" https://api.acme-corp.io', why: 'variables' },
      { text: 'curl -u admin https://jenkins/api/json', why: 'no password: curl prompts' },
      { text: 'curl -u "$TEAMWORK_KEY:x" https://acme.teamwork.com/projects.json', why: 'a dummy password after a token in the user place' },
    ],
  }),
});
