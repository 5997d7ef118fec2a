import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Token kinds: https://docs.slack.dev/authentication/tokens; scopes come back in auth.test's x-oauth-scopes
// header (trufflehog analyzers/slack); admin.conversations.delete needs an Enterprise org-wide install by an
// owner or admin (https://docs.slack.dev/reference/methods/admin.conversations.delete).
export default defineProvider({
  id: 'slack',
  name: 'Slack',
  hosts: ['slack.com'],
  offline: (f) => {
    switch (f.tokenKind) {
      case 'bot-token':
        return shapeScope({
          tokenKind: f.tokenKind,
          resources: ['the workspace, within the scopes granted to its app'],
          because: ['a bot token is limited to its app\'s granted scopes (auth.test returns them); with chat:write it can delete its own messages (chat.delete)'],
        });
      case 'user-token':
        return shapeScope({
          tokenKind: f.tokenKind,
          resources: ['every channel and message its user can reach, within the granted scopes'],
          because: [
            'a user token acts as its user within the granted scopes; only auth.test tells which',
            'if its user is an Enterprise org owner or admin and the app holds admin.* scopes, it can delete channels org-wide (admin.conversations.delete); no restore of deleted channels was found (UNCONFIRMED)',
          ],
        });
      case 'incoming-webhook':
        return shapeScope({
          tokenKind: f.tokenKind,
          resources: ['one channel: post messages only'],
          because: ['an incoming-webhook URL posts to the one channel it was created for; it reads and deletes nothing'],
        });
      default:
        return shapeScope({ tokenKind: f.tokenKind, because: [`a Slack ${f.tokenKind} whose scopes only Slack can tell`] });
    }
  },
  remediation: (f) => {
    switch (f.tokenKind) {
      case 'incoming-webhook':
        return 'Keep webhook URLs in a secret store, not in files the agent reads; regenerate this one under Incoming Webhooks at https://api.slack.com/apps.';
      case 'user-token':
        return 'Replace the user token with a bot token holding only the scopes the task needs, with token rotation on, and revoke this one under OAuth & Permissions at https://api.slack.com/apps.';
      default:
        return 'Keep the token to the scopes the task needs and turn on token rotation (12-hour tokens); regenerate this one under OAuth & Permissions at https://api.slack.com/apps.';
    }
  },
});
