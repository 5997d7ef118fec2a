import * as fake from '../src/detect/fake.js';
import { connectionUrl } from './lib/url.js';

// libpq connection URIs: postgresql:// or postgres://, user:password@host (https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS);
// SQLAlchemy names the driver after a `+` (postgresql+psycopg2://, postgresql+asyncpg://;
// https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls), and Django/GeoDjango settings use postgis://.
// libpq's own examples (`user:secret@localhost`) are its documentation's placeholder and stay refused.
export default connectionUrl({
  id: 'postgres-url',
  provider: 'postgres',
  tokenKind: 'connection-url',
  schemes: 'postgres(?:ql)?(?:\\+[a-z0-9]{1,20})?|postgis',
  keywords: ['postgres://', 'postgresql://', 'postgresql+', 'postgres+', 'postgis://'],
  docs: { url: 'https://www.postgresql.org/docs/current/libpq-connect.html', rotate: 'https://www.postgresql.org/docs/current/sql-alterrole.html' },
  examples: () => ({
    positive: [
      { text: (p) => `DATABASE_URL=postgres://postgres:${p}@db.prod.example.com:5432/app`, secret: fake.password() },
      { text: (p) => `  url: "postgresql://app_rw:${p}@10.0.3.4/orders?sslmode=require"`, secret: fake.password(24) },
      { text: (p) => `DB = 'postgres://deploy:${p}@pg.staging.internal:6543/main'`, secret: encodeURIComponent(fake.password(16) + '@/') },
      { text: (p) => `SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://etl:${p}@warehouse.acme-corp.io/dw"`, secret: fake.password(18) },
      { text: (p) => `DATABASE_URL=postgis://geo:${p}@gis-db.internal:5432/maps`, secret: fake.alnum(16) },
    ],
    negative: [
      { text: 'DATABASE_URL=postgres://postgres:${PGPASSWORD}@localhost:5432/app', why: 'interpolated password' },
      { text: 'DATABASE_URL=postgres://localhost:5432/app', why: 'no userinfo at all' },
      { text: 'url: postgres://user:password@host/db', why: 'documentation placeholder password' },
    ],
  }),
});
