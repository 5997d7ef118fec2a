// Local stand-ins for provider APIs: http.createServer on loopback, answering with each provider's
// documented responses. Every request is recorded so the suites can prove egress stayed read-only and
// that no credential reached another provider's host.
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions as HttpsOptions } from 'node:https';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  provider: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export const recorded: Recorded[] = [];

export type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void | Promise<void>;

export interface Standin {
  url: string;
  close: () => Promise<void>;
  /** Next requests get this behaviour first (one entry per request), then the normal handler. */
  faults: Array<'429' | '500' | 'timeout' | 'malformed' | '403-ratelimit'>;
}

/** `tls`: serve HTTPS with this key and certificate (and ask for client certificates when `requestCert`). */
export async function startStandin(provider: string, handler: Handler, tls?: HttpsOptions): Promise<Standin> {
  const faults: Standin['faults'] = [];
  const listener: RequestListener = (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      recorded.push({ provider, method: req.method ?? '', path: req.url ?? '', headers, body });
      const fault = faults.shift();
      if (fault === '429') return void res.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' }).end('{"message":"rate limited"}');
      if (fault === '403-ratelimit')
        return void res.writeHead(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0', 'content-type': 'application/json' }).end('{"message":"API rate limit exceeded"}');
      if (fault === '500') return void res.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway');
      if (fault === 'malformed') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"data": {');
      if (fault === 'timeout') return void setTimeout(() => res.destroy(), 2000);
      try {
        await handler(req, body, res);
      } catch (err) {
        res.writeHead(500).end(String(err));
      }
    });
  };
  const server = tls ? createHttpsServer(tls, listener) : createServer(listener);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    faults,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

// ------------------------------------------------------------------------------ helpers for the stand-ins

/** A fixed answer a stand-in gives one token on every route (unexpected statuses, bodies of the wrong shape). */
export interface Canned {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Tokens listed here get a 404 on their first call: a status the resolvers do not map (→ unknown). */
export type Odd = { odd?: Set<string> };

/** Answers 404 once for a token listed in `cfg.odd` (and forgets it); says whether it did. */
export function answerOdd(cfg: Odd, token: string | undefined, res: ServerResponse): boolean {
  if (!token || !cfg.odd?.has(token)) return false;
  cfg.odd.delete(token);
  json(res, 404, { message: 'Not Found' });
  return true;
}

/** The bearer token of a request (RFC 6750 §2.1). */
export const bearer = (req: IncomingMessage) => /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];

/** HTTP Basic credentials of a request (RFC 7617). */
export const basic = (req: IncomingMessage) => {
  const m = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '');
  if (!m) return undefined;
  const s = Buffer.from(m[1], 'base64').toString('utf8');
  const i = s.indexOf(':');
  return i < 0 ? undefined : { user: s.slice(0, i), pass: s.slice(i + 1) };
};

export const urlOf = (req: IncomingMessage) => new URL(req.url ?? '/', 'http://standin');

export type Route = (req: IncomingMessage, url: URL, token: string | undefined, res: ServerResponse) => void;

/** A stand-in that answers a token's canned answer when it has one, else routes the request. */
export function serve(provider: string, tokenOf: (req: IncomingMessage) => string | undefined, canned: Record<string, Canned> | undefined, route: Route): Promise<Standin> {
  return startStandin(provider, (req, _body, res) => {
    const url = urlOf(req);
    const token = tokenOf(req);
    const c = token ? canned?.[token] : undefined;
    if (c) return json(res, c.status, c.body, c.headers);
    route(req, url, token, res);
  });
}
