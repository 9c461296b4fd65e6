// A fake Discord (REST API v10 + gateway) on 127.0.0.1 for integration tests of the real discord.js client.
//
//   const fake = await startFakeDiscord();
//   const client = new Client({ ...fakeClientOptions(fake) });     // or rest: { api: fake.apiUrl }
//   await loginToFake(client);                                     // see ./discord-client.ts
//   const { id } = fake.sendInteraction({ type: 'command', name: 'ask', options: { question: 'Siapa?' } });
//   const res = await fake.interactionResponse(id);                 // res.ackMs < 3000, res.content, ...
//   await client.destroy(); await fake.close();
//
// Parts: fixtures.ts (identities, JSON builders), fake-store.ts (state + log), fake-http.ts (REST plumbing,
// faults), fake-routes.ts / fake-interaction-routes.ts / fake-messages.ts (REST routes), fake-gateway.ts
// (gateway), fake-interactions.ts (event builders), fake-validate.ts (Discord's payload limits, mention rules),
// discord-client.ts (client options / login helpers).
//
// Always `await client.destroy()` before `await fake.close()`: a client left connected keeps reconnecting.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIMessage } from 'discord.js';
import { BOT_USER, DEFAULT_CHANNEL_ID, DEFAULT_GUILD_ID, memberJson } from './fixtures.ts';
import type { FakeGuildSpec } from './fixtures.ts';
import { FakeStore } from './fake-store.ts';
import type { InteractionRecord, RecordedRequest, SentMessage } from './fake-store.ts';
import { FakeHttp } from './fake-http.ts';
import type { RestFault } from './fake-http.ts';
import { FakeGateway } from './fake-gateway.ts';
import type { ConnectionRecord, GatewayLogEntry, IdentifyRecord, ResumeRecord } from './fake-gateway.ts';
import { FakeRestApi } from './fake-routes.ts';
import { buildCommand, buildComponent, buildHumanMessage, buildModalSubmit } from './fake-interactions.ts';
import type { AutocompleteInput, CommandInput, ComponentInput, DispatchedInteraction, HumanMessageInput, ModalSubmitInput } from './fake-interactions.ts';

export * from './fixtures.ts';
export type { RecordedRequest, RecordedFile, SentMessage, SentRoute, InteractionRecord, InteractionKind } from './fake-store.ts';
export type { RestFault } from './fake-http.ts';
export type { IdentifyRecord, ResumeRecord, ConnectionRecord, GatewayLogEntry } from './fake-gateway.ts';
export type { CommandInput, AutocompleteInput, ComponentInput, ModalSubmitInput, HumanMessageInput, DispatchedInteraction, InteractionContextInput, OptionValue, AttachmentInput } from './fake-interactions.ts';
export type { EffectiveMentions } from './fake-validate.ts';

export interface FakeDiscordOptions {
  /**
   * Shard count recommended by /gateway/bot. Default 1. Note discord.js only follows it with `shards: 'auto'`
   * (its default is shardCount 1); the fake accepts any `shard: [i, n]` and distributes guilds by the identified n.
   */
  shards?: number;
  /** session_start_limit.max_concurrency. Default 1 (discord.js then spaces identifies 5 s apart). */
  maxConcurrency?: number;
  /** HELLO heartbeat_interval in ms. Default 41250; use e.g. 100 for zombie-connection tests. */
  heartbeatIntervalMs?: number;
  /** Default: one guild (DEFAULT_GUILD_ID) with one text channel (DEFAULT_CHANNEL_ID). */
  guilds?: FakeGuildSpec[];
  /** Callbacks arriving later than this after dispatch get 404 Unknown interaction (10062). Default 3000; null disables. */
  interactionDeadlineMs?: number | null;
  /** Reject payloads Discord would reject (empty message, > 2000 chars, embed limits...). Default true. */
  validatePayloads?: boolean;
  /** Echo the bot's own non-ephemeral messages as MESSAGE_CREATE/UPDATE/DELETE (as Discord does). Default true. */
  echoBotMessages?: boolean;
  /** Blank content/embeds/attachments of guild messages not mentioning the bot unless MessageContent was identified. Default true. */
  enforceMessageContentIntent?: boolean;
  /** When false, IDENTIFY with privileged intents is closed with 4014. Default true. */
  allowPrivilegedIntents?: boolean;
  /** When set, REST (Authorization: Bot <token>) and IDENTIFY/RESUME must use this token. Default: any token. */
  token?: string | null;
  /** Added latency for every REST response, ms. Default 0. */
  restLatencyMs?: number;
}

