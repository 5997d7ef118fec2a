import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Frame.io credentials are recognised by their documented format; this tool does not ask Frame.io yet.
export default offlineOnly({
  id: 'frameio',
  name: 'Frame.io',
  because: 'a Frame.io developer token: it acts as its user on every team and project its scopes allow, deleting assets included',
  remediation: 'Create a token with read scopes only where that is enough, and delete this one at https://developer.frame.io/app/tokens.',
});
