import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Voiceflow credentials are recognised by their documented shape; Voiceflow is not asked yet.
export default offlineOnly({
  id: 'voiceflow',
  name: 'Voiceflow',
  because: 'a Voiceflow Dialog Manager API key recognised by its VF.DM. prefix; Voiceflow is not asked, so which project it reaches is unknown',
  remediation:
    'Create a secondary key, move the integration to it, promote it and delete the old one (https://docs.voiceflow.com/api-reference/authentication); keep the new key in a secret store the agent cannot read.',
});
