import { defineProvider, shapeScope } from '../src/resolve/define.js';
import type { Finding, Resource } from '../src/types.js';

// Offline-only: Convex is not asked yet, but a deploy key names its own kind and target
// (https://docs.convex.dev/cli/deploy-key-types): `prod:<deployment>|…` is the production deployment's key, `dev:` a
// developer's cloud dev deployment, `preview:<team>:<project>|…` creates the project's preview deployments. With a
// deployment's key the CLI pushes code (`npx convex deploy`), runs any function and imports data; `npx convex import
// --replace-all` "replace[s] all existing data in the deployment", deleting tables (https://docs.convex.dev/cli/reference/import).
// Whether the key reaches more is not asked, so every verdict is inferred.
const KIND_ENV: Record<string, string> = { 'production-deploy-key': 'production', 'dev-deploy-key': 'development', 'preview-deploy-key': 'preview' };

function deployment(f: Finding): Resource {
  const env = KIND_ENV[f.tokenKind];
  return { kind: 'deployment', ...(f.facts.deployment ? { name: f.facts.deployment } : {}), ...(env ? { environment: env } : {}) };
}

export default defineProvider({
  id: 'convex',
  name: 'Convex',
  hosts: [],
  offline: (f) => {
    const env = KIND_ENV[f.tokenKind];
    const target = deployment(f);
    const replacesData = f.tokenKind === 'production-deploy-key' || f.tokenKind === 'dev-deploy-key';
    return shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.deployment,
      environments: env ? [env] : [],
      resources: [target],
      destroy: replacesData ? [{ action: 'npx convex import --replace-all', target: { kind: 'table', all: true, within: target }, destroysBackups: false }] : [],
      because: [
        env ? `a Convex ${f.tokenKind.replace(/-/g, ' ')}: its own prefix names the ${env} deployment it deploys to` : 'a Convex project deploy key: it manages deployments of its project',
        'with a deployment key the CLI pushes code, runs any function and replaces all data of the deployment (`npx convex import --replace-all`)',
      ],
    });
  },
  remediation: () =>
    'Regenerate it in the deployment settings of the Convex dashboard (https://docs.convex.dev/cli/deploy-key-types), keep production deploy keys in the CI secret store only, and let the agent develop with `npx convex dev` (its own dev deployment) or CONVEX_AGENT_MODE=anonymous instead of a deploy key.',
});
