import { defineNamedDetector } from './lib/named.js';

// Airbrake project keys: 32 lower-case hex, found only where Airbrake's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.airbrake.io/docs/devops-tools/api/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'airbrake-project-key',
  provider: 'airbrake',
  tokenKind: 'project-key',
  names: ['airbrake'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.airbrake.io/docs/devops-tools/api/', rotate: 'https://airbrake.io/' },
});
