// Providers that give each customer a host of its own under the provider's domains (acme.okta.com,
// acme.myshopify.com): the detector reads the one such host written beside the token (detectors/lib/tenant-host.ts),
// and the resolver sends the token there only when the host is one label under one of the provider's own domains
// (`ProviderEgress.hosts` holds those domains). Anything else is withheld: the secret is sent nowhere.
import { EgressError, type ProviderEgress } from '../../src/resolve/egress.js';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Whether `host` is one label under one of the provider's domains (`acme.okta.com` under `okta.com`). */
export function isTenantHost(host: string | undefined, domains: readonly string[]): host is string {
  if (!host) return false;
  const h = host.toLowerCase();
  return domains.some((d) => h.endsWith(`.${d}`) && LABEL.test(h.slice(0, -d.length - 1)));
}

/** The provider's allowlist narrowed to the customer's own host; throws (→ nothing sent) for any other host. */
export function tenantEgress(e: ProviderEgress, host: string | undefined): ProviderEgress {
  if (!isTenantHost(host, e.hosts)) throw new EgressError(`refused: ${host ?? 'no host'} is not a host of ${e.provider} (${e.hosts.map((d) => `*.${d}`).join(', ')})`);
  const h = host.toLowerCase();
  return { ...e, base: `https://${h}`, hosts: [h] };
}
