// Hard-coded passwords (issue 12): a value under a password's own name, or in a credential constructor's password
// position, is reported when a person typed it (letters with digits or symbols), in every syntax; stand-ins, words,
// references and code stay out. Terraform variable defaults are named by their variable. Every value is built here.
import { describe, expect, it } from 'vitest';
import { neverTypedPassword, typedLike, typedPassword } from '../detectors/lib/password.js';
import * as fake from '../src/detect/fake.js';
import { detectText } from '../src/detect/text.js';

function found(path: string, text: string): Array<[string, string]> {
  return detectText({ source: { path, origin: 'workspace' }, text }).map((f) => [f.detectorId, f.secret]);
}

const digitsPw = typedLike('digits');
const symbolPw = typedLike('symbol');
// Letters only that read as no words: an app password's shape.
const lettersPw = fake.from('bcdfghjklmnpqrstvwxz', 16);

describe('a typed password under a password name, in every syntax', () => {
  const cases: Array<[string, string, string, string]> = [
    ['dotenv', '.env', `REACT_APP_AUTH_PASSWORD=${digitsPw}\n`, digitsPw],
    ['dotenv, commented out', '.env', `# DB_PASS=${digitsPw}\n`, digitsPw],
    ['YAML', 'config.yml', `db:\n  my_password: "${symbolPw}"\n`, symbolPw],
    ['JSON', 'appsettings.json', `{"Api": {"AdminPassword": "${symbolPw}"}}`, symbolPw],
    ['Go :=', 'main.go', `my_password := "${symbolPw}"\n`, symbolPw],
    ['Perl =>', 'db.pl', `beta => { host => 'db', user => 'joe', password => '${digitsPw}', }\n`, digitsPw],
    ['Ruby symbol, aligned', 'database.rb', `  :password       => '${digitsPw}',\n`, digitsPw],
    ['Python keyword argument', 'client.py', `cred = UsernamePasswordCredential(\n    username='svc',\n    password='${symbolPw}9')\n`, `${symbolPw}9`],
    ['C# const', 'Certs.cs', `private const string PfxPassword = "${symbolPw}";\n`, symbolPw],
    ['.NET appSetting', 'web.config', `<add key="SmtpUser" value="mailer"/>\n<add key="SmtpPassword" value="${symbolPw}"/>\n`, symbolPw],
    ['letters that read as no words', '.env', `SMTP_PASSWORD=${lettersPw}\n`, lettersPw],
  ];
  it.each(cases)('%s', (_s, path, text, secret) => {
    expect(found(path, text).map(([, s]) => s)).toEqual([secret]);
  });

  it('is reported as a credential, not as a likely sample', () => {
    const [f] = detectText({ source: { path: '.env', origin: 'workspace' }, text: `DB_PASSWORD=${digitsPw}\n` });
    expect(f.detectorId).toBe('generic-secret-assignment');
    expect(f.facts.sample).toBeUndefined();
  });

  it("reads a connection string's Password key, not the line's first assignment", () => {
    const text = `Endpoint: Host=db.acme.test;User ID=app;Password=#${digitsPw};Pooling=true\n`;
    expect(found('notes.txt', text).map(([, s]) => s)).toEqual([`#${digitsPw}`]);
  });
});

describe('quotes', () => {
  it('a value runs to its own closing quote: a backtick inside single quotes is a character of it', () => {
    const v = `\`${fake.digits(3)}${digitsPw}`;
    expect(found('hosts.py', `hostname = '10.0.0.1'\npassword = '${v}'\n`).map(([, s]) => s)).toEqual([v]);
  });

  it("a Java literal inside a Groovy string is read inside its inner quotes (Android's buildConfigField)", () => {
    const v = fake.alnum(28) + fake.digits(4);
    expect(found('build.gradle', `buildConfigField 'String', 'ACME_API_KEY', '"${v}"'\n`).map(([, s]) => s)).toEqual([v]);
  });
});

describe('values under a password name that stand for one', () => {
  const cases: Array<[string, string]> = [
    ['the name said back', 'password = "Password123"'],
    ['a stand-in word', 'DB_PASSWORD=changeme'],
    ['one word', 'REACT_APP_PASS=whiteowls'],
    ['words joined', "password = 'open_sesame'"],
    ['a mask', 'password = "********"'],
    ['too short', 'password = "a1!"'],
    ['a template', 'password: "${DB_PASSWORD}"'],
    ['a shell variable', 'PASSWORD="$db_password"'],
    ['a Windows variable', 'password=%DB_PASSWORD%'],
    ['a Ruby interpolation', 'text << "Password=#{password}, "'],
    ['a variable in code', 'password = dbPasswordFromVault'],
    ['member access', 'password = env.ACME_TEST_PASSWORD'],
    ['a bare value with a variable inside', `password = ${symbolPw.replace(/[!#%]/, '$')}`],
    ['an e-mail address', 'server->password = "ftp@acme.test";'],
    ['a route', `put '/forgot-password' => "cms/sites/passwords#update"`],
    ['a label', 'passwordLabel:"Password:",rememberMeLabel:"Remember me:"'],
    ['a type', '  KdcAdminPassword: XmlStringMaxLen256;'],
    ['an HTML-escaped placeholder', '"password": "&lt;YOURPASSWORD&gt;"'],
    ['prose', 'The default password is "centipede" for the demo.'],
  ];
  it.each(cases)('%s', (_s, text) => {
    expect(found('example.txt', `${text}\n`)).toEqual([]);
  });
});

