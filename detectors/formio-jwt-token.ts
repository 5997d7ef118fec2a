import { defineNamedDetector } from './lib/named.js';

// Form.io session tokens: a JWT, found only where Form.io's name names the value (detectors/lib/named.ts).
// Form.io sessions are JWTs sent as x-jwt-token (https://apidocs.form.io/#authentication); under Form.io's name a signed JWT is one.
export default defineNamedDetector({
  id: 'formio-jwt-token',
  provider: 'formio',
  tokenKind: 'jwt-token',
  names: ['formio', 'form_io'],
  value: { alphabet: 'jwt' },
  docs: { url: 'https://apidocs.form.io/#authentication', rotate: 'https://portal.form.io/' },
});
