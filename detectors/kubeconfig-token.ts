import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { companion, textHas } from './lib/context.js';

// kubeconfig users[].user.token (bearer token), password, and client-key-data (base64 PEM)
// (https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/). Only in a
// file that is a kubeconfig: it has "clusters:" and "users:".
// Asked of the whole file, once per file (not per match).
const USERS = /^users:/m;
const CLUSTERS = /^clusters:/m;
const SERVER = /server:\s*(\S+)/;
const CURRENT_CONTEXT = /current-context:\s*(\S+)/;

export default defineDetector({
  id: 'kubeconfig-token',
  provider: 'kubernetes',
  tokenKind: 'kubeconfig-credential',
  keywords: ['clusters:'],
  // A password may hold YAML-plain punctuation (`!#%^*`; a `#` is a comment only after a space, per YAML 1.2 §6.6).
  pattern: /^[ \t]{1,40}(token|password|client-key-data):[ \t]{1,10}["']?(?<secret>[A-Za-z0-9+/=._~!#%^*-]{16,8192})/gm,
  check: (_secret, input) => textHas(input.text, USERS) && textHas(input.text, CLUSTERS),
  enrich: (secret, input) => {
    const field = input.match[1];
    const server = companion(input.text, SERVER);
    const context = companion(input.text, CURRENT_CONTEXT);
    const facts: Record<string, string> = {};
    if (server) facts.host = server.replace(/^https?:\/\//, '');
    if (context) facts.context = context;
    const kind = field === 'client-key-data' ? 'client-certificate-key' : secret.startsWith('eyJ') ? 'service-account-token' : field === 'password' ? 'basic-auth-password' : 'bearer-token';
    return { facts, tokenKind: kind };
  },
  redaction: { kind: 'none' },
  docs: {
    url: 'https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/',
    rotate: 'delete the service-account token Secret or rotate the client certificate on the cluster',
  },
  examples: () => ({
    positive: ['token', 'client-key-data', 'password'].map((field, i) => ({
      text: (t: string) =>
        `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s-${i}.prod.example.com\n  name: prod\nusers:\n- name: admin\n  user:\n    ${field}: ${t}\ncurrent-context: prod\n`,
      secret: field === 'token' ? fake.jwt({ iss: 'kubernetes/serviceaccount', sub: 'system:serviceaccount:default:deployer' }) : field === 'password' ? fake.password() : fake.base64(120),
      path: '.kube/config',
    })),
    negative: [
      { text: 'clusters:\n- name: x\nusers:\n- name: u\n  user:\n    token: ${KUBE_TOKEN}\n', why: 'interpolated' },
      { text: 'clusters: 3\nsettings:\n  token: abcdefghijklmnopqrstuvwxyz012345\n', why: 'not a kubeconfig (no users: section)' },
    ],
  }),
});
