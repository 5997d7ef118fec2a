import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Google OAuth credentials are recognised by their documented format; this tool does not ask Google OAuth yet.
export default offlineOnly({
  id: 'google-oauth',
  name: 'Google OAuth',
  because: "a Google OAuth credential: a client secret with its client id exchanges users' authorization codes and refresh tokens; an access token acts for an hour with the scopes its user granted",
  remediation:
    "Reset the OAuth client's secret in Google Cloud console (APIs & Services > Credentials), keep it in the server's secret store, and revoke leaked access tokens at https://oauth2.googleapis.com/revoke or the user's https://myaccount.google.com/permissions.",
});
