import { hostEnvironment } from '../src/classify/environment.js';
import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Offline-only: Kubernetes credentials have no single provider API to ask; the host, when known, names the environment.
export default defineProvider({
  id: 'kubernetes',
  name: 'Kubernetes',
  hosts: [],
  offline: (f) => {
    const env = f.facts.host ? hostEnvironment(f.facts.host) : undefined;
    return shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.user ? `${f.facts.user}${f.facts.host ? '@' + f.facts.host : ''}` : f.facts.host,
      environments: env ? [env] : [],
      resources: f.facts.host ? [f.facts.host] : [],
      because: ['a kubeconfig credential; its RBAC bindings are only known from the cluster (kubectl auth can-i --list)' + (env ? `; the host ${f.facts.host} names the ${env} environment` : '')],
    });
  },
  remediation: () => 'Use short-lived credentials from an exec plugin (OIDC or the cloud provider), bind the identity to a namespaced Role instead of cluster-admin, and delete this token or rotate the client certificate.',
});
