import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: LangSmith keys are recognised by their prefixes; this tool does not ask LangSmith yet.
export default offlineOnly({
  id: 'langsmith',
  name: 'LangSmith',
  because: "a LangSmith API key: a personal token has its user's permissions, a service key its workspace role; traces hold prompts and outputs",
  remediation: 'Use a workspace-scoped service key with the least role the agent needs and an expiry, and delete this one in LangSmith Settings, API Keys.',
});
