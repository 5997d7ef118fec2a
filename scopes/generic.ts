import { hostEnvironment } from '../src/classify/environment.js';
import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Offline-only: secret credentials have no single provider API to ask; the host, when known, names the environment.
export default defineProvider({
  id: 'generic',
  name: 'secret',
  hosts: [],
  offline: (f) => {
    const env = f.facts.host ? hostEnvironment(f.facts.host) : undefined;
    return shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.user ? `${f.facts.user}${f.facts.host ? '@' + f.facts.host : ''}` : f.facts.host,
      environments: env ? [env] : [],
      resources: f.facts.host ? [f.facts.host] : [],
      because: ['a random-looking value assigned to a secret-named variable; its issuer is unknown' + (env ? `; the host ${f.facts.host} names the ${env} environment` : '')],
    });
  },
  remediation: () => 'Move the value into a secret store the agent cannot read, scope it to the one task, and rotate it at its issuer.',
});
