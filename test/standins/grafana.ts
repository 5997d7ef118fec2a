// Stand-in for the Grafana Cloud API (https://grafana.com/docs/grafana-cloud/developer-resources/api-reference/cloud-api/#list-stacks):
// GET /api/instances lists the organization's stacks for a token whose policy holds stacks:read, 403 for one without
// it, 401 for an invalid token. Any other route or method is answered 404 and recorded.
import * as fake from '../../src/detect/fake.js';
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export interface GrafanaToken {
  org: string;
  stacks?: string[];
}

export function startGrafana(world: { tokens: Record<string, GrafanaToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('grafana', bearer, world.canned, (req, url, token, res) => {
    const t = token ? world.tokens[token] : undefined;
    if (!t) return json(res, 401, { code: 'InvalidCredentials', message: 'Token invalid' });
    if (req.method !== 'GET' || url.pathname !== '/api/instances') return json(res, 404, { code: 'NotFound', message: 'Not found' });
    if (!t.stacks) return json(res, 403, { code: 'Forbidden', message: 'Missing scope stacks:read' });
    json(res, 200, { items: t.stacks.map((slug, i) => ({ id: i + 1, slug, name: slug, url: `https://${slug}.grafana.net`, status: 'active', orgSlug: t.org })) });
  });
}

const token = (name: string) => `glc_${Buffer.from(JSON.stringify({ o: fake.digits(6), n: `${name}-${fake.digits(4)}`, k: fake.alnum(24), m: { r: 'prod-us-east-0' } })).toString('base64')}`;

/** Grafana's stand-in world: a token listing two stacks, a logs-write token without stacks:read, a revoked one, one answered 418. */
export function grafanaWorld() {
  const T = { root: token('terraform'), scoped: token('logs-write'), revoked: token('old'), odd: token('odd') };
  const start = () =>
    startGrafana({
      tokens: { [T.root]: { org: 'acme', stacks: ['acme-prod', 'acme-staging'] }, [T.scoped]: { org: 'acme' } },
      canned: { [T.odd]: { status: 418, body: {} } },
    });
  return { T, start };
}