export type InteractionInput =
  | ({ type: 'command' } & CommandInput)
  | ({ type: 'autocomplete' } & AutocompleteInput)
  | ({ type: 'button' | 'component' } & ComponentInput)
  | ({ type: 'modal' } & ModalSubmitInput);

export interface InteractionResponseInfo {
  interactionId: string;
  dispatchedAt: number;
  /** 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete result, 9 modal. */
  callbackType: number;
  callbackAt: number;
  /** callbackAt - dispatchedAt: must stay under 3000 for Discord. */
  ackMs: number;
  deferred: boolean;
  /** The visible payload: callback `data` (4/7/8/9) or, after a defer, the first @original edit / follow-up. */
  payload: Record<string, unknown> | undefined;
  content: string | undefined;
  allowedMentions: unknown;
  ephemeral: boolean;
  /** When `payload` arrived. */
  completedAt: number;
  totalMs: number;
  /** Current state of the @original message, if any. */
  message: APIMessage | undefined;
  record: InteractionRecord;
}

export interface FakeDiscord {
  /** `http://127.0.0.1:PORT/api`, for `new Client({ rest: { api } })`. */
  readonly apiUrl: string;
  /** `ws://127.0.0.1:PORT`, as returned by GET /gateway/bot. */
  readonly gatewayUrl: string;
  readonly httpUrl: string;
  readonly port: number;
  readonly options: Required<Omit<FakeDiscordOptions, 'guilds' | 'token'>> & { token: string | null };

