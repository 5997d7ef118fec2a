// The only code that opens HTTP connections to providers. Per provider it holds an allowlist of
// (host, method, path, operation); GraphQL documents are parsed and only `query` operations pass;
// anything else throws before a byte is sent. Base URLs are overridable only through
// ABR_ENDPOINT_<PROVIDER> in the environment — never from a file in the scanned tree.
// The parser alone: the graphql package's index loads ~130 modules, a start-up cost on every run.
import type { LookupFunction } from 'node:net';
import { Kind } from 'graphql/language/kinds.js';
import { parse } from 'graphql/language/parser.js';

export class EgressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EgressError';
  }
}

/** A provider answered in a way that is neither live nor revoked: rate limit, 5xx, timeout, malformed body. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    /** No answer at all (timeout, DNS failure, refused or reset connection): the provider is unreachable from here. */
    readonly unreachable?: string,
    /**
     * The provider as a whole cannot answer now (rate-limited past the longest wait, 5xx or a malformed or
     * oversized body on every attempt): the rest of the run does not ask it again.
     */
    readonly wide?: boolean,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

/** Network errors worth one more try: a connection the far end or the path dropped, not one that never answers. */
const TRANSIENT = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

export interface Route {
  method: 'GET' | 'POST';
  /** Path (without query string) relative to the base URL. */
  path: RegExp;
  /** For POSTs that are reads by nature: returns the operation's name, or throws EgressError. */
  read?: (body: string) => string;
  /**
   * For providers whose API spans several hosts: the names of the bases (`default` for `base`, else keys of
   * ProviderEgress.bases) this route may be sent to. Unset: every base of the provider.
   */
  bases?: string[];
}

export interface ProviderEgress {
  provider: string;
  /** The official base URL. */
  base: string;
  /** Official API hosts: the only ones a secret of this provider may reach. */
  hosts: string[];
  routes: Route[];
  /**
   * Further official base URLs by name, for providers whose API spans several hosts (GCP's token,
   * metadata and Resource Manager hosts; Twilio's Verify host; Datadog's sites). Each is overridable by
   * ABR_ENDPOINT_<PROVIDER>_<NAME>, else by ABR_ENDPOINT_<PROVIDER>, and, like `base`, only from the environment.
   */
  bases?: Record<string, string>;
}

