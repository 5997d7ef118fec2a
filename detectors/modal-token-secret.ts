import { defineNamedDetector } from './lib/named.js';

// Modal authenticates with a token id and a token secret (`modal token set --token-id … --token-secret …`,
// MODAL_TOKEN_ID / MODAL_TOKEN_SECRET, https://modal.com/docs/reference/cli/token). The secret reads as- and 22
// alphanumerics, the id ak- (prefixes as shown by Modal's dashboard and integrations, length observed, UNCONFIRMED),
// so the secret is found only where Modal's name names it (detectors/lib/named.ts). With its id it deploys and stops
// apps, runs functions on the workspace's bill and reads its secrets and volumes.
export default defineNamedDetector({
  id: 'modal-token-secret',
  provider: 'modal',
  tokenKind: 'token-secret',
  names: ['modal'],
  value: { alphabet: 'alnum', length: 25, prefix: 'as-' },
  unconfirmed: 'the docs do not state the as- prefix or the length',
  docs: { url: 'https://modal.com/docs/reference/cli/token', rotate: 'https://modal.com/settings/tokens' },
});
