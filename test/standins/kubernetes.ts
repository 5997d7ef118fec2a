// Stand-in for a Kubernetes API server over HTTPS with client-certificate authentication (mTLS), answering the
// self-subject reviews as the API reference documents them
// (https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/self-subject-review-v1/,
// https://kubernetes.io/docs/reference/kubernetes-api/authorization-resources/self-subject-access-review-v1/,
// https://kubernetes.io/docs/reference/kubernetes-api/authorization-resources/self-subject-rules-review-v1/):
// 201 Created with the review's status; 401 Unauthorized (a Status object) for a credential it cannot
// authenticate — an unknown token, or a client certificate its client CA did not sign, as with anonymous
// auth off. Certificates are made at start with the openssl command line, never committed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { TLSSocket } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fake from '../../src/detect/fake.js';
import { bearer, json, startStandin, type Standin } from './index.js';

export interface KubeUser {
  username: string;
  groups: string[];
  /** RBAC in the stand-in's terms: `verb resource` allowed cluster-wide, or in `namespace`. `* *` is cluster-admin. */
  rules: Array<{ verb: string; resource: string; namespace?: string }>;
}

export interface KubeWorld {
  /** bearer token → user */
  tokens: Record<string, KubeUser>;
  /** client certificate common name → user (the certificate must be signed by the stand-in's client CA) */
  certs: Record<string, KubeUser>;
  /** tokens answered with a SelfSubjectReview of an unexpected shape */
  odd?: Set<string>;
}

/** A certificate authority, and what it signs, made with openssl (EC P-256, two days). */
export class Pki {
  private dir = mkdtempSync(join(tmpdir(), 'abr-pki-'));
  private n = 0;
  readonly ca: { key: string; cert: string };
  constructor(name: string) {
    const key = join(this.dir, 'ca.key');
    const crt = join(this.dir, 'ca.crt');
    this.openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', crt, '-subj', `/CN=${name}`, '-days', '2']);
    this.ca = { key: readFileSync(key, 'utf8'), cert: readFileSync(crt, 'utf8') };
  }
  private openssl(args: string[]) {
    execFileSync('openssl', args, { stdio: 'pipe' });
  }
  /** A leaf signed by this CA: `subject` like `/O=system:masters/CN=admin`; `ip` adds an IP subjectAltName (a server). */
  issue(subject: string, ip?: string): { key: string; cert: string } {
    const base = join(this.dir, `leaf${this.n++}`);
    this.openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', `${base}.key`, '-out', `${base}.csr`, '-subj', subject]);
    writeFileSync(`${base}.ext`, ip ? `subjectAltName=IP:${ip}\nextendedKeyUsage=serverAuth\n` : 'extendedKeyUsage=clientAuth\n');
    this.openssl([
      'x509',
      '-req',
      '-in',
      `${base}.csr`,
      '-CA',
      join(this.dir, 'ca.crt'),
      '-CAkey',
      join(this.dir, 'ca.key'),
      '-CAcreateserial',
      '-out',
      `${base}.crt`,
      '-days',
      '2',
      '-extfile',
      `${base}.ext`,
    ]);
    return { key: readFileSync(`${base}.key`, 'utf8'), cert: readFileSync(`${base}.crt`, 'utf8') };
  }
  dispose() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const unauthorized = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 };

function allows(u: KubeUser, verb: string, resource: string, namespace?: string): boolean {
  return u.rules.some((r) => (r.verb === '*' || r.verb === verb) && (r.resource === '*' || r.resource === resource) && (!r.namespace || r.namespace === namespace));
}

