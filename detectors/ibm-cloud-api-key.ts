import { defineNamedDetector } from './lib/named.js';

// IBM Cloud api keys: 44 base64url characters, found only where IBM Cloud's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://cloud.ibm.com/docs/account?topic=account-userapikey.
export default defineNamedDetector({
  id: 'ibm-cloud-api-key',
  provider: 'ibm-cloud',
  names: ['ibm', 'ibmcloud', 'ibm_cloud'],
  value: { alphabet: 'base64url', length: 44 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://cloud.ibm.com/docs/account?topic=account-userapikey', rotate: 'https://cloud.ibm.com/iam/apikeys' },
});
