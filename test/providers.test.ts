// Provider-neutral checks over every module in scopes/: hosts are official names, resolvers declare their
// read-only calls, and neither offline verdicts nor remediation ever carry a raw secret.
import { describe, expect, it } from 'vitest';
import { detectors } from '../detectors/index.js';
import { providers } from '../scopes/index.js';
import { detectText } from '../src/detect/text.js';

describe.each(providers.map((p) => [p.id, p] as const))('provider %s', (_id, p) => {
  it('lists only official API host names (no IPs, no loopback, no schemes)', () => {
    for (const h of p.hosts) {
      expect(h).toMatch(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/);
      expect(h).not.toMatch(/localhost|^\d+\.\d+\.\d+\.\d+$/);
    }
  });

  it('a resolver declares its egress: an https base on its own hosts, and only reads', () => {
    // Database drivers are opt-in and guarded in their driver path (src/resolve/database-egress.ts), not by HTTP egress.
    if (p.optIn === 'probe-databases') {
      expect(p.hosts, `${p.id}: a database provider sends only to the host in its own URL`).toEqual([]);
      return;
    }
    // A cluster's API server is the one its kubeconfig names: the allowlist is built per credential (scopes/kubernetes.ts clusterEgress).
    if (p.optIn === 'probe-clusters') {
      expect(p.hosts, `${p.id}: a cluster provider sends only to the server its own kubeconfig names`).toEqual([]);
      return;
    }
    if (!p.resolve) return;
    expect(p.egress, `${p.id} resolves without an egress allowlist`).toBeDefined();
    const e = p.egress!;
    expect(e.provider).toBe(p.id);
    // A self-hosted provider (Vault) has no official host: only ABR_ENDPOINT_<PROVIDER> gives it one, and its base
    // is a reserved name (RFC 2606 .invalid) that nothing can be sent to.
    if (p.selfHosted) {
      expect(p.hosts).toEqual([]);
      expect(e.hosts).toEqual([]);
      expect(new URL(e.base).hostname).toMatch(/\.invalid$/);
      return;
    }
    expect(e.hosts.length).toBeGreaterThan(0);
    for (const h of e.hosts) expect(p.hosts).toContain(h);
    const base = new URL(e.base);
    expect(base.protocol).toBe('https:');
    expect(e.hosts).toContain(base.hostname);
    expect(e.routes.length).toBeGreaterThan(0);
    for (const r of e.routes) expect(r.method === 'GET' || typeof r.read === 'function', `${p.id}: ${r.method} ${r.path} has no read check`).toBe(true);
  });

  it('offline verdicts and remediation never carry the secret', () => {
    for (const d of detectors.filter((x) => x.provider === p.id)) {
      for (const ex of d.examples.positive) {
        for (const f of detectText({ source: { path: ex.path ?? 'x.txt', origin: 'workspace' }, text: ex.text(ex.secret) })) {
          const scope = p.offline(f);
          const out = JSON.stringify(scope) + p.remediation(f, scope);
          expect(out.includes(f.secret), `${d.id}: secret in offline verdict`).toBe(false);
          expect(scope.resolution).toBe('offline');
          expect(scope.certainty).toBe('inferred');
        }
      }
    }
  });
});
