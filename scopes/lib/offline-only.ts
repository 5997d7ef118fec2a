// Providers with no single API to ask (a URL's password, a private key, a kubeconfig), and providers whose
// tokens are recognised by their documented prefix but that this tool does not ask yet (Groq, Doppler,
// Sentry…): the verdict is offline only, and the host, when the detector read one, names the environment.
import { hostEnvironment } from '../../src/context/environment.js';
import { defineProvider, shapeScope, type Provider } from '../../src/resolve/define.js';

export function offlineOnly(o: { id: string; name: string; because: string; remediation: string }): Provider {
  return defineProvider({
    id: o.id,
    name: o.name,
    hosts: [],
    offline: (f) => {
      const env = f.facts.host ? hostEnvironment(f.facts.host) : undefined;
      return shapeScope({
        tokenKind: f.tokenKind,
        identity: f.facts.user ? `${f.facts.user}${f.facts.host ? '@' + f.facts.host : ''}` : f.facts.host,
        environments: env ? [env] : [],
        resources: f.facts.host ? [{ kind: 'server', name: f.facts.host }] : [],
        because: [o.because + (env ? `; the host ${f.facts.host} names the ${env} environment` : '')],
      });
    },
    remediation: () => o.remediation,
  });
}
