// Stand-in for Fly.io's Machines API: the apps of an organization (https://fly.io/docs/machines/api/apps-resource/);
// macaroon tokens as superfly/macaroon encodes them (https://github.com/superfly/macaroon).
import { randomBytes } from 'node:crypto';
import { flyUser } from '../saas-helpers.js';
import { answerOdd, json, startStandin, urlOf, type Odd, type Standin } from './index.js';

export interface FlyConfig extends Odd {
  /** A user token or a macaroon bundle → the apps of its personal organization. */
  tokens: Record<string, { apps: string[] }>;
}

export function startFly(cfg: FlyConfig): Promise<Standin> {
  return startStandin('flyio', (req, _body, res) => {
    const auth = req.headers.authorization ?? '';
    const t = /^(?:Bearer|FlyV1)\s+(.+)$/.exec(auth)?.[1];
    if (answerOdd(cfg, t, res)) return;
    const who = t ? cfg.tokens[t] : undefined;
    const u = urlOf(req);
    if (u.pathname !== '/v1/apps') return json(res, 404, { error: 'not found' });
    if (!who) return json(res, 401, { error: 'unauthorized' });
    const slug = u.searchParams.get('org_slug');
    // trufflehog flyio.go: a valid token without org_slug gets 400.
    if (!slug) return json(res, 400, { error: 'org_slug is required' });
    if (slug !== 'personal') return json(res, 403, { error: 'unauthorized for org' });
    json(res, 200, { total_apps: who.apps.length, apps: who.apps.map((name, i) => ({ id: `app${i}`, name, machine_count: 1, network: 'default' })) });
  });
}

type Pack = number | string | boolean | null | Buffer | Pack[] | Map<Pack, Pack>;

/** A MessagePack encoder for the few types Fly macaroons use (superfly/macaroon encodes with compact ints). */
export function msgpack(v: Pack): Buffer {
  if (v === null) return Buffer.from([0xc0]);
  if (typeof v === 'boolean') return Buffer.from([v ? 0xc3 : 0xc2]);
  if (typeof v === 'number') {
    if (v >= 0 && v <= 0x7f) return Buffer.from([v]);
    if (v >= 0 && v <= 0xff) return Buffer.from([0xcc, v]);
    if (v >= 0 && v <= 0xffff) return Buffer.from([0xcd, v >> 8, v & 0xff]);
    const b = Buffer.alloc(5);
    b[0] = 0xce;
    b.writeUInt32BE(v, 1);
    return b;
  }
  if (typeof v === 'string') {
    const s = Buffer.from(v);
    return Buffer.concat([s.length < 32 ? Buffer.from([0xa0 | s.length]) : Buffer.from([0xd9, s.length]), s]);
  }
  if (Buffer.isBuffer(v)) return Buffer.concat([Buffer.from([0xc4, v.length]), v]);
  if (Array.isArray(v)) return Buffer.concat([Buffer.from([0x90 | v.length]), ...v.map(msgpack)]);
  return Buffer.concat([Buffer.from([0x80 | v.size]), ...[...v].flatMap(([k, x]) => [msgpack(k), msgpack(x)])]);
}

/** A Fly macaroon with the given caveats ([type, body] pairs), base64 in the fm2_ form (superfly/macaroon format.go). */
export function flyMacaroon(location: string, caveats: Array<[number, Pack]>): string {
  const m = msgpack([[randomBytes(24), randomBytes(16), false], location, caveats.flat(), randomBytes(32)]);
  return `fm2_${m.toString('base64')}`;
}

/** The organization and app the scoped deploy token is bound to, and the tokens built on them. */
export const FLY_ORG = 4242;
export const FLY_APP = 777;
export const flyDeploy = [
  flyMacaroon('https://api.fly.io/v1', [
    [0, [FLY_ORG, 31]],
    [3, [new Map([[FLY_APP, 31]])]],
  ]),
  flyMacaroon('https://api.fly.io/aaa/v1', [[12, randomBytes(16)]]),
].join(',');
export const flyReadonly = flyMacaroon('https://api.fly.io/v1', [[0, [FLY_ORG, 1]]]);

/** Fly.io's stand-in world, shared by test/flyio.test.ts and test/saas-workspace.test.ts: the credentials it knows
 * (built by the seeded generator) and `start` for the stand-in answering them. */
export function flyioWorld() {
  const T = { root: flyUser(), scoped: flyDeploy, readonly: flyReadonly, revoked: flyUser(), odd: flyUser() };
  const start = async (odd: Set<string>): Promise<Standin> => {
    const standin = await startFly({
      odd,
      tokens: { [T.root]: { apps: ['shop-production', 'shop-staging'] }, [T.scoped]: { apps: [] }, [T.readonly]: { apps: [] }, [T.odd]: { apps: [] } },
    });
    odd.add(T.odd);
    return standin;
  };
  return { T, start };
}
