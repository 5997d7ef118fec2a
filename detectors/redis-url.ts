import * as fake from '../src/detect/fake.js';
import { connectionUrl } from './lib/url.js';

// redis://[user]:password@host:port[/db], TLS rediss:// (https://www.iana.org/assignments/uri-schemes/prov/redis; trufflehog pkg/detectors/redis).
export default connectionUrl({
  id: 'redis-url',
  provider: 'redis',
  tokenKind: 'connection-url',
  schemes: 'rediss?',
  keywords: ['redis://', 'rediss://'],
  emptyUser: true,
  docs: { url: 'https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/', rotate: 'https://redis.io/docs/latest/commands/acl-setuser/' },
  examples: () => ({
    positive: [
      { text: (p) => `REDIS_URL=redis://default:${p}@redis.railway.internal:6379`, secret: fake.password() },
      { text: (p) => `cache: "rediss://:${p}@cache-prod.abc123.use1.cache.amazonaws.com:6379/0"`, secret: fake.password(32) },
      { text: (p) => `const client = createClient({ url: 'redis://worker:${p}@10.0.0.9:6380' });`, secret: fake.password(12) },
    ],
    negative: [
      { text: 'REDIS_URL=redis://localhost:6379/0', why: 'no credentials' },
      { text: 'REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379', why: 'interpolated password' },
    ],
  }),
});
