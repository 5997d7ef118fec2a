import { parse } from 'yaml';
import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { companion, textHas } from './lib/context.js';

interface Kubeconfig {
  'current-context'?: string;
  clusters?: Array<{ name?: string; cluster?: { server?: string; 'certificate-authority-data'?: string; 'insecure-skip-tls-verify'?: boolean } }>;
  contexts?: Array<{ name?: string; context?: { cluster?: string; user?: string; namespace?: string } }>;
  users?: Array<{ name?: string; user?: Record<string, unknown> }>;
}

/**
 * The cluster a kubeconfig user's secret is for: the user entry holding it, the context naming that user (the
 * current one first), its cluster's server and CA. Facts are safe to print; the CA and the client certificate
 * are public halves the resolver needs (parts). Undefined when the file does not parse as a kubeconfig.
 */
function kubeconfigPlace(text: string, secret: string): { facts: Record<string, string>; parts: Record<string, string> } | undefined {
  let doc: Kubeconfig;
  try {
    doc = parse(text, { maxAliasCount: 10 }) as Kubeconfig;
  } catch {
    return undefined;
  }
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.users)) return undefined;
  const user = doc.users.find((u) => u?.user && Object.values(u.user).some((v) => v === secret));
  if (!user) return undefined;
  const contexts = (doc.contexts ?? []).filter((c) => c?.context?.user === user.name);
  const context = contexts.find((c) => c.name === doc['current-context']) ?? contexts[0];
  const cluster = (doc.clusters ?? []).find((c) => c?.name === context?.context?.cluster) ?? (doc.clusters?.length === 1 ? doc.clusters[0] : undefined);
  const facts: Record<string, string> = {};
  const parts: Record<string, string> = {};
  const server = cluster?.cluster?.server;
  if (typeof server === 'string') {
    facts.server = server;
    facts.host = server.replace(/^https?:\/\//, '');
  }
  if (context?.name) facts.context = context.name;
  if (cluster?.name) facts.cluster = cluster.name;
  if (user.name) facts.user = user.name;
  if (context?.context?.namespace) facts.namespace = context.context.namespace;
  if (cluster?.cluster?.['insecure-skip-tls-verify'] === true) facts.insecureSkipTlsVerify = 'true';
  const ca = cluster?.cluster?.['certificate-authority-data'];
  if (typeof ca === 'string') parts.certificateAuthority = ca;
  const cert = user.user?.['client-certificate-data'];
  if (typeof cert === 'string') parts.clientCertificate = cert;
  return { facts, parts };
}

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
    const place = kubeconfigPlace(input.text, secret);
    const facts: Record<string, string> = place?.facts ?? {};
    if (!place && server) facts.host = server.replace(/^https?:\/\//, '');
    if (!place && context) facts.context = context;
    const kind = field === 'client-key-data' ? 'client-certificate-key' : secret.startsWith('eyJ') ? 'service-account-token' : field === 'password' ? 'basic-auth-password' : 'bearer-token';
    return { facts, parts: place?.parts ?? {}, tokenKind: kind };
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
