import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ElevenLabs credentials are recognised by the name they are given (detectors/lib/named.ts); ElevenLabs is not asked yet.
export default offlineOnly({
  id: 'elevenlabs',
  name: 'ElevenLabs',
  because: 'an ElevenLabs API key recognised by the name it is given; ElevenLabs is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://elevenlabs.io/app/settings/api-keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege ElevenLabs offers.',
});
