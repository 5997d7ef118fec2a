import { hostEnvironment } from '../src/classify/environment.js';
import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Offline-only: container registry credentials have no single provider API to ask; the host, when known, names the environment.
export default defineProvider({
  id: 'docker-registry',
  name: 'container registry',
  hosts: [],
  offline: (f) => {
    const env = f.facts.host ? hostEnvironment(f.facts.host) : undefined;
    return shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.user ? `${f.facts.user}${f.facts.host ? '@' + f.facts.host : ''}` : f.facts.host,
      environments: env ? [env] : [],
      resources: f.facts.host ? [f.facts.host] : [],
      because: ['a registry password kept base64-encoded in a Docker config; it can usually push and delete images' + (env ? `; the host ${f.facts.host} names the ${env} environment` : '')],
    });
  },
  remediation: () => 'Use a credential store (docker-credential-*) and a registry token limited to pull (or to one repository), then revoke this password at the registry.',
});
