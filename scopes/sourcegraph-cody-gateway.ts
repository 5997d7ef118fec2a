import { offlineOnly } from './lib/offline-only.js';

// Offline-only: a Cody Gateway token (slk_, sgd_) is recognised by its prefix; this tool does not ask the gateway.
export default offlineOnly({
  id: 'sourcegraph-cody-gateway',
  name: 'Sourcegraph Cody Gateway',
  because: "a Cody Gateway token: it spends the instance's (slk_, from its license key) or the user's (sgd_, from their sgp_ token) Cody quota on the LLM providers behind the gateway",
  remediation:
    "Keep the gateway token in the Sourcegraph instance's configuration, out of files the agent reads; an sgd_ token dies with the sgp_ token it is derived from (delete that one under Settings, Access tokens), an slk_ token with the license key it is derived from.",
});
