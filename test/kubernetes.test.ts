// Kubeconfig credentials against a stand-in API server over HTTPS with client-certificate auth (test/standins/kubernetes.ts):
// a system:masters client certificate (root, over mTLS), a service-account token scoped to one namespace, a
// certificate another CA signed, then the canonical cases. Probing a cluster is opt-in (--probe-clusters).
import { afterAll, describe, expect, it } from 'vitest';
import { clusterEgress, READS } from '../scopes/kubernetes.js';
import { scopeJson as rendered } from '../src/report/resources.js';
import { Egress, EgressError } from '../src/resolve/egress.js';
import { canonicalCases, providerSuite } from './canonical.js';
import { recorded } from './standins/index.js';
import { kubeconfig, kubernetesWorld, kubeSecret, type KubeCredential } from './standins/kubernetes.js';

const world = kubernetesWorld();
const { T } = world;
afterAll(() => world.dispose());

const suite = providerSuite<KubeCredential>({
  id: 'kubernetes',
  start: world.start,
  line: (c) => kubeconfig(c, world.ca),
  path: 'deploy/kubeconfig-staging.yaml',
  secretOf: kubeSecret,
  secrets: () => Object.values(T).map(kubeSecret),
  scan: { probeClusters: true },
  // Only reviews were asked: nothing listed, read or deleted.
  after: () => expect(recorded.filter((r) => r.provider === 'kubernetes' && !/^\/apis\/(authentication|authorization)\.k8s\.io\/v1\/selfsubject(rules|access)?reviews$/.test(r.path))).toEqual([]),
});

describe('Kubernetes', () => {
  it('a system:masters client certificate, over mTLS: root on the production cluster, namespaces and volumes deletable', async () => {
    const { scope, rules } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', tokenKind: 'client-certificate-key', root: true, reach: { environments: ['production'] } });
    expect(scope!.identity).toBe('admin (groups system:masters, system:authenticated) on k8s.prod.acme.example:6443');
    expect(rendered(scope!).destroy.map((d) => [d.action, d.resource, d.destroysBackups, d.certainty])).toEqual([
      ['delete namespaces', 'every namespace on cluster prod-eu, production', true, 'inferred'],
      ['delete persistentvolumes', 'every persistent volume on cluster prod-eu, production', false, 'inferred'],
      ['delete persistentvolumeclaims', 'every persistent volume claim on cluster prod-eu, production', false, 'inferred'],
    ]);
    expect(scope!.evidence).toEqual([
      'POST /apis/authentication.k8s.io/v1/selfsubjectreviews SelfSubjectReview',
      'POST /apis/authorization.k8s.io/v1/selfsubjectaccessreviews SelfSubjectAccessReview * *',
    ]);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
  });

  it('a service-account token that may delete claims in its namespace: staging, not root, the rules review named', async () => {
    const { scope, rules } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false, tokenKind: 'service-account-token', reach: { environments: ['staging'] } });
    expect(rendered(scope!).destroy.map((d) => [d.action, d.resource])).toEqual([
      ['delete persistentvolumeclaims', 'every persistent volume claim of namespace staging on cluster acme-staging, staging'],
    ]);
    expect(scope!.evidence.at(-1)).toBe('POST /apis/authorization.k8s.io/v1/selfsubjectrulesreviews SelfSubjectRulesReview');
    expect(rendered(scope!).reach.resources.join('; ')).toMatch(/namespace staging .*delete persistentvolumeclaims/);
    expect(rules).toEqual(['ABR003']);
  });

  it('a client certificate another CA signed is not authenticated: revoked', async () => {
    const r = await suite.scanOf(T.foreign);
    expect(suite.mine(r, T.foreign)).toEqual([]);
    expect(r.revoked.map((f) => f.secret)).toContain(kubeSecret(T.foreign));
  });

  it('without --probe-clusters nothing is sent', async () => {
    const before = recorded.length;
    const r = await suite.scanOf(T.root, { probeClusters: false });
    expect(suite.mine(r, T.root)[0].scope.reason).toBe('not resolved: cluster probing is opt-in (--probe-clusters)');
    expect(suite.mine(r, T.root)[0].scope.reach.environments).toEqual(['production']);
    expect(recorded.length).toBe(before);
  });

  it('only self-subject reviews pass, only to the kubeconfig’s own https server', () => {
    const e = new Egress({ env: {} });
    const pe = clusterEgress('https://k8s.prod.acme.example:6443');
    const review = (o: unknown) => JSON.stringify(o);
    expect(
      e.admit(
        pe,
        'POST',
        '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
        review({ apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview', spec: { resourceAttributes: { verb: 'delete', resource: 'namespaces' } } }),
      ).url.host,
    ).toBe('k8s.prod.acme.example:6443');
    expect(() => e.admit(pe, 'POST', '/api/v1/namespaces', review({ kind: 'Namespace' }))).toThrow(EgressError);
    expect(() => e.admit(pe, 'GET', '/api/v1/secrets')).toThrow(EgressError);
    expect(() =>
      READS['/apis/authorization.k8s.io/v1/selfsubjectaccessreviews'](
        review({ apiVersion: 'authorization.k8s.io/v1', kind: 'SubjectAccessReview', spec: { user: 'x', resourceAttributes: { verb: 'get' } } }),
      ),
    ).toThrow(EgressError);
    expect(() => clusterEgress('http://k8s.example.com')).toThrow(/plain-HTTP/);
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
