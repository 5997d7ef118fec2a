import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// A PubNub publish key "starts with pub-c-" and "authorizes sending messages" (https://www.pubnub.com/docs/general/portal/keysets);
// the UUID after the prefix is observed (UNCONFIRMED). It is reported because it writes: without
// Access Manager, whoever holds it publishes (and, with the subscribe key, signals and sends files) into every channel
// of the keyset. The subscribe key (sub-c-) is not reported: it only reads, it is meant to ship in every client, and
// it is no credential when Access Manager is on.
const key = () => `pub-c-${fake.uuid()}`;

export default defineDetector({
  id: 'pubnub-publish-key',
  provider: 'pubnub',
  tokenKind: 'publish-key',
  keywords: ['pub-c-'],
  pattern: /(?<![A-Za-z0-9_-])(pub-c-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])/g,
  enrich: () => ({ facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^pub-c-/ },
  docs: { url: 'https://www.pubnub.com/docs/general/portal/keysets', rotate: 'https://admin.pubnub.com/' },
  examples: () => ({
    positive: [
      { text: (t) => `PUBNUB_PUBLISH_KEY=${t}`, secret: key(), variable: 'PUBNUB_PUBLISH_KEY' },
      { text: (t) => `pubnub = PubNub(pnconfig)\npnconfig.publish_key = "${t}"\n`, secret: key(), path: 'bot.py' },
      { text: (t) => `{"pubnub":{"publishKey":"${t}","subscribeKey":"sub-c-${fake.uuid()}"}}`, secret: key() },
    ],
    negative: [
      { text: `PUBNUB_SUBSCRIBE_KEY=sub-c-${fake.uuid()}`, why: 'a subscribe key only reads and ships in every client' },
      { text: `PUBNUB_PUBLISH_KEY=pub-c-${fake.hex(32)}`, why: 'near miss: not the UUID form' },
    ],
  }),
});
