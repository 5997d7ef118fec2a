import { inject } from 'vitest';

// Temporary folders go to the run's scratch folder (test/setup/scratch.ts), removed when the run ends.
process.env.TMPDIR = inject('scratch');

// Tests never reach a real provider: any fetch to a host other than loopback fails the test that made it.
const realFetch = globalThis.fetch;
globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new Error(`test tried to reach ${url.host}: point the provider at a stand-in with ABR_ENDPOINT_*`);
  }
  return realFetch(input, init);
}) as typeof fetch;
