import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Weights & Biases credentials are recognised by their documented shape; W&B is not asked yet.
export default offlineOnly({
  id: 'wandb',
  name: 'Weights & Biases',
  because: 'a Weights & Biases API key recognised by its shape under a W&B name; W&B is not asked, so which entities it reaches is unknown',
  remediation:
    'Delete it under User settings → API keys (https://wandb.ai/authorize) and create a new one, keep it in a secret store the agent cannot read, and give automation a service account key of one team rather than a personal key.',
});
