import { defineUrlTokenDetector } from './lib/url-token.js';

// ThingsBoard's device APIs put the device's access token in the path: `/api/v1/$ACCESS_TOKEN/telemetry` over HTTP,
// CoAP and the like (https://thingsboard.io/docs/reference/http-api/); generated tokens are 20 alphanumerics (observed,
// UNCONFIRMED). Only ThingsBoard's own cloud hosts are recognised; a self-hosted server's URL names no provider.
// Whoever holds it publishes telemetry and attributes as the device.
export default defineUrlTokenDetector({
  id: 'thingsboard-access-token',
  provider: 'thingsboard',
  tokenKind: 'device-token',
  host: '(?:[a-z0-9-]+\\.)*thingsboard\\.(?:cloud|io)',
  exampleHost: 'thingsboard.cloud',
  keywords: ['thingsboard.'],
  at: { path: '/api/v1/', after: '/(?:telemetry|attributes|rpc|claim|firmware|software)', afterExample: '/telemetry' },
  value: { cls: 'A-Za-z0-9', length: [20, 20], chars: 'abcdefghijklmnopqrstuvwxyz0123456789' },
  unconfirmed: 'the token length is not stated',
  docs: { url: 'https://thingsboard.io/docs/reference/http-api/', rotate: 'https://thingsboard.io/docs/user-guide/ui/devices/' },
});
