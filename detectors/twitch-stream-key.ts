import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// A Twitch stream key is the password an encoder (OBS, ffmpeg) streams to a channel with
// (https://help.twitch.tv/s/article/twitch-stream-key-faq). Keys read live_ + the channel's numeric user id + _ + 30
// base62 characters (observed, UNCONFIRMED: Twitch does not document the layout). Whoever holds one broadcasts as the
// channel until the key is reset.
export default defineDetector({
  id: 'twitch-stream-key',
  provider: 'twitch',
  tokenKind: 'stream-key',
  keywords: ['live_'],
  pattern: /(?<![A-Za-z0-9_-])(live_[0-9]{5,12}_[A-Za-z0-9]{30})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(-30), 3.5),
  enrich: (secret) => ({ facts: { user: `twitch user ${secret.split('_')[1]}`, shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^live_[0-9]{5,12}_/ },
  docs: { url: 'https://help.twitch.tv/s/article/twitch-stream-key-faq', rotate: 'https://dashboard.twitch.tv/settings/stream' },
  examples: () => ({
    positive: [
      { text: (t) => `STREAM_KEY=${t}`, secret: `live_${fake.digits(9)}_${fake.alnum(30)}`, variable: 'STREAM_KEY' },
      { text: (t) => `ffmpeg -i in.mp4 -f flv rtmp://live.twitch.tv/app/${t}`, secret: `live_${fake.digits(8)}_${fake.alnum(30)}`, path: 'stream.sh' },
      { text: (t) => `{"settings": {"service": "Twitch", "key": "${t}"}}`, secret: `live_${fake.digits(9)}_${fake.alnum(30)}`, path: 'service.json' },
    ],
    negative: [
      { text: `STREAM_KEY=live_${fake.digits(9)}_${fake.alnum(20)}`, why: 'near miss: a 20-character key part' },
      { text: 'is_live_123456_abcdefghijklmnopqrstuvwxyzabcd = True', why: 'an identifier, not a key' },
      { text: `STREAM_KEY=live_${fake.digits(9)}_${'x'.repeat(30)}`, why: 'not random: one character repeated' },
    ],
  }),
});
