import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Each PubNub keyset has a publish, a subscribe and a secret key (https://www.pubnub.com/docs/general/portal/keysets);
// the docs name the pub-c- and sub-c- prefixes, not the secret key's: sec-c- and a base64 body of 40 to 64 characters
// are observed (UNCONFIRMED). It signs Access Manager grants, so whoever holds it
// gives itself read, write and delete on every channel of the keyset, and deletes stored messages.
const key = () => `sec-c-${fake.alnum(48)}`;

export default defineDetector({
  id: 'pubnub-secret-key',
  provider: 'pubnub',
  tokenKind: 'secret-key',
  keywords: ['sec-c-'],
  pattern: /(?<![A-Za-z0-9_-])(sec-c-[A-Za-z0-9+/]{40,64}={0,2})(?![A-Za-z0-9_+/=-])/g,
  check: (secret) => randomBody(secret.slice(6).replace(/=+$/, ''), 3.5),
  enrich: () => ({ facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^sec-c-/ },
  docs: { url: 'https://www.pubnub.com/docs/general/portal/keysets', rotate: 'https://admin.pubnub.com/' },
  examples: () => ({
    positive: [
      { text: (t) => `PUBNUB_SECRET_KEY=${t}`, secret: key(), variable: 'PUBNUB_SECRET_KEY' },
      { text: (t) => `const pubnub = new PubNub({ subscribeKey: SUB, publishKey: PUB, secretKey: '${t}', userId: 'server' });`, secret: key(), path: 'server.js' },
      { text: (t) => `pubnub:\n  secret_key: "${t}"\n`, secret: key() },
    ],
    negative: [
      { text: `PUBNUB_SECRET_KEY=sec-c-${fake.alnum(20)}`, why: 'near miss: 20 characters after the prefix' },
      { text: `PUBNUB_SECRET_KEY=sec-c-${'A'.repeat(48)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});