export function startKubernetes(w: KubeWorld, pki: Pki): Promise<Standin> {
  const server = pki.issue('/CN=kube-apiserver', '127.0.0.1');
  return startStandin(
    'kubernetes',
    (req, body, res) => {
      const socket = req.socket as TLSSocket;
      const peer = socket.authorized ? socket.getPeerCertificate() : undefined;
      const token = bearer(req);
      const user = token ? w.tokens[token] : peer?.subject?.CN ? w.certs[String(peer.subject.CN)] : undefined;
      if (!user) return json(res, 401, unauthorized);
      if (req.method !== 'POST') return json(res, 405, { kind: 'Status', apiVersion: 'v1', status: 'Failure', message: 'the stand-in answers reviews only', code: 405 });
      const review = JSON.parse(body) as { apiVersion: string; kind: string; spec?: { resourceAttributes?: { verb: string; resource: string; namespace?: string }; namespace?: string } };
      if (req.url === '/apis/authentication.k8s.io/v1/selfsubjectreviews') {
        if (token && w.odd?.has(token)) return json(res, 201, { kind: 'SelfSubjectReview', apiVersion: 'authentication.k8s.io/v1', status: {} });
        return json(res, 201, {
          ...review,
          metadata: { creationTimestamp: null },
          status: { userInfo: { username: user.username, uid: fake.uuid(), groups: [...user.groups, 'system:authenticated'] } },
        });
      }
      if (req.url === '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews') {
        const ra = review.spec?.resourceAttributes;
        if (!ra) return json(res, 400, { kind: 'Status', status: 'Failure', message: 'spec.resourceAttributes required', code: 400 });
        const allowed = allows(user, ra.verb, ra.resource, ra.namespace);
        return json(res, 201, { ...review, metadata: { creationTimestamp: null }, status: { allowed, ...(allowed ? { reason: 'RBAC: allowed by ClusterRoleBinding' } : {}) } });
      }
      if (req.url === '/apis/authorization.k8s.io/v1/selfsubjectrulesreviews') {
        const ns = review.spec?.namespace;
        const rules = user.rules.filter((r) => !r.namespace || r.namespace === ns).map((r) => ({ verbs: [r.verb], apiGroups: [''], resources: [r.resource] }));
        return json(res, 201, { ...review, metadata: { creationTimestamp: null }, status: { resourceRules: rules, nonResourceRules: [], incomplete: false } });
      }
      json(res, 404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', code: 404 });
    },
    { key: server.key, cert: server.cert, ca: pki.ca.cert, requestCert: true, rejectUnauthorized: false },
  );
}

/** A kubeconfig credential as the tests write it: a bearer token, or a client certificate and its key. */
export interface KubeCredential {
  token?: string;
  cert?: { key: string; cert: string };
  cluster: string;
  server: string;
  namespace?: string;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

/** The kubeconfig holding one credential, trusting `ca`. */
export function kubeconfig(c: KubeCredential, ca: string): string {
  const user = c.token ? `    token: ${c.token}\n` : `    client-certificate-data: ${b64(c.cert!.cert)}\n    client-key-data: ${b64(c.cert!.key)}\n`;
  return `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${b64(ca)}
    server: ${c.server}
  name: ${c.cluster}
contexts:
- context:
    cluster: ${c.cluster}
    user: deployer
${c.namespace ? `    namespace: ${c.namespace}\n` : ''}  name: ${c.cluster}
current-context: ${c.cluster}
users:
- name: deployer
  user:
${user}`;
}

/** The secret the detector reports for a credential: the token, or the base64 client key. */
export const kubeSecret = (c: KubeCredential) => c.token ?? b64(c.cert!.key);

/**
 * The cluster the tests resolve against: a system:masters client certificate on the production cluster (root),
 * a service-account token that may delete claims in staging only, a certificate from another CA, a revoked
 * token and one answered oddly.
 */
export function kubernetesWorld() {
  const pki = new Pki('standin-cluster-ca');
  const other = new Pki('another-ca');
  const sa = (ns: string, name: string) => fake.jwt({ iss: 'kubernetes/serviceaccount', sub: `system:serviceaccount:${ns}:${name}`, 'kubernetes.io/serviceaccount/namespace': ns });
  const T = {
    root: { cert: pki.issue('/O=system:masters/CN=admin'), cluster: 'prod-eu', server: 'https://k8s.prod.acme.example:6443' } as KubeCredential,
    scoped: { token: sa('staging', 'deployer'), cluster: 'acme-staging', server: 'https://k8s.staging.acme.example:6443', namespace: 'staging' } as KubeCredential,
    revoked: { token: sa('staging', 'old'), cluster: 'acme-staging', server: 'https://k8s.staging.acme.example:6443' } as KubeCredential,
    foreign: { cert: other.issue('/O=system:masters/CN=admin'), cluster: 'prod-eu', server: 'https://k8s.prod.acme.example:6443' } as KubeCredential,
    odd: { token: sa('staging', 'odd'), cluster: 'acme-staging', server: 'https://k8s.staging.acme.example:6443' } as KubeCredential,
  };
  const start = (): Promise<Standin> =>
    startKubernetes(
      {
        tokens: {
          [T.scoped.token!]: {
            username: 'system:serviceaccount:staging:deployer',
            groups: ['system:serviceaccounts'],
            rules: [{ verb: 'delete', resource: 'persistentvolumeclaims', namespace: 'staging' }],
          },
          [T.odd.token!]: { username: 'x', groups: [], rules: [] },
        },
        certs: { admin: { username: 'admin', groups: ['system:masters'], rules: [{ verb: '*', resource: '*' }] } },
        odd: new Set([T.odd.token!]),
      },
      pki,
    );
  const dispose = () => {
    pki.dispose();
    other.dispose();
  };
  return { T, start, ca: pki.ca.cert, dispose };
}
