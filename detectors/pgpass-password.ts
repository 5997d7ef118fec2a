import { IDENTITY } from './lib/url.js';
import { defineDetector, lineStartNear } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// ~/.pgpass lines: hostname:port:database:username:password (https://www.postgresql.org/docs/current/libpq-pgpass.html).
function fields(text: string, index: number): string[] | undefined {
  const line = text.slice(lineStartNear(text, index, 1024), index - 1);
  if (line.startsWith('#')) return undefined;
  const f = line.split(':');
  return f.length === 4 && f.every((x) => x.length > 0) && /^(?:\d{1,5}|\*)$/.test(f[1]) ? f : undefined;
}

export default defineDetector({
  id: 'pgpass-password',
  provider: 'postgres',
  tokenKind: 'pgpass-entry',
  keywords: ['pgpass'],
  paths: /(^|\/)\.?pgpass$/,
  pattern: /:([^:\r\n]{1,256})$/gm,
  // The last field of a line (linear: the class stops at every colon); `check` wants five fields and a port.
  check: (_secret, input) => fields(input.text, input.index) !== undefined,
  enrich: (_secret, input) => {
    const [host, port, database, user] = fields(input.text, input.index)!;
    return { facts: { host, port, database, user } };
  },
  fingerprintParts: IDENTITY,
  redaction: { kind: 'none' },
  docs: { url: 'https://www.postgresql.org/docs/current/libpq-pgpass.html', rotate: 'https://www.postgresql.org/docs/current/sql-alterrole.html' },
  examples: () => ({
    positive: [
      { text: (p) => `db.prod.example.com:5432:app:postgres:${p}\n`, secret: fake.password(), path: '.pgpass' },
      { text: (p) => `# staging\nlocalhost:*:*:deploy:${p}\n`, secret: fake.alnum(24), path: 'home/.pgpass' },
      { text: (p) => `10.0.0.3:6432:orders:app_rw:${p}`, secret: fake.password(30), path: 'pgpass' },
    ],
    negative: [
      { text: 'localhost:5432:app:postgres:<password>', why: 'placeholder', path: '.pgpass' },
      { text: 'a:b:c:d:e', why: 'port must be digits or *', path: '.pgpass' },
    ],
  }),
});
