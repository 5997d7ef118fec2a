import { defineNamedDetector } from './lib/named.js';

// Infura project secrets: 32 lower-case hex, found only where Infura's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.infura.io/api/networks/ethereum/how-to/secure-a-project/project-secret does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'infura-project-secret',
  provider: 'infura',
  tokenKind: 'project-secret',
  names: ['infura'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.infura.io/api/networks/ethereum/how-to/secure-a-project/project-secret', rotate: 'https://app.infura.io/' },
});