describe('credential constructors', () => {
  it.each([
    ['NetworkCredential', 'Mail.cs', `sender.Credentials = new NetworkCredential("ci@acme.test", "${lettersPw}");`, lettersPw],
    ['PowerShell NetworkCredential', 'get.ps1', `$wc.Credentials = new-object System.Net.NetworkCredential("ci", "${digitsPw}")`, digitsPw],
    ['DirectoryEntry over lines', 'Ldap.cs', `new DirectoryEntry("LDAP://dc.acme.test",\n    "ADMIN@ACME.TEST",\n    "${digitsPw}");`, digitsPw],
    ['HTTPBasicAuth', 'c.py', `auth = HTTPBasicAuth('svc', '${symbolPw}')`, symbolPw],
  ])('%s', (_s, path, text, secret) => {
    expect(found(path, text)).toEqual([['credential-constructor', secret]]);
  });

  it('leaves variables and stand-ins', () => {
    expect(found('a.cs', 'new NetworkCredential(user, password);\nnew DirectoryEntry(path, "CORP\\\\svc", "secret");\n')).toEqual([]);
  });
});

describe('Terraform variable defaults', () => {
  it('are named by the variable, for the generic detector', () => {
    const v = fake.alnum(36) + fake.digits(4);
    const text = `variable "acme_api_token" {\n  type      = string\n  sensitive = true\n  default   = "${v}"\n}\n`;
    expect(found('variables.tf', text)).toEqual([['generic-secret-assignment', v]]);
  });

  it("and for a provider's named detector", () => {
    const v = `00${fake.alnum(20)}-${fake.alnum(19)}`;
    expect(found('main.tf', `variable "corp_okta_api_token" { default = "${v}" }\n`)).toEqual([['okta-api-token', v]]);
  });

  it('a default under a name that is no secret is not one', () => {
    expect(found('variables.tf', `variable "region" {\n  default = "${fake.alnum(30)}9"\n}\n`)).toEqual([]);
  });
});

describe('typedPassword', () => {
  it('measures classes, not words', () => {
    expect(typedPassword(digitsPw, { quoted: true })).toBe(true);
    expect(typedPassword(symbolPw, { quoted: true })).toBe(true);
    expect(typedPassword(`Pass${fake.digits(3)}!@#`, { quoted: true })).toBe(true);
    expect(typedPassword('whiteowls', { quoted: true })).toBe(false);
    expect(typedPassword('Secret2024', { quoted: true })).toBe(false);
  });
});

describe('neverTypedPassword', () => {
  // Values of every length around the rule's bounds, drawn from letters and separators, and one character past them.
  const draw = (alphabet: string, n: number) => fake.from(alphabet, n);
  const values = Array.from({ length: 600 }, (_, i) => {
    const n = 6 + (i % 14);
    const kind = i % 5;
    if (kind === 0) return draw('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', n);
    if (kind === 1) return draw('bcdfghjklmnpqrstvwxzBCDFGHJ', n);
    if (kind === 2) return `${draw('abcdefghXYZ', n - 1)}${'_.-'[i % 3]}`;
    if (kind === 3) return `${draw('ghijklmnop', Math.max(1, n - 2))}${fake.digits(1)}x`;
    return `${draw('QRSTUVqrstuv', n - 1)}$`;
  });

  it('is true only where typedPassword says no in every syntax', () => {
    let settled = 0;
    for (const v of values) {
      if (!neverTypedPassword(v)) continue;
      settled++;
      for (const quoted of [true, false]) for (const spaced of [true, false]) expect(typedPassword(v, { quoted, spaced }), v).toBe(false);
    }
    expect(settled).toBeGreaterThan(200);
  });

  it('leaves what a person may have typed to typedPassword', () => {
    expect(neverTypedPassword('NextToken')).toBe(true);
    expect(neverTypedPassword('page_token_value')).toBe(true);
    expect(neverTypedPassword('vzihlaquknriqlht')).toBe(false);
    expect(neverTypedPassword(digitsPw)).toBe(false);
    expect(neverTypedPassword(symbolPw)).toBe(false);
  });

  it('settles short identifiers under a secret name the same as reading the name would', () => {
    // Under a password's name, a token's and a product key's, quoted and bare: none is a credential.
    for (const v of values.filter((x) => neverTypedPassword(x) && x.length < 16)) {
      for (const text of [`DB_PASSWORD=${v}\n`, `  "api_token": "${v}",\n`, `acmeSecretKey = '${v}'\n`, `password ${v}\n`]) {
        expect(found('.env', text), text).toEqual([]);
      }
    }
  });
});
