import { defineDetector, lineStartNear } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { safeDecode, IDENTITY } from './lib/url.js';

// JDBC URLs carry the password as a parameter: jdbc:postgresql://host/db?user=…&password=…
// (https://jdbc.postgresql.org/documentation/use/), jdbc:mysql://…?password= , jdbc:sqlserver://…;password=
// The pattern is the parameter alone (linear); `check` requires a jdbc: URL earlier on the same line.
const URL_START = /jdbc:([a-z0-9]{2,20})(?::[a-z]{1,10})?:(?:\/\/|@)([^\s"'`/?;:]{1,255})[^\s"'`]*$/i;

function jdbcBefore(text: string, index: number): RegExpExecArray | null {
  return URL_START.exec(text.slice(lineStartNear(text, index, 600), index));
}

export default defineDetector({
  id: 'jdbc-url',
  provider: 'jdbc',
  tokenKind: 'connection-url',
  keywords: ['jdbc:'],
  pattern: /[?&;]password=([^&;\s"'`<>]{4,256})/gi,
  check: (_secret, input) => jdbcBefore(input.text, input.index) !== null,
  enrich: (_secret, input) => {
    const m = jdbcBefore(input.text, input.index)!;
    const user = /[?&;]user(?:name)?=([^&;\s"'`]+)/i.exec(m[0]);
    const facts: Record<string, string> = { scheme: `jdbc:${m[1].toLowerCase()}`, host: m[2].toLowerCase() };
    if (user) facts.user = safeDecode(user[1]);
    // Port and database follow the host (`//host:5432/app`); sslmode / ssl / useSSL say whether TLS is asked for.
    const where = /^[^/]*\/\/[^\s"'`/?;:]+(?::(\d{1,5}))?(?:\/([^?;\s"'`&]+))?/.exec(m[0]);
    if (where?.[1]) facts.port = where[1];
    if (where?.[2]) facts.database = safeDecode(where[2]);
    const tls = /[?&;](?:sslmode|ssl|useSSL|sslMode)=([^&;\s"'`]+)/.exec(m[0]);
    if (tls) facts.sslmode = tls[1];
    return { facts };
  },
  fingerprintParts: IDENTITY,
  redaction: { kind: 'none' },
  docs: { url: 'https://jdbc.postgresql.org/documentation/use/', rotate: 'https://www.postgresql.org/docs/current/sql-alterrole.html' },
  examples: () => ({
    positive: [
      { text: (p) => `spring.datasource.url=jdbc:postgresql://db.prod.example.com:5432/app?user=app&password=${p}`, secret: fake.password() },
      { text: (p) => `<property name="url" value="jdbc:mysql://10.0.0.5:3306/shop?useSSL=true&amp;password=${p}"/>`, secret: fake.alnum(14) },
      { text: (p) => `DB_URL="jdbc:sqlserver://sql01:1433;databaseName=erp;user=sa;password=${p}"`, secret: fake.password(19) },
    ],
    negative: [
      { text: 'spring.datasource.url=jdbc:postgresql://localhost:5432/app', why: 'no password parameter' },
      { text: 'login?user=app&password=' + 'Zq8' + 'xV2pLm9', why: 'a password parameter outside a JDBC URL' },
    ],
  }),
});
