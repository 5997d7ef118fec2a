import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Ionic (Appflow) personal access tokens, used by the Ionic/Appflow CLI as IONIC_TOKEN (https://ionic.io/docs/appflow/deploy/cli),
// start ion_. Neither the prefix's grammar nor the body's length (about 42 alphanumerics as issued) is documented
// (UNCONFIRMED): mixed case and a digit are required against identifiers such as ion_channel_….
export default defineDetector({
  id: 'ionic-pat',
  provider: 'ionic',
  tokenKind: 'personal-access-token',
  keywords: ['ion_'],
  pattern: /\b(ion_[A-Za-z0-9]{38,46})(?![A-Za-z0-9_-])/g,
  // The pattern runs only around its keywords (Detector.near): every match opens on its prefix, the keyword.
  near: { from: 0, to: 0, reach: 52 },
  check: (secret) => randomBody(secret.slice(4), 3.5) && /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(4)) && /[0-9]/.test(secret),
  enrich: () => ({ facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^ion_/ },
  docs: { url: 'https://ionic.io/docs/appflow/deploy/cli', rotate: 'https://dashboard.ionicframework.com/settings/personal-access-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `IONIC_TOKEN=${t}`, secret: 'ion_' + fake.alnum(40) + 'aZ', variable: 'IONIC_TOKEN' },
      { text: (t) => `appflow build --token ${t}`, secret: 'ion_' + fake.alnum(40) + 'aZ' },
      { text: (t) => `{"env": {"IONIC_TOKEN": "${t}"}}`, secret: 'ion_' + fake.alnum(40) + 'aZ' },
    ],
    negative: [
      { text: 'const key = ion_' + 'abcdefgh'.repeat(5), why: 'one letter case, no digit: an identifier, not a token' },
      { text: `IONIC_TOKEN=ion_${fake.alnum(20)}`, why: 'near miss: 20 characters after the prefix' },
    ],
  }),
});
