// HTTP plumbing of the fake Discord REST API: body parsing (JSON and multipart payload_json), request
// recording, fault injection (failNext), route matching and Discord-style error bodies.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FakeStore, RecordedFile, RecordedRequest } from './fake-store.ts';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteCtx {
  req: RecordedRequest;
  params: Record<string, string>;
}

export interface Route {
  method: string;
  template: string;
  /** Requires `Authorization: Bot <token>` when the fake was started with `token`. */
  auth: boolean;
  handler: (ctx: RouteCtx) => Reply;
}

/** A scripted REST failure (or delay) for the next matching request(s). */
export interface RestFault {
  /** HTTP method to match (case-insensitive); any when omitted. */
  method?: string;
  /** Substring of, or RegExp tested against, the route path below /api/v10 (e.g. '/callback', /\/messages$/). */
  pathPattern: string | RegExp;
  /** Status to answer with. Omit (with delayMs) to only delay the real response. */
  status?: number;
  /** Response JSON; sensible Discord defaults per status (429 rate limit, 404 Unknown interaction, 500...). */
  body?: unknown;
  /** For 429: seconds to wait (body `retry_after`, `Retry-After`, `X-RateLimit-Reset-After`). Default 0.1. */
  retryAfter?: number;
  /** For 429: sets `X-RateLimit-Global` and `global: true`. Default false. */
  global?: boolean;
  /** For 429: `X-RateLimit-Scope`. Default 'shared'. */
  scope?: 'user' | 'global' | 'shared';
  /** Wait this long before answering (fault or real route). */
  delayMs?: number;
  /** How many matching requests this applies to. Default 1. */
  times?: number;
}

export function discordError(status: number, code: number, message: string, extra: Record<string, unknown> = {}): Reply {
  return { status, body: { message, code, ...extra } };
}

function defaultFaultBody(f: RestFault, path: string, retryAfter: number): unknown {
  switch (f.status) {
    case 429:
      return { message: 'You are being rate limited.', retry_after: retryAfter, global: f.global ?? false };
    case 404:
      return path.startsWith('/interactions/') || path.startsWith('/webhooks/')
        ? { message: 'Unknown interaction', code: 10062 }
        : { message: '404: Not Found', code: 0 };
    case 400:
      return { message: 'Invalid Form Body', code: 50035, errors: {} };
    case 401:
      return { message: '401: Unauthorized', code: 0 };
    case 403:
      return { message: 'Missing Permissions', code: 50013 };
    default:
      return { message: `${f.status ?? 500}: Fake Server Error`, code: 0 };
  }
}

interface CompiledRoute extends Route {
  re: RegExp;
  keys: string[];
}

export class FakeHttp {
  private readonly faults: Array<RestFault & { remaining: number }> = [];
  private readonly routes: CompiledRoute[];
  private seq = 0;

  constructor(
    private readonly store: FakeStore,
    routes: Route[],
    private readonly opts: { token: string | null; latencyMs: number },
  ) {
    this.routes = routes.map((r) => {
      const keys: string[] = [];
      const src = r.template
        .split('/')
        .map((seg) => {
          if (!seg.startsWith(':')) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          keys.push(seg.slice(1));
          return '([^/]+)';
        })
        .join('/');
      return { ...r, re: new RegExp(`^${src}$`), keys };
    });
  }

