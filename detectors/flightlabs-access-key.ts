import { defineNamedDetector } from './lib/named.js';

// FlightLabs access keys: a JWT, found only where FlightLabs's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.goflightlabs.com/documentation does not state the key format (keys are issued as JWTs); the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'flightlabs-access-key',
  provider: 'flightlabs',
  tokenKind: 'access-key',
  names: ['flightlabs', 'goflightlabs'],
  value: { alphabet: 'jwt' },
  unconfirmed: 'the docs do not state the key format (keys are issued as JWTs)',
  docs: { url: 'https://www.goflightlabs.com/documentation', rotate: 'https://app.goflightlabs.com/dashboard' },
});
