import { hostEnvironment } from '../src/classify/environment.js';
import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Offline-only: netrc credentials have no single provider API to ask; the host, when known, names the environment.
export default defineProvider({
  id: 'netrc',
  name: 'netrc',
  hosts: [],
  offline: (f) => {
    const env = f.facts.host ? hostEnvironment(f.facts.host) : undefined;
    return shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.user ? `${f.facts.user}${f.facts.host ? '@' + f.facts.host : ''}` : f.facts.host,
      environments: env ? [env] : [],
      resources: f.facts.host ? [f.facts.host] : [],
      because: ['a .netrc password, sent by curl, git and the Heroku CLI to the machine it names' + (env ? `; the host ${f.facts.host} names the ${env} environment` : '')],
    });
  },
  remediation: () => 'Replace the .netrc password with a credential helper or short-lived token scoped to the one service, and revoke this one at the machine it names.',
});
