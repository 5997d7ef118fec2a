import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Convex deploy keys are recognised by their documented kind:target| layout; Convex is not asked yet.
export default offlineOnly({
  id: 'convex',
  name: 'Convex',
  because: 'a Convex deploy key: its kind (prod, dev, preview, project) is written in it; a production key pushes code to the production deployment and reads, writes and deletes its data',
  remediation:
    'Regenerate it in the deployment settings of the Convex dashboard (https://docs.convex.dev/cli/deploy-key-types), keep production deploy keys in the CI secret store only, and let the agent develop with `npx convex dev` (its own dev deployment) or CONVEX_AGENT_MODE=anonymous instead of a deploy key.',
});
