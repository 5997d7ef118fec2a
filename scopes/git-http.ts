import { hostEnvironment } from '../src/classify/environment.js';
import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Offline-only: Git HTTP header credentials have no single provider API to ask; the host, when known, names the environment.
export default defineProvider({
  id: 'git-http',
  name: 'Git HTTP header',
  hosts: [],
  offline: (f) => {
    const env = f.facts.host ? hostEnvironment(f.facts.host) : undefined;
    return shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.user ? `${f.facts.user}${f.facts.host ? '@' + f.facts.host : ''}` : f.facts.host,
      environments: env ? [env] : [],
      resources: f.facts.host ? [f.facts.host] : [],
      because: ['an HTTP Authorization header persisted in .git/config, sent with every fetch and push to its host' + (env ? `; the host ${f.facts.host} names the ${env} environment` : '')],
    });
  },
  remediation: () => 'Check out with persist-credentials: false (actions/checkout) or a credential helper, and revoke the token at its host.',
});
