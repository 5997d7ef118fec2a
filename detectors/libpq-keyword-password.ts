import { IDENTITY } from './lib/url.js';
import { defineDetector, lineEndNear, lineNear, lineStartNear, type MatchInput, perText } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// libpq key/value connection strings: `host=localhost port=5432 dbname=mydb user=app password=…`; a value
// may be single-quoted, with \' and \\ escaped inside, and spaces around `=` are allowed
// (https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-KEYWORD-VALUE).
// psycopg, asyncpg, Npgsql-style DSNs and PG_DSN variables carry them. The pattern is the password pair
// alone (linear: the quoted and bare forms start with different characters); `check` wants another libpq
// keyword on the same line, so a lone `password=` is left to the generic detector.
const KEY = /(?:^|[\s"'`(,])(host|hostaddr|port|dbname|user|sslmode)[ \t]*=[ \t]*(?:'((?:[^'\\\r\n]|\\.)*)'|([^\s'"`\\,)]+))/g;

/** The keyword pairs within 1 KiB of the password on its line: a connection string is short, a long line is not one. */
function pairsOnLine(input: MatchInput): Record<string, string> {
  const line = lineNear(input.text, input.index);
  const out: Record<string, string> = {};
  for (const m of line.matchAll(KEY)) out[m[1]] ??= m[2] !== undefined ? unescapeValue(m[2]) : m[3];
  return out;
}

/** Where `host`, `dbname` or `user` occur in a text (once per text: a line of many `password=` reads it once). */
const keywordPlaces = (text: string) => Array.from(text.matchAll(/host|dbname|user/g), (m) => m.index);

/** Whether one of the keywords `check` wants is within `lineNear`'s reach of the password, on its line. */
function keywordNear(input: MatchInput): boolean {
  const places = perText(input.text, keywordPlaces, keywordPlaces);
  // The first place at most 1 KiB before (the reach of lineNear), then the line's exact bounds only if one is near.
  const reach = 1024;
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid] < input.index - reach) lo = mid + 1;
    else hi = mid;
  }
  if (lo === places.length || places[lo] >= input.index + reach) return false;
  const from = lineStartNear(input.text, input.index, reach);
  const to = lineEndNear(input.text, input.index, reach);
  for (let i = lo; i < places.length && places[i] < to; i++) if (places[i] >= from) return true;
  return false;
}

const unescapeValue = (s: string) => s.replace(/\\(.)/g, '$1');

/** The name the whole key/value string is assigned to, read before its first keyword on the line. */
function variableOfString(input: MatchInput): string | undefined {
  const line = input.text.slice(lineStartNear(input.text, input.index), input.index);
  const first = new RegExp(KEY.source).exec(line);
  const before = line.slice(0, first ? first.index + 1 : line.length);
  return /([A-Za-z_][A-Za-z0-9_.-]*)["'`]?[ \t]*(?::=|=>|=|:)[ \t]*["'`]?[ \t]*$/.exec(before)?.[1];
}

export default defineDetector({
  id: 'libpq-keyword-password',
  provider: 'postgres',
  tokenKind: 'connection-string',
  keywords: ['password=', 'password ='],
  // A bare value never starts with `>`: `password => '…'` is a Perl, Ruby or PHP hash pair.
  pattern: /(?:^|[\s"'`(,])password[ \t]*=[ \t]*(?:'((?:[^'\\\r\n]|\\.){1,256})'|(?<secret>(?!>)[^\s'"`\\,)]{1,256}))/gm,
  check: (secret, input) => {
    // Most `password=` lines are no connection string: settled without reading their pairs.
    if (!keywordNear(input)) return false;
    const pairs = pairsOnLine(input);
    return (pairs.host !== undefined || pairs.hostaddr !== undefined || pairs.dbname !== undefined || pairs.user !== undefined) && !/^\*+$/.test(secret);
  },
  enrich: (secret, input) => {
    const pairs = pairsOnLine(input);
    // The string's own variable (`PG_DSN="host=…`), not the libpq keyword before the password.
    input.variable = variableOfString(input);
    const facts: Record<string, string> = {};
    const host = (pairs.host ?? pairs.hostaddr ?? '').split(',')[0];
    if (host) facts.host = host.toLowerCase();
    if (pairs.port) facts.port = pairs.port.split(',')[0];
    if (pairs.dbname) facts.database = pairs.dbname;
    if (pairs.user) facts.user = pairs.user;
    if (pairs.sslmode) facts.sslmode = pairs.sslmode;
    const decoded = unescapeValue(secret);
    const parts: Record<string, string> = {};
    if (decoded !== secret) parts.decodedPassword = decoded;
    return { facts, parts };
  },
  fingerprintParts: IDENTITY,
  redaction: { kind: 'none' },
  docs: { url: 'https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-KEYWORD-VALUE', rotate: 'https://www.postgresql.org/docs/current/sql-alterrole.html' },
  examples: () => ({
    positive: [
      { text: (p) => `PG_DSN="host=db.prod.example.com port=5432 dbname=app user=app_rw password=${p} sslmode=require"`, secret: fake.password() },
      { text: (p) => `conn = psycopg2.connect("dbname=orders user=etl password=${p} host=10.0.4.2")`, secret: fake.password(24) },
      { text: (p) => `dsn: host=localhost user=postgres password = '${p}' dbname=test`, secret: `${fake.alnum(10)} ${fake.alnum(6)}\\'${fake.digits(3)}` },
    ],
    negative: [
      { text: 'PG_DSN="host=db user=app password=${PGPASSWORD}"', why: 'interpolated password' },
      { text: 'mysql --host=db --user=app --password=' + fake.alnum(16), why: 'command-line flags, not a libpq string' },
      { text: 'password=' + fake.alnum(16), why: 'no other libpq keyword on the line: the generic detector decides' },
      { text: "db => { host => 'db', user => 'app', password => 'x' }", why: "Perl's and Ruby's hash arrow `=>`, not a libpq `=`" },
    ],
  }),
});
