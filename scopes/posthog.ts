import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: PostHog credentials are recognised by their documented format; this tool does not ask PostHog yet.
export default offlineOnly({
  id: 'posthog',
  name: 'PostHog',
  because: 'a PostHog personal API key: with write scopes it edits and deletes insights, feature flags and persons (personal data) in every project it is scoped to',
  remediation: 'Create a key with read-only scopes limited to the one project, and delete this one under Settings > Personal API keys.',
});
