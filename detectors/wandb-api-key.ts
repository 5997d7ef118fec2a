import { defineNamedDetector } from './lib/named.js';

// Weights & Biases API keys (WANDB_API_KEY, `wandb login`): legacy keys are exactly 40 characters, the length older SDKs
// validate (https://docs.wandb.ai/support/models/articles/why-does-my-api-key-fail-with-must-be-40-characters); their
// lower-case hex alphabet is observed (UNCONFIRMED), so they are found only where W&B's name names the value
// (detectors/lib/named.ts). The newer keys of about 86 characters have no documented layout and are not matched here.
// A key acts as its user: it reads, writes and deletes runs, artifacts and models in every entity the user belongs to.
export default defineNamedDetector({
  id: 'wandb-api-key',
  provider: 'wandb',
  names: ['wandb', 'weights_and_biases'],
  value: { alphabet: 'hex', length: 40 },
  unconfirmed: 'the docs state the 40-character length of legacy keys, not their alphabet',
  docs: { url: 'https://docs.wandb.ai/support/models/articles/why-does-my-api-key-fail-with-must-be-40-characters', rotate: 'https://wandb.ai/authorize' },
});
