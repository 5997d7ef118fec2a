// The suite-wide egress invariants, asserted over everything the stand-ins recorded in a test file:
// only read calls, and no credential at a host other than its own provider's.
import { parse } from 'graphql';
import { expect } from 'vitest';
import { recorded } from './standins/index.js';

const READ_POSTS: Record<string, (path: string, body: string) => boolean> = {
  railway: (path, body) => path === '/graphql/v2' && parse((JSON.parse(body) as { query: string }).query).definitions.every((d) => d.kind !== 'OperationDefinition' || d.operation === 'query'),
  aws: (_path, body) => /^Action=(GetCallerIdentity|ListAccountAliases|Get[A-Za-z]+|List[A-Za-z]+|SimulatePrincipalPolicy)&/.test(body),
};

/** `secrets` maps each provider to the credentials that belong to it. */
export function assertEgressClean(secrets: Record<string, string[]>): void {
  const problems: string[] = [];
  for (const r of recorded) {
    if (r.method !== 'GET' && r.method !== 'HEAD' && !READ_POSTS[r.provider]?.(r.path.split('?')[0], r.body)) problems.push(`${r.provider}: mutating ${r.method} ${r.path}`);
    const wire = JSON.stringify(r.headers) + r.body + r.path;
    for (const [owner, list] of Object.entries(secrets)) {
      if (owner === r.provider) continue;
      for (const s of list) if (wire.includes(s)) problems.push(`${owner} credential sent to ${r.provider}`);
    }
  }
  expect(problems).toEqual([]);
}
