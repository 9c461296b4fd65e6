// Message mechanics shared by the fake's REST routes: building bot messages, applying create/edit payloads,
// validation, recording what the bot sent, and echoing bot messages on the gateway like Discord does.
import type { APIMessage, APIUser } from 'discord.js';
import { BOT_USER, channelJson, memberJson, snowflake } from './fixtures.ts';
import { discordError } from './fake-http.ts';
import type { Reply } from './fake-http.ts';
import type { FakeGateway } from './fake-gateway.ts';
import type { ChannelRecord, FakeStore, InteractionRecord, RecordedFile, RecordedRequest, SentRoute } from './fake-store.ts';
import { EMPTY_MESSAGE, effectiveMentions, isEmptyMessage, validateMessagePayload } from './fake-validate.ts';
import type { DiscordErrorBody } from './fake-validate.ts';

export interface RouteConfig {
  shards: number;
  maxConcurrency: number;
  interactionDeadlineMs: number | null;
  validatePayloads: boolean;
  echoBotMessages: boolean;
  httpUrl: () => string;
  gatewayUrl: () => string;
}

export type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const EPHEMERAL = 64;
export const LOADING = 128;
/** Flags a bot may set on a message it sends (ephemeral, suppress embeds/notifications, components v2). */
export const SETTABLE_FLAGS = EPHEMERAL | 4 | 4096 | 32768;

export const UNKNOWN_INTERACTION = discordError(404, 10062, 'Unknown interaction');
export const UNKNOWN_WEBHOOK = discordError(404, 10015, 'Unknown Webhook');
export const UNKNOWN_MESSAGE = discordError(404, 10008, 'Unknown Message');
export const UNKNOWN_CHANNEL = discordError(404, 10003, 'Unknown Channel');
export const bad = (e: DiscordErrorBody): Reply => ({ status: 400, body: e });
export const ok = (body: unknown): Reply => ({ status: 200, body });
export const noContent: Reply = { status: 204 };
export { EMPTY_MESSAGE, isEmptyMessage };

export class MessageOps {
  constructor(
    private readonly store: FakeStore,
    private readonly gateway: FakeGateway,
    private readonly cfg: RouteConfig,
  ) {}

  channelOut(ch: ChannelRecord): unknown {
    if (ch.guildId === null) return { ...(channelJson({ id: ch.id }, null) as object), recipients: ch.recipient ? [ch.recipient] : [] };
    return channelJson({ id: ch.id, name: ch.name, type: ch.type }, ch.guildId);
  }

  userOf(id: string): APIUser {
    return this.store.users.get(id) ?? { id, username: `user${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null };
  }

  private attachments(files: RecordedFile[], payload: Json, existing: unknown[]): unknown[] {
    const keep = Array.isArray(payload['attachments'])
      ? existing.filter((a) => isObj(a) && (payload['attachments'] as unknown[]).some((p) => isObj(p) && p['id'] === a['id']))
      : existing;
    const fresh = files.map((f) => {
      const id = snowflake();
      const url = `${this.cfg.httpUrl()}/attachments/${id}/${encodeURIComponent(f.name)}`;
      return { id, filename: f.name, size: f.size, url, proxy_url: url, content_type: f.contentType };
    });
    return [...keep, ...fresh];
  }

  /** Applies content/embeds/components/attachments/flags of a payload onto a message (create or edit). */
  apply(base: APIMessage, payload: Json, files: RecordedFile[], reference: APIMessage | null): APIMessage {
    const m = { ...base } as unknown as Json;
    for (const k of ['content', 'embeds', 'components', 'poll'] as const) {
      if (k in payload) m[k] = payload[k] ?? (k === 'content' ? '' : k === 'poll' ? undefined : []);
    }
    if ('attachments' in payload || files.length > 0) m['attachments'] = this.attachments(files, payload, Array.isArray(m['attachments']) ? (m['attachments'] as unknown[]) : []);
    const oldFlags = typeof m['flags'] === 'number' ? m['flags'] : 0;
    const newFlags = typeof payload['flags'] === 'number' ? payload['flags'] & SETTABLE_FLAGS & ~EPHEMERAL : oldFlags & ~EPHEMERAL & ~LOADING;
    m['flags'] = (oldFlags & EPHEMERAL) | newFlags;
    const eff = effectiveMentions(typeof m['content'] === 'string' ? m['content'] : '', payload['allowed_mentions'], reference !== null);
    const mentions = eff.users.map((id) => this.userOf(id));
    if (reference && eff.repliedUser && !mentions.some((u) => u.id === reference.author.id)) mentions.push(reference.author);
    m['mentions'] = mentions;
    m['mention_roles'] = eff.roles;
    m['mention_everyone'] = eff.everyone;
    return m as unknown as APIMessage;
  }

  newBotMessage(channelId: string, type: number, flags: number, extra: Json = {}): APIMessage {
    return {
      id: snowflake(),
      type,
      channel_id: channelId,
      author: { ...BOT_USER },
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags,
      ...extra,
    } as unknown as APIMessage;
  }

  echo(t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', m: APIMessage): void {
    if (!this.cfg.echoBotMessages || ((m.flags ?? 0) & EPHEMERAL) !== 0) return;
    const ch = this.store.channels.get(m.channel_id);
    if (!ch) return;
    if (ch.guildId !== null) {
      const { user: _user, ...member } = memberJson(BOT_USER);
      void _user;
      this.gateway.dispatchWithIntent(this.gateway.shardOf(ch.guildId), 1 << 9, t, { ...m, guild_id: ch.guildId, member });
    } else {
      this.gateway.dispatchWithIntent(0, 1 << 12, t, { ...m, channel_type: 1 });
    }
  }

  deleteMessage(m: APIMessage): void {
    this.store.messages.delete(m.id);
    if (!this.cfg.echoBotMessages || ((m.flags ?? 0) & EPHEMERAL) !== 0) return;
    const ch = this.store.channels.get(m.channel_id);
    if (!ch) return;
    const d = { id: m.id, channel_id: m.channel_id, ...(ch.guildId ? { guild_id: ch.guildId } : {}) };
    this.gateway.dispatchWithIntent(this.gateway.shardOf(ch.guildId), ch.guildId ? 1 << 9 : 1 << 12, 'MESSAGE_DELETE', d);
  }

  record(route: SentRoute, req: RecordedRequest, m: APIMessage, payload: Json, it: InteractionRecord | null, callbackType: number | null, isReply: boolean): void {
    const flags = m.flags ?? 0;
    this.store.recordSent({
      at: req.at,
      route,
      method: req.method,
      path: req.path,
      interactionId: it?.id ?? null,
      channelId: m.channel_id,
      messageId: m.id,
      callbackType,
      payload,
      content: typeof payload['content'] === 'string' ? payload['content'] : undefined,
      allowedMentions: payload['allowed_mentions'],
      effectiveMentions: effectiveMentions(m.content, payload['allowed_mentions'], isReply),
      flags,
      ephemeral: (flags & EPHEMERAL) !== 0,
      files: req.files,
      message: m,
    });
  }

  check(payload: Json, requireNonEmpty: boolean, fileCount: number): DiscordErrorBody | null {
    if (!this.cfg.validatePayloads) return null;
    if (requireNonEmpty && isEmptyMessage(payload, fileCount)) return EMPTY_MESSAGE;
    return validateMessagePayload(payload);
  }
}