/** `ABR_ENDPOINT_GITHUB` for `github`, `ABR_ENDPOINT_MONGODB_ATLAS` for `mongodb-atlas`. */
export function endpointVariable(provider: string): string {
  return `ABR_ENDPOINT_${provider.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** `ABR_ENDPOINT_GCP_OAUTH2` for the `oauth2` base of `gcp`. */
export function namedEndpointVariable(provider: string, name: string): string {
  return `${endpointVariable(provider)}_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/**
 * The base URL a call goes to: the official one, or the override from the environment. A named base (see
 * ProviderEgress.bases) takes ABR_ENDPOINT_<PROVIDER>_<NAME>, else ABR_ENDPOINT_<PROVIDER>.
 */
export function baseUrl(p: Pick<ProviderEgress, 'provider' | 'base' | 'bases'>, env: NodeJS.ProcessEnv, name = 'default'): { url: URL; overridden: boolean } {
  let official = p.base;
  const vars = [endpointVariable(p.provider)];
  if (name !== 'default') {
    const named = p.bases?.[name];
    if (!named) throw new EgressError(`refused: ${p.provider} has no API base named ${name}`);
    official = named;
    vars.unshift(namedEndpointVariable(p.provider, name));
  }
  const variable = vars.find((x) => env[x]);
  const v = variable ? env[variable] : undefined;
  if (variable && v) {
    let url: URL;
    try {
      url = new URL(v);
    } catch {
      throw new EgressError(`${variable} is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new EgressError(`${variable} must be http(s)`);
    return { url, overridden: true };
  }
  return { url: new URL(official), overridden: false };
}

/** A GraphQL body whose every operation is a query; returns `query field1,field2`. */
export function graphqlQueryOnly(body: string): string {
  let doc: ReturnType<typeof parse>;
  try {
    doc = parse((JSON.parse(body) as { query: string }).query);
  } catch (err) {
    throw new EgressError(`not a GraphQL document: ${(err as Error).message}`);
  }
  const fields: string[] = [];
  for (const def of doc.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) continue;
    if (def.kind !== Kind.OPERATION_DEFINITION || def.operation !== 'query') {
      throw new EgressError(`refused: GraphQL ${def.kind === Kind.OPERATION_DEFINITION ? def.operation : def.kind} is not a read`);
    }
    for (const sel of def.selectionSet.selections) if (sel.kind === Kind.FIELD) fields.push(sel.name.value);
  }
  if (!fields.length) throw new EgressError('refused: GraphQL document has no query');
  return `query ${fields.join(',')}`;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON. */
  json?: unknown;
}

/**
 * TLS the credential's own configuration asks for (a kubeconfig's cluster CA, its client certificate and key):
 * the request then goes through node's https client instead of fetch. PEM strings, memory only.
 */
export interface TlsOptions {
  ca?: string;
  cert?: string;
  key?: string;
  /** Connect to this address (resolved and checked before the call), still naming the URL's host for TLS. */
  address?: string;
}

/** fetch's shape over node's https client, for requests that need their own CA or a client certificate (mTLS). */
async function tlsFetch(url: URL, init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal }, tls: TlsOptions): Promise<Response> {
  // node:https (and http, tls) load with the first such request, not with every scan's resolvers.
  const { request: httpsRequest } = await import('node:https');
  const lookup: LookupFunction | undefined = tls.address
    ? (_host, opts, cb) => {
        const family = tls.address!.includes(':') ? 6 : 4;
        if ((opts as { all?: boolean }).all) (cb as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [{ address: tls.address!, family }]);
        else cb(null, tls.address!, family);
      }
    : undefined;
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, { method: init.method, headers: init.headers, ca: tls.ca, cert: tls.cert, key: tls.key, signal: init.signal, lookup, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (err) => reject(Object.assign(new Error('response failed'), { cause: err })));
      res.on('end', () => {
        const headers = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
        const status = res.statusCode ?? 0;
        resolve(new Response([204, 205, 304].includes(status) ? null : Buffer.concat(chunks), { status, headers }));
      });
    });
    // fetch's errors carry the network error as `cause`; these do too, so one catch reads both.
    req.on('error', (err) => reject(Object.assign(new Error('request failed'), { cause: err })));
    req.end(init.body);
  });
}

export interface EgressOptions {
  env: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Extra attempts after the first, for timeouts, 429 and 5xx. */
  retries?: number;
  /** Longest wait for a Retry-After before giving up, in ms. */
  maxRetryWaitMs?: number;
  /** Aborts every request in flight (the resolve stage's deadline). */
  signal?: AbortSignal;
}

/**
 * Per request. A black-holed host costs this once per provider (the resolve stage stops asking a provider
 * that did not answer), so a scan without network finishes in seconds.
 */
export const DEFAULT_TIMEOUT_MS = 5_000;

/**
 * The largest answer read: a provider's JSON for one credential is kilobytes (GitHub's 100-repository page
 * is under 1 MiB); a larger body is refused unread rather than held in memory (a 50 MB answer, a body that never ends).
 */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** The body as text, reading at most `max` bytes: more is a ProviderError, the rest never read. */
async function boundedText(res: Response, max: number, provider: string): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > max) {
    await res.body?.cancel().catch(() => {});
    throw new ProviderError(`${provider}: answer larger than ${max / 1024 / 1024} MiB (HTTP ${res.status})`, res.status, undefined, true);
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw new ProviderError(`${provider}: answer larger than ${max / 1024 / 1024} MiB (HTTP ${res.status})`, res.status, undefined, true);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Why a request was cut short by the resolve stage's deadline (ResolvePolicy.deadlineMs). */
export const DEADLINE = 'the resolution deadline passed';

export class Egress {
  readonly timeoutMs: number;
  readonly retries: number;
  readonly maxRetryWaitMs: number;
  constructor(readonly opts: EgressOptions) {
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retries = opts.retries ?? 2;
    this.maxRetryWaitMs = opts.maxRetryWaitMs ?? 5_000;
  }

  /** Checks the call against the provider's allowlist and returns the URL and an evidence line. Throws before sending. */
  admit(p: ProviderEgress, method: string, path: string, body?: string, baseName = 'default'): { url: URL; evidence: string } {
    const { url: base, overridden } = baseUrl(p, this.opts.env, baseName);
    const url = new URL(base.href.replace(/\/$/, '') + path);
    if (!overridden && !p.hosts.includes(url.hostname)) throw new EgressError(`refused: ${url.hostname} is not an API host of ${p.provider}`);
    if (url.host !== base.host) throw new EgressError(`refused: ${url.host} is not the ${p.provider} endpoint`);
    const rel = url.pathname.slice(base.pathname.replace(/\/$/, '').length) || '/';
    const route = p.routes.find((r) => r.method === method && r.path.test(rel) && (!r.bases || r.bases.includes(baseName)));
    if (!route) throw new EgressError(`refused: ${method} ${rel} is not an allowed read call for ${p.provider}`);
    let op = '';
    if (method !== 'GET') {
      if (!route.read || body === undefined) throw new EgressError(`refused: ${method} ${rel} has no read check`);
      op = ' ' + route.read(body);
    }
    return { url, evidence: `${method} ${baseName === 'default' ? '' : `${baseName}:`}${rel}${op}` };
  }

  /** `base` names one of the provider's bases (ProviderEgress.bases); unset, the default `base`. */
  async request(
    p: ProviderEgress,
    req: { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string; evidence?: string[]; base?: string; tls?: TlsOptions },
  ): Promise<Answer> {
    const { url, evidence } = this.admit(p, req.method, req.path, req.body, req.base);
    req.evidence?.push(evidence);
    let lastError = '';
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      const stop = this.opts.signal;
      if (stop?.aborted) throw new ProviderError(`${p.provider}: ${DEADLINE}`, undefined, undefined, true);
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(), this.timeoutMs);
      const onStop = () => ctrl.abort();
      stop?.addEventListener('abort', onStop, { once: true });
      let res: Response;
      let text: string;
      try {
        // A redirect is an answer, never followed: the credential goes to the provider's own host only.
        const headers = { 'user-agent': 'agent-blast-radius', ...req.headers };
        res =
          req.tls && url.protocol === 'https:'
            ? await tlsFetch(url, { method: req.method, headers, body: req.body, signal: ctrl.signal }, req.tls)
            : await fetch(url, { method: req.method, headers, body: req.body, signal: ctrl.signal, redirect: 'manual' });
        text = await boundedText(res, MAX_BODY_BYTES, p.provider);
      } catch (err) {
        if (err instanceof ProviderError) throw err;
        if (stop?.aborted) throw new ProviderError(`${p.provider}: ${DEADLINE}`, undefined, undefined, true);
        // A timeout is not retried: a host that did not answer in time will not answer the next try either.
        if (ctrl.signal.aborted) throw new ProviderError(`${p.provider}: timed out after ${this.timeoutMs} ms`, undefined, `timed out after ${this.timeoutMs} ms`);
        const cause = (err as { cause?: { code?: string; message?: string } }).cause;
        const code = cause?.code ?? cause?.message ?? (err as Error).name;
        lastError = `unreachable (${code})`;
        if (TRANSIENT.has(code) && attempt < this.retries) continue;
        throw new ProviderError(`${p.provider}: ${lastError}`, undefined, code);
      } finally {
        clearTimeout(timer);
        stop?.removeEventListener('abort', onStop);
      }
      // 429, and 403 with an exhausted rate limit, are "try later", never "revoked".
      // GitHub's secondary limits answer 403 with Retry-After (docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api).
      const rateLimited = res.status === 429 || (res.status === 403 && (res.headers.get('x-ratelimit-remaining') === '0' || res.headers.has('retry-after')));
      if (rateLimited || res.status >= 500) {
        lastError = rateLimited ? `rate-limited (HTTP ${res.status})` : `HTTP ${res.status}`;
        const wait = retryAfterMs(res.headers);
        if (attempt < this.retries && wait <= this.maxRetryWaitMs) {
          await new Promise((r) => setTimeout(r, wait));
          continue;
        }
        throw new ProviderError(`${p.provider}: ${lastError}`, res.status, undefined, true);
      }
      let json: unknown;
      if ((res.headers.get('content-type') ?? '').includes('json') || /^\s*[[{]/.test(text)) {
        try {
          json = JSON.parse(text);
        } catch {
          lastError = 'malformed JSON body';
          if (attempt < this.retries) continue;
          throw new ProviderError(`${p.provider}: malformed JSON body (HTTP ${res.status})`, res.status, undefined, true);
        }
      }
      return { status: res.status, headers: res.headers, text, json };
    }
    throw new ProviderError(`${p.provider}: ${lastError}`);
  }
}

function retryAfterMs(h: Headers): number {
  const ra = h.get('retry-after');
  if (ra && /^\d+$/.test(ra)) return Number(ra) * 1000;
  const reset = h.get('x-ratelimit-reset');
  if (reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - Date.now());
  return 200;
}
