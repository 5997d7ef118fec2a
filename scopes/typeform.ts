import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Typeform credentials are recognised by their documented format; this tool does not ask Typeform yet.
export default offlineOnly({
  id: 'typeform',
  name: 'Typeform',
  because: "a Typeform personal access token: with the default scopes it reads every form's responses and can delete forms and responses",
  remediation: 'Create a token with only the read scopes the agent needs and delete this one at https://admin.typeform.com/user/tokens.',
});
