// Shared state of the fake Discord: what exists (guilds, channels, messages, interactions, commands) and what
// happened (request log, sent messages), plus a change signal that `waitFor*` helpers poll on.
import type { APIMessage, APIUser } from 'discord.js';
import { BOT_USER, HUMAN_USER, OTHER_USER, resolveGuild, snowflake } from './fixtures.ts';
import type { FakeGuild, FakeGuildSpec } from './fixtures.ts';
import type { EffectiveMentions } from './fake-validate.ts';

export interface RecordedFile {
  field: string;
  name: string;
  size: number;
  contentType: string;
}

export interface RecordedRequest {
  /** 1-based order of arrival. */
  seq: number;
  /** Date.now() when the request arrived. */
  at: number;
  method: string;
  /** Route path below `/api/v10`, without query, percent-decoded (discord.js sends `%40original`), e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased request headers, `authorization` removed. */
  headers: Record<string, string>;
  /** Whether an Authorization header was present (its value is never recorded). */
  hasAuth: boolean;
  /** Parsed JSON body (for multipart: the parsed `payload_json`); undefined when there was none. */
  body: unknown;
  files: RecordedFile[];
  /** Matched route template, e.g. `POST /interactions/:id/:token/callback`; null for unknown routes. */
  route: string | null;
  /** Response status (null until answered). */
  status: number | null;
  respondedAt: number | null;
  /** The response was produced by `failNext` rather than the route. */
  faulted: boolean;
}

export type SentRoute =
  | 'interaction.callback'
  | 'webhook.original.edit'
  | 'webhook.followup'
  | 'webhook.message.edit'
  | 'channel.message'
  | 'channel.message.edit';

/** A message payload the bot successfully sent (2xx) through any route. */
export interface SentMessage {
  seq: number;
  at: number;
  route: SentRoute;
  method: string;
  path: string;
  interactionId: string | null;
  channelId: string;
  messageId: string;
  /** Callback type for `interaction.callback` (4 reply, 7 update). */
  callbackType: number | null;
  /** The message JSON exactly as sent (for callbacks: `body.data`). */
  payload: Record<string, unknown>;
  content: string | undefined;
  /** `payload.allowed_mentions` verbatim (undefined when the bot did not send it). */
  allowedMentions: unknown;
  /** Who this message actually pings, per Discord's rules. */
  effectiveMentions: EffectiveMentions;
  flags: number;
  ephemeral: boolean;
  files: RecordedFile[];
  /** Resulting message state right after this operation. */
  message: APIMessage;
}

export type InteractionKind = 'command' | 'autocomplete' | 'component' | 'modal';

export interface InteractionRecord {
  id: string;
  token: string;
  kind: InteractionKind;
  /** Interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  name: string | null;
  customId: string | null;
  channelId: string;
  guildId: string | null;
  user: APIUser;
  dispatchedAt: number;
  callback: { type: number; at: number; data: Record<string, unknown> | undefined } | null;
  /** Message that `@original` refers to (reply, deferred placeholder or the component's message). */
  originalMessageId: string | null;
  componentMessageId: string | null;
  edits: Array<{ at: number; messageId: string; payload: Record<string, unknown> }>;
  followUps: Array<{ at: number; messageId: string; payload: Record<string, unknown> }>;
  originalDeleted: boolean;
}

export interface ChannelRecord {
  id: string;
  guildId: string | null;
  name: string;
  type: number;
  /** For DM channels: the other user. */
  recipient: APIUser | null;
}

export interface StoredCommand {
  id: string;
  guildId: string | null;
  json: Record<string, unknown>;
}

/** Re-evaluates registered checks on every state change (and every 20 ms); resolves/rejects with a timeout. */
export class Signals {
  private readonly waiters = new Set<{ check: () => void; fail: (e: Error) => void }>();
  constructor(private readonly describe: () => string) {}

  notify(): void {
    for (const w of [...this.waiters]) w.check();
  }

  waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    let first: T | undefined;
    try {
      first = probe();
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    if (first !== undefined) return Promise.resolve(first);
    return new Promise<T>((resolve, reject) => {
      const w = {
        check: () => {
          let v: T | undefined;
          try {
            v = probe();
          } catch (e) {
            done();
            reject(e instanceof Error ? e : new Error(String(e)));
            return;
          }
          if (v !== undefined) {
            done();
            resolve(v);
          }
        },
        fail: (e: Error) => {
          done();
          reject(e);
        },
      };
      const timer = setTimeout(() => {
        w.fail(new Error(`fake-discord: timed out after ${timeoutMs} ms waiting for ${what}\n${this.describe()}`));
      }, timeoutMs);
      // Also poll, so probes about state outside the fake (e.g. what the client saw) are re-checked.
      const poll = setInterval(() => w.check(), 20);
      const done = (): void => {
        clearTimeout(timer);
        clearInterval(poll);
        this.waiters.delete(w);
      };
      this.waiters.add(w);
    });
  }

  rejectAll(reason: string): void {
    for (const w of [...this.waiters]) w.fail(new Error(`fake-discord: ${reason}`));
  }
}

export class FakeStore {
  readonly guilds: FakeGuild[];
  readonly users = new Map<string, APIUser>();
  readonly channels = new Map<string, ChannelRecord>();
  readonly messages = new Map<string, APIMessage>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly commands: StoredCommand[] = [];
  /** Ids handed out for commands invoked without being registered (stable per name). */
  readonly adhocCommandIds = new Map<string, string>();
  readonly requests: RecordedRequest[] = [];
  readonly sent: SentMessage[] = [];
  /** Errors thrown inside the fake itself (bugs in the fake, answered with 500). */
  readonly internalErrors: Error[] = [];
  readonly signals: Signals;
  private sentSeq = 0;
  private readonly dmByUser = new Map<string, string>();

  constructor(guildSpecs: FakeGuildSpec[]) {
    this.guilds = guildSpecs.map(resolveGuild);
    for (const u of [BOT_USER, HUMAN_USER, OTHER_USER]) this.users.set(u.id, { ...u });
    for (const g of this.guilds) {
      for (const u of g.members) this.users.set(u.id, u);
      g.channels.forEach((c) => {
        this.channels.set(c.id, { id: c.id, guildId: g.id, name: c.name ?? 'channel', type: c.type ?? 0, recipient: null });
      });
    }
    this.signals = new Signals(() => this.summary());
  }

  guild(id: string): FakeGuild | undefined {
    return this.guilds.find((g) => g.id === id);
  }

  rememberUser(u: APIUser): void {
    if (!this.users.has(u.id)) this.users.set(u.id, u);
  }

  /** The DM channel between the bot and a user (created on first use). */
  dmChannelFor(user: APIUser): ChannelRecord {
    this.rememberUser(user);
    const existing = this.dmByUser.get(user.id);
    if (existing) {
      const ch = this.channels.get(existing);
      if (ch) return ch;
    }
    const ch: ChannelRecord = { id: snowflake(), guildId: null, name: '', type: 1, recipient: user };
    this.channels.set(ch.id, ch);
    this.dmByUser.set(user.id, ch.id);
    return ch;
  }

  interactionByToken(token: string): InteractionRecord | undefined {
    for (const it of this.interactions.values()) if (it.token === token) return it;
    return undefined;
  }

  recordSent(entry: Omit<SentMessage, 'seq'>): SentMessage {
    const rec: SentMessage = { seq: ++this.sentSeq, ...entry };
    this.sent.push(rec);
    return rec;
  }

  /** Short human-readable state, appended to timeout errors. */
  summary(): string {
    const reqs = this.requests.slice(-12).map((r) => `  ${r.method} ${r.path} -> ${r.status ?? 'pending'}${r.faulted ? ' (fault)' : ''}`);
    const its = [...this.interactions.values()].slice(-5).map((i) => `  interaction ${i.id} ${i.kind}:${i.name ?? i.customId ?? ''} callback=${i.callback?.type ?? 'none'} edits=${i.edits.length} followUps=${i.followUps.length}`);
    const errs = this.internalErrors.map((e) => `  fake internal error: ${e.message}`);
    return ['recent requests:', ...(reqs.length ? reqs : ['  (none)']), ...its, ...errs].join('\n');
  }
}
