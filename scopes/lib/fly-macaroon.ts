// Reads the caveats of a Fly.io macaroon bundle locally, as `fly tokens debug` does (https://fly.io/docs/flyctl/tokens-debug/), without a
// network call and without verifying anything: caveats only ever narrow a token, and cannot be removed
// (github.com/superfly/macaroon macaroon.go), so what they say bounds what the token may do.
//
// Format (superfly/macaroon format.go, macaroon.go, caveat_set.go, caveat.go, flyio/caveats.go,
// resset/action.go): `fm2_<base64>` tokens, comma-separated; each is a MessagePack array
// [nonce, location, caveats, tail] where caveats alternate [type, body, type, body…]. Types: 0 Organization
// [id, mask], 2 Volumes, 3 Apps [{appId: mask}], 5 FeatureSet, 6 Mutations, 7 Machines, 13 IfPresent.
// Masks: r=1 w=2 c=4 d=8 C=16.

export interface FlyCaveats {
  /** Organization caveats: the org id and its action mask. */
  orgs: Array<{ id: string; mask: number }>;
  /** Apps caveats: app id → action mask. */
  apps: Array<Record<string, number>>;
  /** Other top-level caveat types present (by name). */
  other: string[];
}

export const ACTION = { read: 1, write: 2, create: 4, delete: 8, control: 16 } as const;

const NAMES: Record<number, string> = {
  2: 'Volumes',
  4: 'ValidityWindow',
  5: 'FeatureSet',
  6: 'Mutations',
  7: 'Machines',
  8: 'ConfineUser',
  9: 'ConfineOrganization',
  10: 'IsUser',
  11: 'ThirdParty',
  12: 'BindToParentToken',
  13: 'IfPresent',
  14: 'MachineFeatureSet',
  15: 'FromMachineSource',
  16: 'Clusters',
  22: 'NoAdminFeatures',
};

type Value = number | string | boolean | null | Uint8Array | Value[] | Map<Value, Value>;

class Reader {
  private i = 0;
  constructor(private readonly b: Buffer) {}
  private need(n: number): void {
    if (this.i + n > this.b.length) throw new Error('truncated');
  }
  private u(n: 1 | 2 | 4 | 8): number {
    this.need(n);
    const v = n === 1 ? this.b.readUInt8(this.i) : n === 2 ? this.b.readUInt16BE(this.i) : n === 4 ? this.b.readUInt32BE(this.i) : Number(this.b.readBigUInt64BE(this.i));
    this.i += n;
    return v;
  }
  private s(n: 1 | 2 | 4 | 8): number {
    this.need(n);
    const v = n === 1 ? this.b.readInt8(this.i) : n === 2 ? this.b.readInt16BE(this.i) : n === 4 ? this.b.readInt32BE(this.i) : Number(this.b.readBigInt64BE(this.i));
    this.i += n;
    return v;
  }
  private bytes(n: number): Buffer {
    this.need(n);
    const out = this.b.subarray(this.i, this.i + n);
    this.i += n;
    return out;
  }
  value(depth = 0): Value {
    if (depth > 16) throw new Error('too deep');
    const t = this.u(1);
    if (t <= 0x7f) return t;
    if (t >= 0xe0) return t - 0x100;
    if (t >= 0x80 && t <= 0x8f) return this.map(t & 0x0f, depth);
    if (t >= 0x90 && t <= 0x9f) return this.array(t & 0x0f, depth);
    if (t >= 0xa0 && t <= 0xbf) return this.bytes(t & 0x1f).toString('utf8');
    switch (t) {
      case 0xc0:
        return null;
      case 0xc2:
        return false;
      case 0xc3:
        return true;
      case 0xc4:
        return this.bytes(this.u(1));
      case 0xc5:
        return this.bytes(this.u(2));
      case 0xc6:
        return this.bytes(this.u(4));
      case 0xca:
        this.bytes(4);
        return 0;
      case 0xcb:
        this.bytes(8);
        return 0;
      case 0xcc:
        return this.u(1);
      case 0xcd:
        return this.u(2);
      case 0xce:
        return this.u(4);
      case 0xcf:
        return this.u(8);
      case 0xd0:
        return this.s(1);
      case 0xd1:
        return this.s(2);
      case 0xd2:
        return this.s(4);
      case 0xd3:
        return this.s(8);
      case 0xd9:
        return this.bytes(this.u(1)).toString('utf8');
      case 0xda:
        return this.bytes(this.u(2)).toString('utf8');
      case 0xdb:
        return this.bytes(this.u(4)).toString('utf8');
      case 0xdc:
        return this.array(this.u(2), depth);
      case 0xdd:
        return this.array(this.u(4), depth);
      case 0xde:
        return this.map(this.u(2), depth);
      case 0xdf:
        return this.map(this.u(4), depth);
      default:
        throw new Error(`unsupported type 0x${t.toString(16)}`);
    }
  }
  private array(n: number, depth: number): Value[] {
    if (n > this.b.length) throw new Error('bad length');
    return Array.from({ length: n }, () => this.value(depth + 1));
  }
  private map(n: number, depth: number): Map<Value, Value> {
    if (n > this.b.length) throw new Error('bad length');
    const m = new Map<Value, Value>();
    for (let k = 0; k < n; k++) m.set(this.value(depth + 1), this.value(depth + 1));
    return m;
  }
}

/** The caveats of every decodable macaroon in a `fm2_…,fm2_…` bundle, or undefined when none decodes. */
export function readFlyCaveats(bundle: string): FlyCaveats | undefined {
  const out: FlyCaveats = { orgs: [], apps: [], other: [] };
  let decoded = 0;
  for (const tok of bundle.replace(/^FlyV1\s+/, '').split(',')) {
    const m = /^fm(?:1[ar]|2)_([A-Za-z0-9+/]+={0,3})$/.exec(tok.trim());
    if (!m) continue;
    let top: Value;
    try {
      top = new Reader(Buffer.from(m[1], 'base64')).value();
    } catch {
      continue;
    }
    if (!Array.isArray(top) || top.length !== 4 || typeof top[1] !== 'string' || !Array.isArray(top[2]) || top[2].length % 2) continue;
    decoded++;
    const cavs = top[2];
    for (let k = 0; k < cavs.length; k += 2) {
      const type = cavs[k];
      const body = cavs[k + 1];
      if (type === 0 && Array.isArray(body) && body.length >= 2 && typeof body[1] === 'number') out.orgs.push({ id: String(body[0]), mask: body[1] });
      else if (type === 3 && Array.isArray(body) && body[0] instanceof Map) {
        const apps: Record<string, number> = {};
        for (const [id, mask] of body[0]) if (typeof mask === 'number') apps[String(id)] = mask;
        out.apps.push(apps);
      } else if (typeof type === 'number') out.other.push(NAMES[type] ?? `caveat ${type}`);
    }
  }
  return decoded ? out : undefined;
}

export function maskString(mask: number): string {
  return (['r', 'w', 'c', 'd', 'C'] as const).filter((_, i) => mask & (1 << i)).join('') || 'none';
}
