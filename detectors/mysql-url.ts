import * as fake from '../src/detect/fake.js';
import { connectionUrl } from './lib/url.js';

// mysql://user:pass@host:3306/db (driver convention; Railway exposes MYSQL_URL, railwayapp/docs databases/mysql.md).
export default connectionUrl({
  id: 'mysql-url',
  provider: 'mysql',
  tokenKind: 'connection-url',
  schemes: 'mysql|mariadb|mysql2|mysql\\+pymysql|mysqlx',
  keywords: ['mysql://', 'mariadb://', 'mysql2://', 'mysql+pymysql://', 'mysqlx://'],
  docs: { url: 'https://dev.mysql.com/doc/refman/8.4/en/connecting-using-uri-or-key-value-pairs.html', rotate: 'https://dev.mysql.com/doc/refman/8.4/en/alter-user.html' },
  examples: () => ({
    positive: [
      { text: (p) => `MYSQL_URL=mysql://root:${p}@mysql.railway.internal:3306/railway`, secret: fake.password() },
      { text: (p) => `"url": "mariadb://shop:${p}@db-prod.example.net/shop"`, secret: fake.password(18) },
      { text: (p) => `SQLALCHEMY_DATABASE_URI = "mysql+pymysql://etl:${p}@10.1.2.3:3306/warehouse"`, secret: fake.password(22) },
    ],
    negative: [
      { text: 'MYSQL_URL=mysql://root:$MYSQL_ROOT_PASSWORD@db:3306/app', why: 'shell variable as password' },
      { text: 'MYSQL_URL=mysql://db:3306/app', why: 'no credentials in the URL' },
    ],
  }),
});