  // ---- observation ----
  /** Every REST request (authorization header removed), in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** Message payloads the bot successfully sent through any route (callbacks, webhook edits/follow-ups, channel messages). */
  messagesSent(filter?: (m: SentMessage) => boolean): SentMessage[];
  /** Resolves with the first answered request matching the predicate (already answered ones included). */
  waitFor(predicate: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  waitForMessage(predicate?: (m: SentMessage) => boolean, timeoutMs?: number): Promise<SentMessage>;
  /** Generic wait: resolves with the first non-undefined/non-false value of `probe`, re-checked on every fake event. */
  waitUntil<T>(probe: () => T | undefined | null | false, timeoutMs?: number, what?: string): Promise<T>;
  interaction(id: string): InteractionRecord | undefined;
  /**
   * Resolves when the interaction was acknowledged and, for a deferred reply (type 5), when the first @original
   * edit or follow-up arrived (`waitForEdit` overrides this; for type 6 it defaults to false).
   */
  interactionResponse(id: string, opts?: { timeoutMs?: number; waitForEdit?: boolean }): Promise<InteractionResponseInfo>;
  message(id: string): APIMessage | undefined;
  /** Registered application commands (global when guildId is omitted). */
  commands(guildId?: string): Array<Record<string, unknown>>;
  /** Errors thrown inside the fake (answered as 500); should stay empty. */
  readonly internalErrors: readonly Error[];

  // ---- driving the bot ----
  sendInteraction(input: InteractionInput): DispatchedInteraction;
  sendCommand(input: CommandInput): DispatchedInteraction;
  sendAutocomplete(input: AutocompleteInput): DispatchedInteraction;
  sendButton(input: ComponentInput): DispatchedInteraction;
  sendSelect(input: ComponentInput & { values: string[] }): DispatchedInteraction;
  sendModalSubmit(input: ModalSubmitInput): DispatchedInteraction;
  /** A human message (MESSAGE_CREATE). Returns the full message (what the bot sees may be content-redacted, see options). */
  sendMessage(input: HumanMessageInput): APIMessage;
  /** Raw dispatch escape hatch. */
  dispatch(t: string, d: unknown, shardId?: number): void;

  // ---- gateway ----
  readonly identifies: readonly IdentifyRecord[];
  readonly resumes: readonly ResumeRecord[];
  readonly connections: readonly ConnectionRecord[];
  readonly gatewayLog: readonly GatewayLogEntry[];
  readonly identifyCount: number;
  /** Accepted RESUMEs. */
  readonly resumeCount: number;
  readonly heartbeatCount: number;
  /** True when the shard has an identified or resumed open connection. */
  isConnected(shardId?: number): boolean;
  /** Waits until the shard is (re)connected and identified/resumed. */
  waitForConnected(shardId?: number, timeoutMs?: number): Promise<void>;

  // ---- fault injection ----
  /** Close the gateway socket(s) server-side with `code` (default 4000); 1006 drops the TCP socket. Returns #closed. */
  closeGateway(code?: number, shardId?: number): number;
  /** Stop acknowledging heartbeats on the current connection(s) (discord.js then reconnects and resumes). */
  stopHeartbeatAcks(shardId?: number): void;
  invalidateSession(resumable?: boolean, shardId?: number): void;
  requestReconnect(shardId?: number): void;
  failNextResume(count?: number): void;
  /** Make the next matching REST request(s) fail (429/500/404...) or be delayed. */
  failNext(fault: RestFault): void;
  clearFaults(): void;

  close(): Promise<void>;
}

const DEFAULT_GUILDS: FakeGuildSpec[] = [{ id: DEFAULT_GUILD_ID, name: 'Kutip Test Guild', channels: [{ id: DEFAULT_CHANNEL_ID, name: 'general', type: 0 }] }];

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const opts = {
    shards: options.shards ?? 1,
    maxConcurrency: options.maxConcurrency ?? 1,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41250,
    interactionDeadlineMs: options.interactionDeadlineMs === undefined ? 3000 : options.interactionDeadlineMs,
    validatePayloads: options.validatePayloads ?? true,
    echoBotMessages: options.echoBotMessages ?? true,
    enforceMessageContentIntent: options.enforceMessageContentIntent ?? true,
    allowPrivilegedIntents: options.allowPrivilegedIntents ?? true,
    token: options.token ?? null,
    restLatencyMs: options.restLatencyMs ?? 0,
  };
  const store = new FakeStore(options.guilds ?? DEFAULT_GUILDS);
  const server = createServer({ keepAlive: true });
  let port = 0;
  const httpUrl = (): string => `http://127.0.0.1:${port}`;
  const gatewayUrl = (): string => `ws://127.0.0.1:${port}`;
  const gateway = new FakeGateway(server, store, { shards: opts.shards, heartbeatIntervalMs: opts.heartbeatIntervalMs, allowPrivilegedIntents: opts.allowPrivilegedIntents, token: opts.token }, () => `${gatewayUrl()}/resume`);
  const api = new FakeRestApi(store, gateway, { ...opts, httpUrl, gatewayUrl });
  const http = new FakeHttp(store, api.routes(), { token: opts.token, latencyMs: opts.restLatencyMs });
  server.on('request', (req, res) => void http.handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  let closed = false;

  const dispatchInteraction = (built: { payload: Record<string, unknown>; record: InteractionRecord }): DispatchedInteraction => {
    const { payload, record } = built;
    record.dispatchedAt = Date.now();
    store.interactions.set(record.id, record);
    const shardId = gateway.shardOf(record.guildId);
    gateway.dispatch(shardId, 'INTERACTION_CREATE', payload);
    store.signals.notify();
    return { id: record.id, token: record.token, applicationId: String(payload['application_id']), guildId: record.guildId, channelId: record.channelId, shardId, dispatchedAt: record.dispatchedAt };
  };

  const fake: FakeDiscord = {
    apiUrl: `${httpUrl()}/api`,
    gatewayUrl: gatewayUrl(),
    httpUrl: httpUrl(),
    port,
    options: opts,
    requests: store.requests,
    internalErrors: store.internalErrors,
    identifies: gateway.identifies,
    resumes: gateway.resumes,
    connections: gateway.connections,
    gatewayLog: gateway.log,
    get identifyCount() {
      return gateway.identifies.length;
    },
    get resumeCount() {
      return gateway.resumes.filter((r) => r.accepted).length;
    },
    get heartbeatCount() {
      return gateway.heartbeats;
    },

    messagesSent: (filter) => (filter ? store.sent.filter(filter) : [...store.sent]),
    waitFor: (predicate, timeoutMs = 5000) =>
      store.signals.waitFor(() => store.requests.find((r) => r.status !== null && predicate(r)), timeoutMs, 'a matching REST request'),
    waitForMessage: (predicate = () => true, timeoutMs = 5000) =>
      store.signals.waitFor(() => store.sent.find(predicate), timeoutMs, 'a message sent by the bot'),
    waitUntil: <T>(probe: () => T | undefined | null | false, timeoutMs = 5000, what = 'a condition') =>
      store.signals.waitFor<T>(() => {
        const v = probe();
        return v === undefined || v === null || v === false ? undefined : v;
      }, timeoutMs, what),
    interaction: (id) => store.interactions.get(id),
    interactionResponse: (id, o = {}) =>
      store.signals.waitFor(
        () => {
          const it = store.interactions.get(id);
          if (!it) throw new Error(`fake-discord: unknown interaction ${id}`);
          const cb = it.callback;
          if (!cb) return undefined;
          const deferred = cb.type === 5 || cb.type === 6;
          const waitForEdit = o.waitForEdit ?? cb.type === 5;
          const later = [...it.edits, ...it.followUps].sort((a, b) => a.at - b.at)[0];
          if (deferred && waitForEdit && !later) return undefined;
          const payload = deferred ? later?.payload : cb.data;
          const completedAt = deferred && later ? later.at : cb.at;
          const message = it.originalMessageId ? store.messages.get(it.originalMessageId) : undefined;
          const info: InteractionResponseInfo = {
            interactionId: id,
            dispatchedAt: it.dispatchedAt,
            callbackType: cb.type,
            callbackAt: cb.at,
            ackMs: cb.at - it.dispatchedAt,
            deferred,
            payload,
            content: typeof payload?.['content'] === 'string' ? payload['content'] : undefined,
            allowedMentions: payload?.['allowed_mentions'],
            ephemeral: ((message?.flags ?? 0) & 64) !== 0,
            completedAt,
            totalMs: completedAt - it.dispatchedAt,
            message,
            record: it,
          };
          return info;
        },
        o.timeoutMs ?? 5000,
        `the response to interaction ${id}`,
      ),
    message: (id) => store.messages.get(id),
    commands: (guildId) => store.commands.filter((c) => c.guildId === (guildId ?? null)).map((c) => c.json),

    sendInteraction: (input) => {
      switch (input.type) {
        case 'command':
          return fake.sendCommand(input);
        case 'autocomplete':
          return fake.sendAutocomplete(input);
        case 'button':
        case 'component':
          return fake.sendButton(input);
        case 'modal':
          return fake.sendModalSubmit(input);
      }
    },
    sendCommand: (input) => dispatchInteraction(buildCommand(store, input)),
    sendAutocomplete: (input) => dispatchInteraction(buildCommand(store, input, input.focused)),
    sendButton: (input) => dispatchInteraction(buildComponent(store, input)),
    sendSelect: (input) => dispatchInteraction(buildComponent(store, { componentType: 3, ...input })),
    sendModalSubmit: (input) => dispatchInteraction(buildModalSubmit(store, input)),
    sendMessage: (input) => {
      const { message, guildId } = buildHumanMessage(store, input, httpUrl());
      const shardId = gateway.shardOf(guildId);
      const d: Record<string, unknown> = { ...message, channel_type: guildId ? 0 : 1 };
      if (guildId) {
        d['guild_id'] = guildId;
        const { user: _user, ...member } = memberJson(message.author);
        void _user;
        d['member'] = member;
      }
      const intents = gateway.intentsFor(shardId);
      const mentionsBot = message.mentions.some((u) => u.id === BOT_USER.id);
      if (opts.enforceMessageContentIntent && guildId && intents !== null && (intents & (1 << 15)) === 0 && !mentionsBot) {
        Object.assign(d, { content: '', embeds: [], attachments: [], components: [] });
      }
      gateway.dispatchWithIntent(shardId, guildId ? 1 << 9 : 1 << 12, 'MESSAGE_CREATE', d);
      store.signals.notify();
      return message;
    },
    dispatch: (t, d, shardId = 0) => {
      gateway.dispatch(shardId, t, d);
      store.signals.notify();
    },

    isConnected: (shardId = 0) => gateway.isLive(shardId),
    waitForConnected: async (shardId = 0, timeoutMs = 5000) => {
      await store.signals.waitFor(() => (gateway.isLive(shardId) ? true : undefined), timeoutMs, `shard ${shardId} to be connected`);
    },
    closeGateway: (code = 4000, shardId) => gateway.closeConnections(code, shardId),
    stopHeartbeatAcks: (shardId) => gateway.stopHeartbeatAcks(shardId),
    invalidateSession: (resumable = false, shardId) => gateway.invalidateSession(resumable, shardId),
    requestReconnect: (shardId) => gateway.requestReconnect(shardId),
    failNextResume: (count = 1) => gateway.failNextResume(count),
    failNext: (fault) => http.addFault(fault),
    clearFaults: () => http.clearFaults(),

    close: async () => {
      if (closed) return;
      closed = true;
      store.signals.rejectAll('the fake was closed');
      await gateway.shutdown();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
