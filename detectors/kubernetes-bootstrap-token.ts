import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { before } from './lib/context.js';

// A Kubernetes bootstrap token "must be of the form [a-z0-9]{6}.[a-z0-9]{16}": a public token id, a dot and the token
// secret (https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/). The shape alone is common (a
// hostname, a file name), so the token needs its context: `kubeadm join … --token`, a `bootstrap` name, or kubeadm's
// `token:` in a bootstrap-token list. Whoever holds it joins a node to the cluster (and, with the default groups,
// requests node certificates).
const CONTEXT = /bootstrap|kubeadm|discovery-token|tlsbootstrap/i;

export default defineDetector({
  id: 'kubernetes-bootstrap-token',
  provider: 'kubernetes',
  tokenKind: 'bootstrap-token',
  keywords: ['bootstrap', 'kubeadm'],
  pattern: /(?<![A-Za-z0-9_.-])([a-z0-9]{6}\.[a-z0-9]{16})(?![A-Za-z0-9_.-])/g,
  // The check asks for CONTEXT in the 300 characters before; no match starts inside another (the look-behind refuses
  // the token's characters).
  near: { keywords: ['bootstrap', 'kubeadm', 'discovery-token'], from: 0, to: 300, reach: 26 },
  check: (secret, input) => /[0-9]/.test(secret.slice(7)) && /[a-z]/.test(secret.slice(7)) && secret.slice(7) !== '0123456789abcdef' && before(input, CONTEXT, 300),
  redaction: { kind: 'prefix', prefix: /^[a-z0-9]{6}\./ },
  docs: { url: 'https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/', rotate: 'https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-token/' },
  examples: () => ({
    positive: [
      { text: (t) => `kubeadm join 10.0.0.10:6443 --token ${t} --discovery-token-ca-cert-hash sha256:${fake.hex(64)}`, secret: token(), path: 'join.sh' },
      { text: (t) => `BOOTSTRAP_TOKEN: "${t}"`, secret: token(), path: 'values.yaml' },
      {
        text: (t) => `apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nbootstrapTokens:\n- token: "${t}"\n  ttl: 24h0m0s\n`,
        secret: token(),
        path: 'kubeadm.yaml',
      },
    ],
    negative: [
      { text: 'Bootstrap tokens take the form abcdef.0123456789abcdef', why: "the docs' example" },
      { text: `kubeadm join --token ${fake.lowerAlnum(6)}.${fake.lowerAlnum(12)}`, why: 'near miss: a 12-character secret' },
      { text: `server: config.${fake.lowerAlnum(16)}`, why: 'no bootstrap or kubeadm context' },
    ],
  }),
});

// A draw the check accepts: the check wants a digit among the 16 (a digit-less draw, about 1 in 200, reads as a word).
function token(): string {
  return `${fake.lowerAlnum(6)}.${fake.lowerAlnum(7)}${fake.digits(1)}${fake.lowerAlnum(8)}`;
}
