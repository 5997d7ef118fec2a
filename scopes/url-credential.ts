import { hostEnvironment } from '../src/classify/environment.js';
import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Offline-only: URL userinfo credentials have no single provider API to ask; the host, when known, names the environment.
export default defineProvider({
  id: 'url-credential',
  name: 'URL userinfo',
  hosts: [],
  offline: (f) => {
    const env = f.facts.host ? hostEnvironment(f.facts.host) : undefined;
    return shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.user ? `${f.facts.user}${f.facts.host ? '@' + f.facts.host : ''}` : f.facts.host,
      environments: env ? [env] : [],
      resources: f.facts.host ? [f.facts.host] : [],
      because: ['a password in a URL; what it can do is known only to the host that accepts it' + (env ? `; the host ${f.facts.host} names the ${env} environment` : '')],
    });
  },
  remediation: () => 'Move the password out of the URL into a secret store or the runtime environment the agent cannot read, use a token scoped to the one service, and change this password at the host.',
});
