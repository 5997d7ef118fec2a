import { defineDetector, lineNear, type MatchInput } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { IDENTITY } from './lib/url.js';

// ADO.NET, OLE DB and ODBC connection strings: `key=value` pairs separated by `;`, the password under
// `Password` or `Pwd`, beside `Server`/`Data Source`, `User ID`/`Uid`, `Database`/`Initial Catalog`, `Driver`, `Provider`
// (https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax,
// https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring,
// https://learn.microsoft.com/en-us/sql/odbc/reference/syntax/sqldriverconnect-function).
// The pattern is the password pair alone (linear); `check` wants the pair to end at `;` or follow one, and
// another connection-string keyword on the same line.
const KEY = /(?:^|[;"'\s])(server|data source|address|addr|network address|host|user id|userid|uid|user|username|database|initial catalog|provider|driver|dsn)[ \t]*=[ \t]*([^;"'\r\n]*)/gi;

function pairsOnLine(input: MatchInput): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of lineNear(input.text, input.index).matchAll(KEY)) out[m[1].toLowerCase()] ??= m[2].trim();
  return out;
}

// Interpolations the shared placeholder test does not know (Ruby `#{…}`, PowerShell `$(…)`, .NET `{0}`, `%s`),
// and values that name the field instead of filling it (`Password=password`, `Pwd=myPassword`).
const STAND_IN = /#\{|\$\(|^\{\d+\}$|%s|^@\w+$|^(?:my|the|db)?_?(?:password|passwd|pwd|pass|pw)\d?$/i;

export default defineDetector({
  id: 'connection-string-password',
  provider: 'connection-string',
  tokenKind: 'connection-string',
  keywords: ['password=', 'password =', 'pwd=', 'pwd ='],
  pattern: /(?:^|[;"'\s])(?:password|pwd)[ \t]*=[ \t]*(?<secret>[^;"'\s<>{}][^;"'\s<>]{0,255})/gim,
  // The pattern runs only around its keywords (Detector.near): every match opens on the key's name or the separator before it.
  near: { keywords: ['password', 'pwd'], from: -1, to: 0, reach: 300 },
  check: (secret, input) => {
    if (STAND_IN.test(secret)) return false;
    const m = input.match;
    const before = input.text.slice(Math.max(0, m.index - 2), m.index + 1);
    const after = input.text[input.index + secret.length];
    if (after !== ';' && !/;[ \t]*.?$/.test(before)) return false;
    const pairs = pairsOnLine(input);
    return Object.keys(pairs).length > 0;
  },
  enrich: (_secret, input) => {
    const pairs = pairsOnLine(input);
    const facts: Record<string, string> = {};
    const server = pairs.server ?? pairs['data source'] ?? pairs.address ?? pairs.addr ?? pairs['network address'] ?? pairs.host;
    // `tcp:host,1433` and `host\instance`: the host is what comes before the port or instance.
    const host = server?.replace(/^(?:tcp|np|lpc):/i, '').split(/[,\\]/)[0];
    if (host) facts.host = host.toLowerCase();
    const port = server?.split(',')[1];
    if (port && /^\d{1,5}$/.test(port.trim())) facts.port = port.trim();
    const user = pairs['user id'] ?? pairs.userid ?? pairs.uid ?? pairs.user ?? pairs.username;
    if (user) facts.user = user;
    const db = pairs.database ?? pairs['initial catalog'];
    if (db) facts.database = db;
    return { facts };
  },
  fingerprintParts: IDENTITY,
  redaction: { kind: 'none' },
  docs: {
    url: 'https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax',
    rotate: 'change the login password on the server (ALTER LOGIN … WITH PASSWORD) and move the string to a secret store',
  },
  examples: () => ({
    positive: [
      { text: (p) => `"DefaultConnection": "Server=tcp:sql-prod.acme-corp.io,1433;Initial Catalog=orders;User ID=app;Password=${p};Encrypt=True;"`, secret: fake.password() },
      { text: (p) => `<add name="Erp" connectionString="Data Source=10.0.4.12\\ERP;Initial Catalog=erp;User Id=erp_rw;Password=${p}" />`, secret: fake.password(16) },
      { text: (p) => `conn = pyodbc.connect("DRIVER={ODBC Driver 18 for SQL Server};SERVER=db01;DATABASE=hr;UID=hr_app;PWD=${p}")`, secret: fake.alnum(18) },
    ],
    negative: [
      { text: 'Server=db01;Database=hr;User Id=app;Password=${DB_PASSWORD};', why: 'interpolated password' },
      { text: 'Server=myServerAddress;Database=myDataBase;User Id=myUsername;Pwd=myPassword;', why: 'the value names the field' },
      { text: 'text << "Password=#{password}, "', why: 'Ruby interpolation, and no connection string' },
      { text: 'Server=db01;Database=hr;Integrated Security=SSPI;', why: 'no password at all' },
    ],
  }),
});
