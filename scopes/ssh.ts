import { hostEnvironment } from '../src/classify/environment.js';
import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Offline-only: SSH private key credentials have no single provider API to ask; the host, when known, names the environment.
export default defineProvider({
  id: 'ssh',
  name: 'SSH private key',
  hosts: [],
  offline: (f) => {
    const env = f.facts.host ? hostEnvironment(f.facts.host) : undefined;
    return shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.user ? `${f.facts.user}${f.facts.host ? '@' + f.facts.host : ''}` : f.facts.host,
      environments: env ? [env] : [],
      resources: f.facts.host ? [f.facts.host] : [],
      because: ['an SSH private key; what it unlocks depends on the servers and Git hosts that trust it' + (env ? `; the host ${f.facts.host} names the ${env} environment` : '')],
    });
  },
  remediation: () => 'Use an SSH agent or a hardware key instead of a key file the agent can read; remove this public key from authorized_keys and Git hosts, and use a deploy key limited to one repository where a key is needed.',
});
