import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// crates.io API tokens (https://doc.rust-lang.org/cargo/reference/publishing.html, CARGO_REGISTRY_TOKEN) are cio
// followed by 32 alphanumerics, as observed (prefix and length UNCONFIRMED by the Cargo book). A token without
// endpoint scopes publishes, yanks and changes owners of every crate its user owns.
export default defineDetector({
  id: 'crates-io-api-token',
  provider: 'crates-io',
  tokenKind: 'api-token',
  keywords: ['cio'],
  pattern: /\b(cio[A-Za-z0-9]{32})\b/g,
  // The pattern runs only around its keywords (Detector.near): every match opens on its prefix, the keyword.
  near: { from: 0, to: 0, reach: 37 },
  check: (secret) => randomBody(secret.slice(3), 3.5) && /[0-9]/.test(secret.slice(3)) && /[A-Z]/.test(secret.slice(3)),
  redaction: { kind: 'prefix', prefix: /^cio/ },
  docs: { url: 'https://doc.rust-lang.org/cargo/reference/publishing.html', rotate: 'https://crates.io/settings/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `CARGO_REGISTRY_TOKEN=${t}`, secret: 'cio' + fake.alnum(32), variable: 'CARGO_REGISTRY_TOKEN' },
      { text: (t) => `[registry]\ntoken = "${t}"\n`, secret: 'cio' + fake.alnum(32), path: '.cargo/credentials.toml' },
      { text: (t) => `cargo publish --token ${t}`, secret: 'cio' + fake.alnum(32) },
    ],
    negative: [
      { text: 'let ciosdkversionnumberformatterx = 1;', why: 'an identifier with the same start' },
      { text: `CARGO_REGISTRY_TOKEN=cio${fake.alnum(20)}`, why: 'near miss: 20 characters after cio' },
    ],
  }),
});
