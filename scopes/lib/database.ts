// The offline verdict shared by database and cache URLs: the host names the environment, the user
// name tells whether it is the engine's built-in superuser (core.md §5: postgres, root, sa … are
// superusers by default — UNCONFIRMED for any given server, so always inferred).
import { hostEnvironment, isLoopback } from '../../src/classify/environment.js';
import { shapeScope, type ShapeVerdict } from '../../src/resolve/define.js';
import type { Finding, Scope } from '../../src/types.js';

interface Engine {
  name: string;
  superusers: string[];
  /** The destroy primitives a superuser holds; `destroysBackups` where the engine's own backup goes too. */
  destroy: NonNullable<ShapeVerdict['destroy']>;
}

export function databaseScope(f: Finding, engine: Engine): Scope {
  const host = f.facts.host ?? '';
  const user = (f.facts.user ?? '').toLowerCase();
  const env = host ? hostEnvironment(host) : undefined;
  const target = f.facts.database ? `${f.facts.database} on ${host}` : host || 'the server';
  const because: string[] = [];
  if (env) because.push(`the host ${host} names the ${env} environment`);
  if (host && isLoopback(host)) because.push('the host is this machine (loopback)');
  const superuser = engine.superusers.includes(user);
  if (superuser) because.push(`"${f.facts.user}" is ${engine.name}'s built-in superuser name; whether it still is on this server is only known by connecting (--probe-databases)`);
  else because.push(`the privileges of "${f.facts.user ?? 'this user'}" are only known by connecting`);
  return shapeScope({
    tokenKind: superuser ? 'superuser-connection' : f.tokenKind,
    identity: f.facts.user ? `${f.facts.user}@${host}` : host,
    root: superuser,
    environments: env ? [env] : [],
    resources: [target],
    destroy: superuser ? engine.destroy.map((d) => ({ ...d, resource: d.resource.replace('{target}', host || 'the server') })) : [],
    because,
  });
}
