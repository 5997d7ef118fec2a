import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Granular access tokens: read-only or read-write, up to 50 packages/scopes and 50 orgs, CIDR list, expiry,
// optional Bypass 2FA (npm/documentation PR 1762; https://docs.npmjs.com/about-access-tokens); only the
// token list (GET /-/npm/v1/tokens) tells which. Legacy tokens were removed on 2025-11-05 (PR 1775).
// Findings come from npm-token (npm_ anywhere) and npmrc-auth-token (any registry's .npmrc auth line).
const NPMJS = 'registry.npmjs.org';

export default defineProvider({
  id: 'npm',
  name: 'npm',
  hosts: [NPMJS],
  offline: (f) => {
    const host = f.facts.host ?? NPMJS;
    if (!f.secret.startsWith('npm_')) {
      return shapeScope({
        tokenKind: f.tokenKind,
        resources: [host],
        because: [
          host === NPMJS
            ? 'an .npmrc credential for the npm registry without the npm_ prefix: a legacy token (removed on 2025-11-05) or a password, whose reach only npm can tell'
            : `an .npmrc credential for the registry ${host}, whose reach only that registry can tell`,
        ],
      });
    }
    return shapeScope({
      tokenKind: f.tokenKind,
      resources: [`the packages and organizations it was granted on ${host} (up to 50 each)`],
      because: [
        'an npm_ granular token is read-only or read-write, for the packages and organizations it was granted; only npm\'s token list tells which',
        'a read-write token can publish new versions of its packages (a supply-chain attack) and unpublish or deprecate them',
      ],
    });
  },
  remediation: (f) =>
    f.secret.startsWith('npm_') || (f.facts.host ?? NPMJS) === NPMJS
      ? 'Publish from CI with trusted publishing (OIDC) instead of a token; otherwise use a granular token limited to the named packages, read-only where possible, with a CIDR list and a short expiry; revoke this one with `npm token revoke` or under Access Tokens at https://www.npmjs.com.'
      : `Use a short-lived, read-only token for ${f.facts.host} from the CI's secret store rather than a file the agent reads, and revoke this one at that registry.`,
});
