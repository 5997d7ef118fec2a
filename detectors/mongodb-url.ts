import * as fake from '../src/detect/fake.js';
import { connectionUrl } from './lib/url.js';

// mongodb:// and mongodb+srv:// with user:password@ (https://www.mongodb.com/docs/manual/reference/connection-string-formats/).
export default connectionUrl({
  id: 'mongodb-url',
  provider: 'mongodb',
  tokenKind: 'connection-url',
  schemes: 'mongodb(?:\\+srv)?',
  keywords: ['mongodb://', 'mongodb+srv://'],
  docs: { url: 'https://www.mongodb.com/docs/manual/reference/connection-string-formats/', rotate: 'https://www.mongodb.com/docs/manual/reference/method/db.changeUserPassword/' },
  examples: () => ({
    positive: [
      { text: (p) => `MONGO_URL=mongodb+srv://admin:${p}@cluster0.ab1cd.mongodb.net/prod?retryWrites=true`, secret: fake.password() },
      { text: (p) => `mongo:\n  uri: mongodb://app:${p}@mongo-1:27017,mongo-2:27017/app?replicaSet=rs0`, secret: fake.password(15) },
      { text: (p) => `client = MongoClient("mongodb://reporter:${p}@10.0.0.7/reports")`, secret: fake.password(30) },
    ],
    negative: [
      { text: 'MONGO_URL=mongodb://<user>:<password>@cluster0.mongodb.net/test', why: 'angle-bracket placeholders' },
      { text: 'MONGO_URL=mongodb://localhost:27017/test', why: 'no credentials' },
    ],
  }),
});
