import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { typedLike, typedPassword } from './lib/password.js';

// A password written into a credential constructor whose documented signature puts it in a known position, with
// the user (and a path) before it as literals or variables:
// - .NET `new NetworkCredential(userName, password[, domain])`, also PowerShell's `New-Object
//   System.Net.NetworkCredential("user", "password")`:
//   https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential.-ctor
// - .NET `new DirectoryEntry(path, username, password[, authenticationType])`:
//   https://learn.microsoft.com/en-us/dotnet/api/system.directoryservices.directoryentry.-ctor
// - Java `new PasswordAuthentication(userName, "password".toCharArray())`:
//   https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/net/PasswordAuthentication.html
// - Python requests' `HTTPBasicAuth(username, password)` and `HTTPDigestAuth(username, password)`:
//   https://requests.readthedocs.io/en/latest/api/#authentication
// No name says "password" there, so the position does; the value is judged as any typed password is
// (detectors/lib/password.ts): a literal of 8 or more characters, not a stand-in, the name said back or a word.
/** One argument before the password: a string literal (C#'s `@"…"` too) or a variable, member or call-free expression. */
const ARG = String.raw`(?:@?"[^"\n]{0,200}"|'[^'\n]{0,200}'|[A-Za-z_$][\w$.]{0,100})`;
const SECRET = String.raw`@?["'](?<secret>[^"'\n\\]{1,128})["']`;
// Arguments may stand on lines of their own.
const SEP = String.raw`\s{0,40},\s{0,40}`;

export default defineDetector({
  id: 'credential-constructor',
  provider: 'generic',
  tokenKind: 'password',
  keywords: ['networkcredential', 'directoryentry', 'passwordauthentication', 'httpbasicauth', 'httpdigestauth'],
  pattern: new RegExp(
    String.raw`\b(?:(?:NetworkCredential|PasswordAuthentication|HTTPBasicAuth|HTTPDigestAuth)[ \t]*\(\s{0,40}${ARG}|DirectoryEntry[ \t]*\(\s{0,40}${ARG}${SEP}${ARG})${SEP}${SECRET}`,
    'g',
  ),
  check: (secret) => typedPassword(secret, { quoted: true }),
  redaction: { kind: 'none' },
  // A password in a known position is surer than a name-based guess over the same span.
  precedence: 'general',
  docs: { url: 'https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential.-ctor', rotate: 'the account the password belongs to' },
  examples: () => ({
    positive: [
      { text: (s) => `client.Credentials = new NetworkCredential("deploy@acme.test", "${s}");`, secret: fake.password(16), path: 'Mailer.cs' },
      { text: (s) => `$wc.Credentials = New-Object System.Net.NetworkCredential("ci", "${s}", "CORP")`, secret: typedLike('digits'), path: 'fetch.ps1' },
      { text: (s) => `var entry = new DirectoryEntry("LDAP://dc.acme.test", @"CORP\\svc", "${s}");`, secret: typedLike('symbol'), path: 'Ldap.cs' },
      { text: (s) => `return new PasswordAuthentication(user, "${s}".toCharArray());`, secret: typedLike('digits'), path: 'Auth.java' },
      { text: (s) => `r = requests.get(url, auth=HTTPBasicAuth('svc', '${s}'))`, secret: fake.password(12), path: 'client.py' },
    ],
    negative: [
      { text: 'new NetworkCredential(userName, password, domain)', why: 'variables, not a written password' },
      { text: 'new NetworkCredential("user", "password")', why: 'the name said back: a stand-in' },
      { text: 'new DirectoryEntry("LDAP://dc.acme.test", "CORP\\\\svc", "secret")', why: 'a stand-in word, shorter than a typed password' },
      { text: 'HTTPBasicAuth("user", "<your-password>")', why: 'a placeholder' },
      { text: 'new NetworkCredential("user", "$env:CI_PASSWORD")', why: 'an environment lookup, not a value' },
    ],
  }),
});
