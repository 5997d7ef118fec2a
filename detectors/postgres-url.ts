import * as fake from '../src/detect/fake.js';
import { connectionUrl } from './lib/url.js';

// libpq connection URIs: postgresql:// or postgres://, user:password@host (https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS).
export default connectionUrl({
  id: 'postgres-url',
  provider: 'postgres',
  tokenKind: 'connection-url',
  schemes: 'postgres(?:ql)?',
  keywords: ['postgres://', 'postgresql://'],
  docs: { url: 'https://www.postgresql.org/docs/current/libpq-connect.html', rotate: 'https://www.postgresql.org/docs/current/sql-alterrole.html' },
  examples: () => ({
    positive: [
      { text: (p) => `DATABASE_URL=postgres://postgres:${p}@db.prod.example.com:5432/app`, secret: fake.password() },
      { text: (p) => `  url: "postgresql://app_rw:${p}@10.0.3.4/orders?sslmode=require"`, secret: fake.password(24) },
      { text: (p) => `DB = 'postgres://deploy:${p}@pg.staging.internal:6543/main'`, secret: encodeURIComponent(fake.password(16) + '@/') },
    ],
    negative: [
      { text: 'DATABASE_URL=postgres://postgres:${PGPASSWORD}@localhost:5432/app', why: 'interpolated password' },
      { text: 'DATABASE_URL=postgres://localhost:5432/app', why: 'no userinfo at all' },
      { text: 'url: postgres://user:password@host/db', why: 'documentation placeholder password' },
    ],
  }),
});
