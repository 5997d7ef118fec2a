import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Mapbox tokens say their kind in the prefix: pk. public, sk. secret, tk. temporary
// (https://docs.mapbox.com/accounts/guides/tokens/). Secret tokens are sk. + base64url of a JSON object naming the
// account ({"u":…,"a":…}) + . + a 22-character signature (observed, UNCONFIRMED); the object is decoded and must
// name the user. Public tokens are meant to ship in clients and are not reported; secret ones can carry write and
// delete scopes (styles, tilesets, datasets).
function account(b64: string): string | undefined {
  try {
    const o = JSON.parse(Buffer.from(b64, 'base64url').toString('utf8')) as { u?: unknown };
    return typeof o?.u === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(o.u) ? o.u : undefined;
  } catch {
    return undefined;
  }
}

const token = (user: string) => `sk.${Buffer.from(JSON.stringify({ u: user, a: fake.lowerAlnum(25) })).toString('base64url')}.${fake.base64url(22)}`;

export default defineDetector({
  id: 'mapbox-secret-token',
  provider: 'mapbox',
  tokenKind: 'secret-token',
  keywords: ['sk.eyj'],
  pattern: /\b(sk\.eyJ[A-Za-z0-9_-]{10,300}\.[A-Za-z0-9_-]{20,30})(?![A-Za-z0-9_.-])/g,
  check: (secret) => account(secret.slice(3, secret.lastIndexOf('.'))) !== undefined,
  enrich: (secret) => {
    const user = account(secret.slice(3, secret.lastIndexOf('.')));
    return user ? { facts: { user } } : {};
  },
  redaction: { kind: 'prefix', prefix: /^sk\./ },
  docs: { url: 'https://docs.mapbox.com/accounts/guides/tokens/', rotate: 'https://account.mapbox.com/access-tokens/' },
  examples: () => ({
    positive: [
      { text: (t) => `MAPBOX_DOWNLOADS_TOKEN=${t}`, secret: token('acme'), variable: 'MAPBOX_DOWNLOADS_TOKEN' },
      { text: (t) => `mapbox:\n  secret_token: ${t}\n`, secret: token('acme-maps'), path: 'config/maps.yml' },
      { text: (t) => `{"mcpServers":{"mapbox":{"env":{"MAPBOX_ACCESS_TOKEN":"${t}"}}}}`, secret: token('acme') },
    ],
    negative: [
      { text: `MAPBOX_TOKEN=sk.eyJ${fake.base64url(60)}.${fake.base64url(22)}`, why: 'does not decode to an object naming a user' },
      { text: `MAPBOX_TOKEN=pk.${Buffer.from(JSON.stringify({ u: 'acme', a: 'x' })).toString('base64url')}.${fake.base64url(22)}`, why: 'a public token, meant for clients' },
    ],
  }),
});