  addFault(f: RestFault): void {
    this.faults.push({ ...f, remaining: f.times ?? 1 });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  private takeFault(method: string, path: string): RestFault | undefined {
    const i = this.faults.findIndex(
      (f) =>
        f.remaining > 0 &&
        (!f.method || f.method.toUpperCase() === method) &&
        (typeof f.pathPattern === 'string' ? path.includes(f.pathPattern) : f.pathPattern.test(path)),
    );
    const f = this.faults[i];
    if (!f) return undefined;
    f.remaining--;
    if (f.remaining <= 0) this.faults.splice(i, 1);
    return f;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (k !== 'authorization' && v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const prefix = '/api/v10';
    const rawPath = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : url.pathname;
    const path = safeDecode(rawPath);
    const rec: RecordedRequest = {
      seq: ++this.seq,
      at: Date.now(),
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      headers,
      hasAuth: typeof req.headers.authorization === 'string',
      body: undefined,
      files: [],
      route: null,
      status: null,
      respondedAt: null,
      faulted: false,
    };
    let reply: Reply;
    try {
      let bad = false;
      try {
        const parsed = await parseBody(raw, headers['content-type'] ?? '');
        rec.body = parsed.body;
        rec.files = parsed.files;
      } catch {
        bad = true;
        rec.body = raw.toString('utf8');
      }
      this.store.requests.push(rec);
      this.store.signals.notify();
      reply = bad
        ? discordError(400, 50109, 'The request body contains invalid JSON.')
        : await this.route(rec, rawPath, url.pathname.startsWith(`${prefix}/`), req.headers.authorization);
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      this.store.internalErrors.push(err);
      if (!this.store.requests.includes(rec)) this.store.requests.push(rec);
      reply = { status: 500, body: { message: `fake-discord internal error: ${err.message}`, code: 0 } };
    }
    rec.status = reply.status;
    rec.respondedAt = Date.now();
    const outHeaders: Record<string, string> = { ...reply.headers };
    if (reply.body === undefined) {
      res.writeHead(reply.status, outHeaders);
      res.end();
    } else {
      outHeaders['content-type'] = 'application/json';
      res.writeHead(reply.status, outHeaders);
      res.end(JSON.stringify(reply.body));
    }
    this.store.signals.notify();
  }

  private async route(rec: RecordedRequest, rawPath: string, versioned: boolean, auth: string | undefined): Promise<Reply> {
    const fault = this.takeFault(rec.method, rec.path);
    const delay = (fault?.delayMs ?? 0) + this.opts.latencyMs;
    if (delay > 0) await sleep(delay);
    let matched: CompiledRoute | undefined;
    let params: Record<string, string> = {};
    let pathMatched = false;
    if (versioned) {
      for (const r of this.routes) {
        const m = r.re.exec(rawPath);
        if (!m) continue;
        pathMatched = true;
        if (r.method !== rec.method) continue;
        matched = r;
        params = Object.fromEntries(r.keys.map((k, i) => [k, safeDecode(m[i + 1] ?? '')]));
        break;
      }
    }
    if (matched) rec.route = `${matched.method} ${matched.template}`;
    if (fault?.status !== undefined) {
      rec.faulted = true;
      const retryAfter = fault.retryAfter ?? 0.1;
      const body = fault.body ?? defaultFaultBody(fault, rec.path, retryAfter);
      const headers: Record<string, string> = {};
      if (fault.status === 429) {
        headers['retry-after'] = String(retryAfter);
        headers['x-ratelimit-limit'] = '5';
        headers['x-ratelimit-remaining'] = '0';
        headers['x-ratelimit-reset'] = (Date.now() / 1000 + retryAfter).toFixed(3);
        headers['x-ratelimit-reset-after'] = String(retryAfter);
        headers['x-ratelimit-bucket'] = 'fakebucket';
        headers['x-ratelimit-scope'] = fault.scope ?? 'shared';
        if (fault.global) headers['x-ratelimit-global'] = 'true';
      }
      return { status: fault.status, body, headers };
    }
    if (!matched) {
      return pathMatched ? discordError(405, 0, '405: Method Not Allowed') : discordError(404, 0, '404: Not Found');
    }
    if (matched.auth && this.opts.token !== null && auth !== `Bot ${this.opts.token}`) {
      return discordError(401, 0, '401: Unauthorized');
    }
    return matched.handler({ req: rec, params });
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

async function parseBody(raw: Buffer, contentType: string): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    let body: unknown;
    const files: RecordedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
      } else {
        files.push({ field, name: value.name, size: value.size, contentType: value.type });
      }
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  if (contentType.includes('json')) return { body: JSON.parse(text) as unknown, files: [] };
  return { body: text, files: [] };
}
