// Fake Discord gateway (v10, JSON encoding, no compression) on the fake's HTTP server, using `ws`.
// Implements HELLO / HEARTBEAT(_ACK) / IDENTIFY -> READY + GUILD_CREATE / RESUME -> replay + RESUMED /
// INVALID_SESSION / RECONNECT, per-shard sessions with sequence numbers and event history.
import type { IncomingMessage, Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { WebSocketServer, WebSocket } from 'ws';
import { BOT_USER, APPLICATION_ID, guildCreateJson, memberJson, shardForGuild } from './fixtures.ts';
import type { FakeStore } from './fake-store.ts';

export interface GatewayConfig {
  shards: number;
  heartbeatIntervalMs: number;
  allowPrivilegedIntents: boolean;
  /** When set, IDENTIFY/RESUME with another token is closed with 4004. */
  token: string | null;
}

export interface IdentifyRecord {
  at: number;
  connectionId: number;
  shard: [number, number];
  intents: number;
  properties: unknown;
  compress: unknown;
  largeThreshold: unknown;
  presence: unknown;
  /** null when no expected token was configured. The token itself is never recorded. */
  tokenOk: boolean | null;
}

export interface ResumeRecord {
  at: number;
  connectionId: number;
  sessionId: string;
  seq: number;
  /** false when answered with INVALID_SESSION. */
  accepted: boolean;
  replayed: number;
}

export interface ConnectionRecord {
  id: number;
  at: number;
  /** `/` for fresh connections, `/resume` when discord.js used resume_gateway_url. */
  path: string;
  query: Record<string, string>;
  shardId: number | null;
  closedAt: number | null;
  closeCode: number | null;
}

export interface GatewayLogEntry {
  at: number;
  connectionId: number;
  shardId: number | null;
  dir: 'in' | 'out' | 'dropped';
  op: number;
  t: string | null;
  s: number | null;
}

interface Conn {
  rec: ConnectionRecord;
  ws: WebSocket;
  identified: boolean;
  live: boolean;
  acking: boolean;
}

interface HistoryEvent {
  s: number;
  t: string;
  d: unknown;
  sentOn: number | null;
}

interface Session {
  id: string;
  shardId: number;
  seq: number;
  history: HistoryEvent[];
}

interface ShardState {
  id: number;
  conn: Conn | null;
  session: Session | null;
  intents: number | null;
  /** Events dispatched before this shard ever identified. */
  pending: Array<{ t: string; d: unknown }>;
}

const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

export class FakeGateway {
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  readonly connections: ConnectionRecord[] = [];
  readonly log: GatewayLogEntry[] = [];
  heartbeats = 0;
  private readonly wss: WebSocketServer;
  private readonly conns = new Set<Conn>();
  private readonly shards = new Map<number, ShardState>();
  /** Shard count in use: the `n` of the latest IDENTIFY's `shard: [i, n]` (before that, the configured count). */
  private shardCount: number;
  private readonly sessions = new Map<string, Session>();
  private nextConnId = 0;
  private failResumes = 0;

  constructor(
    server: Server,
    private readonly store: FakeStore,
    private readonly cfg: GatewayConfig,
    private readonly resumeUrl: () => string,
  ) {
    this.shardCount = cfg.shards;
    this.wss = new WebSocketServer({ server, perMessageDeflate: false });
    this.wss.on('connection', (ws, req) => this.onConnection(ws, req));
  }

  /** Shard that receives a guild's events (DMs go to shard 0). */
  shardOf(guildId: string | null): number {
    return guildId === null ? 0 : shardForGuild(guildId, this.shardCount);
  }

  get currentShardCount(): number {
    return this.shardCount;
  }

  private shard(id: number): ShardState {
    let sh = this.shards.get(id);
    if (!sh) this.shards.set(id, (sh = { id, conn: null, session: null, intents: null, pending: [] }));
    return sh;
  }

  /** Intents of the current session of a shard (null before the first IDENTIFY). */
  intentsFor(shardId: number): number | null {
    return this.shards.get(shardId)?.intents ?? null;
  }

  /** True when the shard has an identified/resumed, open connection. */
  isLive(shardId = 0): boolean {
    const c = this.shards.get(shardId)?.conn;
    return !!c && c.live && c.ws.readyState === WebSocket.OPEN;
  }

  /**
   * Dispatches an event (op 0) on a shard. If the shard is disconnected the event is kept in the session
   * history and replayed on RESUME; events never written to any socket are re-dispatched after a new IDENTIFY.
   */
  dispatch(shardId: number, t: string, d: unknown): void {
    const sh = this.shard(shardId);
    if (!sh.session) {
      sh.pending.push({ t, d });
      return;
    }
    const ev: HistoryEvent = { s: ++sh.session.seq, t, d, sentOn: null };
    sh.session.history.push(ev);
    if (sh.conn?.live) this.sendEvent(sh.conn, ev);
  }

  /** Dispatch only when the shard's identified intents include `intent` (as Discord filters events); else log a drop. */
  dispatchWithIntent(shardId: number, intent: number, t: string, d: unknown): boolean {
    const intents = this.intentsFor(shardId);
    if (intents !== null && (intents & intent) === 0) {
      this.log.push({ at: Date.now(), connectionId: 0, shardId, dir: 'dropped', op: 0, t, s: null });
      return false;
    }
    this.dispatch(shardId, t, d);
    return true;
  }

  /** Close the live connection(s) server-side; 1006 simulates an abnormal drop (socket terminated). */
  closeConnections(code: number, shardId?: number): number {
    let n = 0;
    for (const c of this.conns) {
      if (shardId !== undefined && c.rec.shardId !== shardId) continue;
      if (c.ws.readyState !== WebSocket.OPEN) continue;
      n++;
      if (code === 4009 && c.rec.shardId !== null) {
        const s = this.shards.get(c.rec.shardId)?.session;
        if (s) this.sessions.delete(s.id);
      }
      if (code === 1006) c.ws.terminate();
      else c.ws.close(code, 'fake-discord: closeGateway');
    }
    return n;
  }

  /** Stop answering heartbeats on the current connection(s); new connections ack normally again. */
  stopHeartbeatAcks(shardId?: number): void {
    for (const c of this.conns) if (shardId === undefined || c.rec.shardId === shardId) c.acking = false;
  }

  /** Send op 9 INVALID_SESSION; when not resumable the session is forgotten (the client must re-identify). */
  invalidateSession(resumable: boolean, shardId?: number): void {
    for (const sh of this.shards.values()) {
      if (shardId !== undefined && sh.id !== shardId) continue;
      if (!resumable && sh.session) this.sessions.delete(sh.session.id);
      if (sh.conn) this.send(sh.conn, { op: 9, d: resumable });
    }
  }

  /** Send op 7 RECONNECT (the client closes and resumes). */
  requestReconnect(shardId?: number): void {
    for (const sh of this.shards.values()) if ((shardId === undefined || sh.id === shardId) && sh.conn) this.send(sh.conn, { op: 7, d: null });
  }

  /** The next `count` RESUME attempts get INVALID_SESSION(false). */
  failNextResume(count = 1): void {
    this.failResumes += count;
  }

  async shutdown(): Promise<void> {
    for (const c of this.conns) c.ws.terminate();
    this.conns.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    const rec: ConnectionRecord = {
      id: ++this.nextConnId,
      at: Date.now(),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      shardId: null,
      closedAt: null,
      closeCode: null,
    };
    this.connections.push(rec);
    const conn: Conn = { rec, ws, identified: false, live: false, acking: true };
    this.conns.add(conn);
    ws.on('message', (data, isBinary) => this.onMessage(conn, data, isBinary));
    ws.on('error', () => undefined);
    ws.on('close', (code) => {
      rec.closedAt = Date.now();
      rec.closeCode = code;
      conn.live = false;
      this.conns.delete(conn);
      for (const sh of this.shards.values()) if (sh.conn === conn) sh.conn = null;
      this.store.signals.notify();
    });
    if (rec.query['v'] !== undefined && rec.query['v'] !== '10') {
      ws.close(4012, 'Invalid API version');
      return;
    }
    this.send(conn, { op: 10, d: { heartbeat_interval: this.cfg.heartbeatIntervalMs } });
    this.store.signals.notify();
  }

  private onMessage(conn: Conn, data: WebSocket.RawData, isBinary: boolean): void {
    let p: { op?: unknown; d?: unknown };
    try {
      const text = isBinary ? '' : Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(data as Buffer[]).toString('utf8');
      p = JSON.parse(text) as { op?: unknown; d?: unknown };
    } catch {
      conn.ws.close(4002, 'Decode error');
      return;
    }
    const op = typeof p.op === 'number' ? p.op : -1;
    this.log.push({ at: Date.now(), connectionId: conn.rec.id, shardId: conn.rec.shardId, dir: 'in', op, t: null, s: null });
    const d = (p.d ?? null) as Record<string, unknown> | null;
    switch (op) {
      case 1:
        this.heartbeats++;
        if (conn.acking) this.send(conn, { op: 11 });
        break;
      case 2:
        this.onIdentify(conn, d ?? {});
        break;
      case 6:
        this.onResume(conn, d ?? {});
        break;
      case 3:
      case 4:
        if (!conn.identified) conn.ws.close(4003, 'Not authenticated');
        break;
      case 8:
        if (!conn.identified) conn.ws.close(4003, 'Not authenticated');
        else this.onRequestMembers(conn, d ?? {});
        break;
      default:
        conn.ws.close(4001, 'Unknown opcode');
    }
    this.store.signals.notify();
  }

  private tokenOk(d: Record<string, unknown>): boolean | null {
    return this.cfg.token === null ? null : d['token'] === this.cfg.token;
  }

  private onIdentify(conn: Conn, d: Record<string, unknown>): void {
    if (conn.identified) return void conn.ws.close(4005, 'Already authenticated');
    const tokenOk = this.tokenOk(d);
    if (tokenOk === false) return void conn.ws.close(4004, 'Authentication failed');
    const raw = Array.isArray(d['shard']) ? (d['shard'] as unknown[]) : [0, 1];
    const shard: [number, number] = [Number(raw[0]), Number(raw[1])];
    const intents = typeof d['intents'] === 'number' ? d['intents'] : 0;
    this.identifies.push({
      at: Date.now(),
      connectionId: conn.rec.id,
      shard,
      intents,
      properties: d['properties'],
      compress: d['compress'],
      largeThreshold: d['large_threshold'],
      presence: d['presence'],
      tokenOk,
    });
    if (!Number.isInteger(shard[0]) || !Number.isInteger(shard[1]) || shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1]) {
      return void conn.ws.close(4010, 'Invalid shard');
    }
    if (shard[1] !== this.shardCount) {
      // The client picked another shard count than the recommended one (discord.js does unless shards: 'auto'):
      // like Discord, accept it and re-distribute guilds; sessions of the old layout are forgotten.
      this.shardCount = shard[1];
      for (const [id, old] of this.shards) if (id >= shard[1] && old.session) this.sessions.delete(old.session.id);
      for (const id of [...this.shards.keys()]) if (id >= shard[1]) this.shards.delete(id);
    }
    const sh = this.shard(shard[0]);
    if (!this.cfg.allowPrivilegedIntents && (intents & PRIVILEGED_INTENTS) !== 0) return void conn.ws.close(4014, 'Disallowed intent(s)');

    const carried = [...sh.pending, ...(sh.session?.history.filter((e) => e.sentOn === null && e.t !== 'READY' && e.t !== 'GUILD_CREATE' && e.t !== 'RESUMED') ?? [])];
    sh.pending = [];
    if (sh.session) this.sessions.delete(sh.session.id);
    if (sh.conn && sh.conn !== conn) sh.conn.live = false;
    const session: Session = { id: randomBytes(16).toString('hex'), shardId: sh.id, seq: 0, history: [] };
    this.sessions.set(session.id, session);
    sh.session = session;
    sh.intents = intents;
    sh.conn = conn;
    conn.identified = true;
    conn.live = true;
    conn.rec.shardId = sh.id;
    const guilds = this.store.guilds.filter((g) => shardForGuild(g.id, this.shardCount) === sh.id);
    this.dispatch(sh.id, 'READY', {
      v: 10,
      user: { ...BOT_USER, verified: true, mfa_enabled: false, email: null },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.resumeUrl(),
      shard,
      application: { id: APPLICATION_ID, flags: (1 << 19) | (1 << 15) },
      private_channels: [],
      presences: [],
      relationships: [],
      user_settings: {},
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      auth: {},
    });
    if ((intents & 1) !== 0) for (const g of guilds) this.dispatch(sh.id, 'GUILD_CREATE', guildCreateJson(g));
    for (const e of carried) this.dispatch(sh.id, e.t, e.d);
  }

  private onResume(conn: Conn, d: Record<string, unknown>): void {
    if (conn.identified) return void conn.ws.close(4005, 'Already authenticated');
    if (this.tokenOk(d) === false) return void conn.ws.close(4004, 'Authentication failed');
    const sessionId = String(d['session_id']);
    const seq = typeof d['seq'] === 'number' ? d['seq'] : 0;
    const session = this.sessions.get(sessionId);
    const rec: ResumeRecord = { at: Date.now(), connectionId: conn.rec.id, sessionId, seq, accepted: false, replayed: 0 };
    this.resumes.push(rec);
    if (this.failResumes > 0 || !session) {
      if (this.failResumes > 0) this.failResumes--;
      this.send(conn, { op: 9, d: false });
      return;
    }
    if (seq > session.seq) return void conn.ws.close(4007, 'Invalid seq');
    const sh = this.shard(session.shardId);
    if (sh.conn && sh.conn !== conn) {
      sh.conn.live = false;
      sh.conn.ws.terminate();
    }
    sh.conn = conn;
    conn.identified = true;
    conn.live = true;
    conn.rec.shardId = sh.id;
    rec.accepted = true;
    for (const ev of session.history) {
      if (ev.s > seq) {
        this.sendEvent(conn, ev);
        rec.replayed++;
      }
    }
    this.dispatch(sh.id, 'RESUMED', {});
  }

  private onRequestMembers(conn: Conn, d: Record<string, unknown>): void {
    const guildId = String(d['guild_id']);
    const g = this.store.guild(guildId);
    if (!g || conn.rec.shardId === null) return;
    const query = typeof d['query'] === 'string' ? d['query'].toLowerCase() : '';
    const ids = Array.isArray(d['user_ids']) ? (d['user_ids'] as unknown[]).map(String) : null;
    const members = g.members.filter((u) => (ids ? ids.includes(u.id) : u.username.toLowerCase().startsWith(query)));
    this.dispatch(conn.rec.shardId, 'GUILD_MEMBERS_CHUNK', {
      guild_id: guildId,
      members: members.map((u) => memberJson(u)),
      chunk_index: 0,
      chunk_count: 1,
      not_found: ids ? ids.filter((id) => !g.members.some((u) => u.id === id)) : [],
      ...(d['nonce'] !== undefined ? { nonce: d['nonce'] } : {}),
    });
  }

  private sendEvent(conn: Conn, ev: HistoryEvent): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    ev.sentOn = conn.rec.id;
    this.send(conn, { op: 0, t: ev.t, s: ev.s, d: ev.d });
  }

  private send(conn: Conn, payload: { op: number; d?: unknown; t?: string; s?: number }): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    this.log.push({ at: Date.now(), connectionId: conn.rec.id, shardId: conn.rec.shardId, dir: 'out', op: payload.op, t: payload.t ?? null, s: payload.s ?? null });
    conn.ws.send(JSON.stringify({ t: null, s: null, d: null, ...payload }));
  }
}
