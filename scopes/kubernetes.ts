import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Kubernetes credentials have no single provider API to ask; the host, when known, names the environment.
export default offlineOnly({
  id: 'kubernetes',
  name: 'Kubernetes',
  because: 'a kubeconfig credential; its RBAC bindings are only known from the cluster (kubectl auth can-i --list)',
  remediation:
    'Use short-lived credentials from an exec plugin (OIDC or the cloud provider), bind the identity to a namespaced Role instead of cluster-admin, and delete this token or rotate the client certificate.',
});
