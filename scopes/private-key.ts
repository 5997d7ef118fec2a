import { hostEnvironment } from '../src/classify/environment.js';
import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Offline-only: PEM private key credentials have no single provider API to ask; the host, when known, names the environment.
export default defineProvider({
  id: 'private-key',
  name: 'PEM private key',
  hosts: [],
  offline: (f) => {
    const env = f.facts.host ? hostEnvironment(f.facts.host) : undefined;
    return shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.user ? `${f.facts.user}${f.facts.host ? '@' + f.facts.host : ''}` : f.facts.host,
      environments: env ? [env] : [],
      resources: f.facts.host ? [f.facts.host] : [],
      because: ['a private key; what it unlocks depends on where its public key is trusted' + (env ? `; the host ${f.facts.host} names the ${env} environment` : '')],
    });
  },
  remediation: () => 'Keep private keys out of the workspace (an SSH agent, a KMS or a secret store), remove its public key wherever it is trusted, and issue a new key pair for the one system that needs it.',
});
