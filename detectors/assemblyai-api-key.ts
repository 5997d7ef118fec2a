import { defineNamedDetector } from './lib/named.js';

// AssemblyAI API keys: 32 lower-case hex, found only where AssemblyAI's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.assemblyai.com/docs/api-reference/overview does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'assemblyai-api-key',
  provider: 'assemblyai',
  names: ['assemblyai', 'assembly_ai'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.assemblyai.com/docs/api-reference/overview', rotate: 'https://www.assemblyai.com/app/api-keys' },
});
