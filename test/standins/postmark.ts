// Stand-in for Postmark's API (https://postmarkapp.com/developer/api/overview): GET /message-streams for a server
// token (X-Postmark-Server-Token), GET /domains for an account token (X-Postmark-Account-Token); a token given in the
// wrong header, or unknown, is 401 with ErrorCode 10. It serves no GET /server or /servers (whose answers carry API
// tokens): any other route or method is answered 404 and recorded.
import type { IncomingMessage } from 'node:http';
import * as fake from '../../src/detect/fake.js';
import { json, serve, type Canned, type Standin } from './index.js';

export interface PostmarkToken {
  kind: 'server' | 'account';
  server?: number;
  streams?: string[];
  domains?: string[];
}

const header = (req: IncomingMessage, name: string) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : undefined);
const BAD = { ErrorCode: 10, Message: 'The Server API token provided is invalid or the request used the wrong token type.' };

export function startPostmark(world: { tokens: Record<string, PostmarkToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve(
    'postmark',
    (req) => header(req, 'x-postmark-server-token') ?? header(req, 'x-postmark-account-token'),
    world.canned,
    (req, url, token, res) => {
      const t = token ? world.tokens[token] : undefined;
      const as = header(req, 'x-postmark-server-token') ? 'server' : 'account';
      if (!t || t.kind !== as) return json(res, 401, BAD);
      if (req.method === 'GET' && url.pathname === '/message-streams' && t.kind === 'server')
        return json(res, 200, {
          MessageStreams: (t.streams ?? []).map((Name, i) => ({ ID: Name.toLowerCase(), ServerID: t.server, Name, MessageStreamType: i ? 'Broadcasts' : 'Transactional' })),
          TotalCount: (t.streams ?? []).length,
        });
      if (req.method === 'GET' && url.pathname === '/domains' && t.kind === 'account')
        return json(res, 200, { TotalCount: (t.domains ?? []).length, Domains: (t.domains ?? []).map((Name, i) => ({ ID: i + 1, Name, SPFVerified: true, DKIMVerified: true })) });
      json(res, 404, { ErrorCode: 404, Message: 'Not found' });
    },
  );
}

/** Postmark's stand-in world: an account token (root), a server token for a staging server, a revoked one, one answered 418. */
export function postmarkWorld() {
  const T = { root: fake.uuid(), scoped: fake.uuid(), revoked: fake.uuid(), odd: fake.uuid() };
  const start = () =>
    startPostmark({
      tokens: { [T.root]: { kind: 'account', domains: ['example.com', 'staging.example.com'] }, [T.scoped]: { kind: 'server', server: 42, streams: ['staging-outbound', 'staging-broadcast'] } },
      canned: { [T.odd]: { status: 418, body: {} } },
    });
  return { T, start };
}
