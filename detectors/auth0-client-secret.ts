import { defineNamedDetector } from './lib/named.js';
import { hostBeside, tenantHostPattern } from './lib/tenant-host.js';

// Auth0 client secrets: 64 URL-safe base64 characters, found only where Auth0's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://auth0.com/docs/get-started/applications/application-settings does not state the length or alphabet; the shape is the one keys are issued in.
// Each tenant has its own host, {tenant}.auth0.com or {tenant}.{region}.auth0.com
// (https://auth0.com/docs/get-started/tenant-settings/find-your-tenant-name-or-tenant-id): the one written beside the
// secret (AUTH0_DOMAIN, AUTH0_ISSUER_BASE_URL) and the application's client id (AUTH0_CLIENT_ID, 32 characters) are
// what the resolver needs. Two tenants or two client ids beside it: neither is read.
const TENANT = tenantHostPattern(['auth0.com', 'us.auth0.com', 'eu.auth0.com', 'au.auth0.com', 'jp.auth0.com', 'uk.auth0.com', 'ca.auth0.com']);
const CLIENT_ID = /auth0[_-]?client[_-]?id["']?\s{0,4}[:=]\s{0,4}["']?([A-Za-z0-9]{32})(?![A-Za-z0-9])/gi;

export default defineNamedDetector({
  id: 'auth0-client-secret',
  provider: 'auth0',
  tokenKind: 'client-secret',
  names: ['auth0'],
  value: { alphabet: 'base64url', length: 64 },
  unconfirmed: 'the docs do not state the length or alphabet',
  beside: (input) => {
    // A regional host (acme.us.auth0.com) also reads as one label under us.auth0.com only: keep the longest.
    const tenant = hostBeside(input.text, TENANT);
    const ids = new Set([...input.text.matchAll(CLIENT_ID)].map((m) => m[1]));
    return { ...(tenant ? { tenant } : {}), ...(ids.size === 1 ? { clientId: [...ids][0] } : {}) };
  },
  docs: { url: 'https://auth0.com/docs/get-started/applications/application-settings', rotate: 'https://manage.auth0.com/' },
});
