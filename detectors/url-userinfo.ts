import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { isLoopback } from '../src/context/environment.js';
import { safeDecode, IDENTITY } from './lib/url.js';

// Any URL with user:password@ (RFC 3986 §3.2.1): git remotes, .git-credentials lines, registry and
// webhook URLs. Database schemes have their own detectors, which win on the same span.
export default defineDetector({
  id: 'url-userinfo',
  provider: 'url-credential',
  tokenKind: 'url-userinfo',
  keywords: ['://'],
  pattern: /\b(?<scheme>https?|ftps?|git|ssh|svn|amqps?|smtps?|ldaps?|wss?|sftp):\/\/(?<user>[^:@/\s"'`<>]{1,128}):(?<secret>[^@/\s"'`<>]{3,256})@(?<host>[a-z0-9][a-z0-9.-]{0,253})/gi,
  // Every match has `://` after its scheme of two to five letters; with the user, password and host it reads under
  // 660 characters: the pattern is tried just before each `://`, not at every character.
  near: { from: -5, to: -2, reach: 660 },
  check: (secret, input) => {
    // `http://user:password@host` and `:port@` shapes in docs are not secrets.
    if (/^(?:password|pass|passwd|pwd|secret|token|\d{1,5})$/i.test(secret)) return false;
    // RFC 2606 / 6761 reserved names are documentation and tests, and so are short passwords for loopback.
    const host = (input.match.groups?.host ?? '').toLowerCase();
    if (/(?:^|\.)example(?:\.(?:com|org|net))?$|\.(?:test|invalid|localhost)$/.test(host)) return false;
    if (isLoopback(host) && safeDecode(secret).length < 12) return false;
    if (safeDecode(secret).length < 6) return false;
    return !/^(?:user(?:name)?|example)$/i.test(input.match.groups?.user ?? '') || secret.length >= 16;
  },
  enrich: (secret, input) => {
    const g = input.match.groups ?? {};
    const parts: Record<string, string> = { url: input.match[0] };
    const decoded = safeDecode(secret);
    if (decoded !== secret) parts.decodedPassword = decoded;
    return { facts: { scheme: g.scheme.toLowerCase(), user: safeDecode(g.user), host: g.host.toLowerCase() }, parts };
  },
  fingerprintParts: IDENTITY,
  redaction: { kind: 'none' },
  // Database schemes' own detectors claim the same span and win.
  precedence: 'general',
  docs: { url: 'https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1', rotate: 'the service that issued the password' },
  examples: () => ({
    positive: [
      { text: (p) => `https://deploy:${p}@git.acme-corp.io`, secret: fake.password(24), path: '.git-credentials' },
      { text: (p) => `[remote "origin"]\n\turl = https://ci-bot:${p}@gitlab.acme-corp.io/team/app.git`, secret: fake.alnum(26), path: '.git/config' },
      { text: (p) => `AMQP_URL=amqps://svc:${p}@rabbit.prod.acme-corp.io/vhost`, secret: encodeURIComponent(fake.password(18) + '/:') },
    ],
    negative: [
      { text: 'see http://user:password@host/path in the docs', why: 'documentation placeholder' },
      { text: "new URL('https://abc:xyz123@example.com')", why: 'RFC 2606 documentation domain' },
      { text: 'proxy=http://proxy.example.com:3128', why: 'host and port, no userinfo' },
    ],
  }),
});
