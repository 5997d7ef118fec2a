import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Doppler tokens are recognised by their documented prefixes; this tool does not ask Doppler yet.
export default offlineOnly({
  id: 'doppler',
  name: 'Doppler',
  because: 'a Doppler token: CLI and personal tokens read and write every project and config of the account; a service token reaches one config',
  remediation: 'Give the agent a read-only service token for the one config it needs, kept out of files it reads, and revoke this one at https://dashboard.doppler.com/workplace/tokens.',
});
