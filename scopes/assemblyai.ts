import { offlineOnly } from './lib/offline-only.js';

// Offline-only: AssemblyAI credentials are recognised by the name they are given (detectors/lib/named.ts); AssemblyAI is not asked yet.
export default offlineOnly({
  id: 'assemblyai',
  name: 'AssemblyAI',
  because: 'an AssemblyAI API key recognised by the name it is given; AssemblyAI is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.assemblyai.com/app/api-keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege AssemblyAI offers.',
});
