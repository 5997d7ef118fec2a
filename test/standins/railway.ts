// Railway's GraphQL API, executed against Railway's own public schema (obtained by introspection of
// https://backboard.railway.com/graphql/v2, vendored in test/fixtures/vendor/), so a query the resolver
// sends must validate exactly as it would there.
import { readFileSync } from 'node:fs';
import { buildClientSchema, graphql, parse, validate, type IntrospectionQuery } from 'graphql';
import { json, startStandin, type Standin } from './index.js';

const introspection = JSON.parse(readFileSync(new URL('../fixtures/vendor/railway-graphql-schema.json', import.meta.url), 'utf8')) as { data: IntrospectionQuery };
export const railwaySchema = buildClientSchema(introspection.data);

export interface RailwayWorld {
  /** project token → { project, environment id } */
  projectTokens: Record<string, { projectId: string; environmentId: string }>;
  /** account token → user */
  accountTokens: Record<string, { id: string; email: string; workspaceIds: string[] }>;
  /** workspace token → workspace ids */
  workspaceTokens: Record<string, string[]>;
  workspaces: Array<{ id: string; name: string; projectIds: string[] }>;
  projects: Array<{
    id: string;
    name: string;
    environments: Array<{ id: string; name: string }>;
    volumes: Array<{ id: string; name: string; instances: Array<{ environmentId: string; mountPath: string }> }>;
  }>;
}

/**
 * The incident's Railway (examples/pocketos): the founder's account token reaches both projects of the
 * PocketOS workspace, production included, and the pg-data volume that held production's database; the
 * workspace's own project token reaches staging alone.
 */
export function pocketosWorld(tokens: { account: string; project: string; workspace?: string }): RailwayWorld {
  return {
    projectTokens: { [tokens.project]: { projectId: 'p1', environmentId: 'e-stg' } },
    accountTokens: { [tokens.account]: { id: 'u1', email: 'founder@pocketos.example', workspaceIds: ['w1'] } },
    workspaceTokens: tokens.workspace ? { [tokens.workspace]: ['w1'] } : {},
    workspaces: [{ id: 'w1', name: 'PocketOS', projectIds: ['p1', 'p2'] }],
    projects: [
      {
        id: 'p1',
        name: 'pocketos-api',
        environments: [
          { id: 'e-prod', name: 'production' },
          { id: 'e-stg', name: 'staging' },
        ],
        volumes: [
          {
            id: 'v1',
            name: 'pg-data',
            instances: [
              { environmentId: 'e-prod', mountPath: '/var/lib/postgresql/data' },
              { environmentId: 'e-stg', mountPath: '/var/lib/postgresql/data' },
            ],
          },
        ],
      },
      { id: 'p2', name: 'marketing-site', environments: [{ id: 'e-m', name: 'production' }], volumes: [] },
    ],
  };
}

const conn = <T>(xs: T[]) => ({ edges: xs.map((node) => ({ node, cursor: '' })), pageInfo: { hasNextPage: false, hasPreviousPage: false } });

function projectNode(w: RailwayWorld, id: string) {
  const p = w.projects.find((x) => x.id === id)!;
  return {
    id: p.id,
    name: p.name,
    environments: () => conn(p.environments.map((e) => ({ ...e, canAccess: true }))),
    volumes: () => conn(p.volumes.map((v) => ({ id: v.id, name: v.name, volumeInstances: () => conn(v.instances.map((i, n) => ({ id: `${v.id}-${n}`, ...i }))) }))),
  };
}

const notAuthorized = () => {
  throw new Error('Not Authorized');
};

export async function startRailway(world: RailwayWorld): Promise<Standin> {
  return startStandin('railway', async (req, body, res) => {
    if (req.method !== 'POST' || req.url !== '/graphql/v2') return json(res, 404, { errors: [{ message: 'Not Found' }] });
    const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
    const doc = parse(query);
    const problems = validate(railwaySchema, doc);
    if (problems.length) return json(res, 400, { errors: problems.map((e) => ({ message: e.message })) });
    if (doc.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation !== 'query')) return json(res, 200, { errors: [{ message: 'stand-in refuses mutations' }] });
    const projectToken = req.headers['project-access-token'] as string | undefined;
    const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    const rootValue = {
      projectToken: () => {
        const t = projectToken ? world.projectTokens[projectToken] : undefined;
        if (!t) return notAuthorized();
        const p = world.projects.find((x) => x.id === t.projectId)!;
        return {
          id: 'pt',
          name: 'deploy',
          displayToken: 'xxx',
          createdAt: '2026-01-01',
          projectId: t.projectId,
          environmentId: t.environmentId,
          project: projectNode(world, t.projectId),
          environment: p.environments.find((e) => e.id === t.environmentId),
        };
      },
      me: () => {
        const u = bearer ? world.accountTokens[bearer] : undefined;
        if (!u) return notAuthorized();
        return { id: u.id, email: u.email, name: 'Owner', workspaces: () => u.workspaceIds.map((id) => workspaceNode(world, id)) };
      },
      apiToken: () => {
        const ws = bearer ? world.workspaceTokens[bearer] : undefined;
        if (!ws) return notAuthorized();
        return { workspaces: ws.map((id) => ({ id, name: world.workspaces.find((w) => w.id === id)!.name })) };
      },
      workspace: ({ workspaceId }: { workspaceId: string }) => {
        const ws = bearer ? (world.workspaceTokens[bearer] ?? world.accountTokens[bearer]?.workspaceIds) : undefined;
        if (!ws?.includes(workspaceId)) return notAuthorized();
        return workspaceNode(world, workspaceId);
      },
    };
    const result = await graphql({ schema: railwaySchema, source: query, rootValue, variableValues: variables });
    json(res, 200, { data: result.data, ...(result.errors ? { errors: result.errors.map((e) => ({ message: e.message })) } : {}) });
  });
}

function workspaceNode(w: RailwayWorld, id: string) {
  const ws = w.workspaces.find((x) => x.id === id)!;
  return { id: ws.id, name: ws.name, projects: () => conn(ws.projectIds.map((p) => projectNode(w, p))) };
}
