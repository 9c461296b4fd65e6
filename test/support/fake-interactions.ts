// Builders for INTERACTION_CREATE and human MESSAGE_CREATE payloads (API v10 JSON that discord.js 14 accepts).
import { randomBytes } from 'node:crypto';
import type { APIMessage, APIUser } from 'discord.js';
import { APPLICATION_ID, BOT_USER, DEFAULT_GUILD_ID, EVERYONE_PERMISSIONS, channelJson, memberJson, messageJson, snowflake, toUser } from './fixtures.ts';
import type { UserLike } from './fixtures.ts';
import type { ChannelRecord, FakeStore, InteractionKind, InteractionRecord } from './fake-store.ts';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export type OptionValue = string | number | boolean;

export interface InteractionContextInput {
  /** Invoking user; default HUMAN_USER. */
  user?: UserLike;
  /** Guild; default DEFAULT_GUILD_ID (or the first configured guild). `null` = the user's DM with the bot. */
  guildId?: string | null;
  /** Channel; default the guild's first text channel (or the DM channel). */
  channelId?: string;
  /** User locale, e.g. 'en-US' (default) or 'id'. */
  locale?: string;
  /** The invoking member's permissions in a guild, as a bit-field string; default @everyone's. */
  permissions?: string;
}

/** A file attached to a slash-command option (type 11); `url` is where the bot downloads it. */
export interface AttachmentInput {
  filename: string;
  url: string;
  size: number;
  contentType?: string;
}

export interface CommandInput extends InteractionContextInput {
  name: string;
  /**
   * Either raw API options, or `{ optionName: value }`: the option type is taken from the registered command
   * (PUT .../commands) when known, else inferred (string 3, integer 4, boolean 5, other number 10).
   */
  options?: Record<string, OptionValue> | Json[];
  /** Attachment options by name, with their `resolved.attachments` entries. */
  attachments?: Record<string, AttachmentInput>;
  subcommand?: string;
  subcommandGroup?: string;
}

export interface AutocompleteInput extends CommandInput {
  /** Name of the option being typed (gets `focused: true`; its value is the partial text). */
  focused: string;
}

export interface ComponentInput extends InteractionContextInput {
  customId: string;
  /** The message carrying the component: an id of a known message, or a message object. Default: the bot's latest message in the channel. */
  message?: string | APIMessage;
  /** 2 button (default), 3 string select, 5 user select, 6 role select, 7 mentionable select, 8 channel select. */
  componentType?: number;
  values?: string[];
}

export interface ModalSubmitInput extends InteractionContextInput {
  customId: string;
  /** Text input values by custom_id. */
  fields: Record<string, string>;
  /** Set when the modal was opened from a component on this message. */
  message?: string | APIMessage;
}

export interface DispatchedInteraction {
  id: string;
  token: string;
  applicationId: string;
  guildId: string | null;
  channelId: string;
  shardId: number;
  dispatchedAt: number;
}

interface Context {
  user: APIUser;
  guildId: string | null;
  guildLocale: string;
  channel: ChannelRecord;
  locale: string;
  permissions: string;
}

export function resolveContext(store: FakeStore, input: InteractionContextInput): Context {
  const user = toUser(input.user);
  store.rememberUser(user);
  const guildId = input.guildId === undefined ? (store.guild(DEFAULT_GUILD_ID) ?? store.guilds[0])?.id ?? null : input.guildId;
  let channel: ChannelRecord | undefined;
  if (guildId === null) {
    channel = input.channelId ? store.channels.get(input.channelId) : store.dmChannelFor(user);
  } else {
    const g = store.guild(guildId);
    if (!g) throw new Error(`fake-discord: unknown guild ${guildId}`);
    const id = input.channelId ?? g.channels.find((c) => (c.type ?? 0) === 0)?.id;
    channel = id ? store.channels.get(id) : undefined;
  }
  if (!channel) throw new Error(`fake-discord: unknown channel ${input.channelId ?? '(default)'} for guild ${guildId ?? 'DM'}`);
  const guildLocale = guildId === null ? 'en-US' : (store.guild(guildId)?.preferredLocale ?? 'en-US');
  return { user, guildId, guildLocale, channel, locale: input.locale ?? 'en-US', permissions: input.permissions ?? EVERYONE_PERMISSIONS };
}

function findCommand(store: FakeStore, name: string, guildId: string | null): Json | undefined {
  return (store.commands.find((c) => c.guildId === guildId && c.json['name'] === name) ?? store.commands.find((c) => c.guildId === null && c.json['name'] === name))?.json;
}

function optionDefs(cmd: Json | undefined, group?: string, sub?: string): Json[] {
  let defs = cmd && Array.isArray(cmd['options']) ? (cmd['options'] as unknown[]).filter(isObj) : [];
  for (const level of [group, sub]) {
    if (level === undefined) continue;
    const d = defs.find((o) => o['name'] === level);
    defs = d && Array.isArray(d['options']) ? (d['options'] as unknown[]).filter(isObj) : [];
  }
  return defs;
}

function buildOptions(store: FakeStore, input: CommandInput, ctx: Context, focused?: string): { options: Json[]; resolved: Json | undefined } {
  if (Array.isArray(input.options)) return { options: input.options, resolved: undefined };
  const defs = optionDefs(findCommand(store, input.name, ctx.guildId), input.subcommandGroup, input.subcommand);
  const resolved: Record<string, Json> = {};
  const leaf = Object.entries(input.options ?? {}).map(([name, value]) => {
    const declared = defs.find((d) => d['name'] === name)?.['type'];
    const type = typeof declared === 'number' ? declared : typeof value === 'string' ? 3 : typeof value === 'boolean' ? 5 : Number.isInteger(value) ? 4 : 10;
    const id = String(value);
    if (type === 6 || type === 9) {
      const u = store.users.get(id);
      if (u) {
        (resolved['users'] ??= {})[id] = u;
        if (ctx.guildId) {
          const { user: _u, ...member } = memberJson(u);
          void _u;
          (resolved['members'] ??= {})[id] = { ...member, permissions: EVERYONE_PERMISSIONS };
        }
      }
    } else if (type === 7) {
      const ch = store.channels.get(id);
      if (ch) (resolved['channels'] ??= {})[id] = { id, type: ch.type, name: ch.name, permissions: EVERYONE_PERMISSIONS };
    }
    return { name, type, value, ...(name === focused ? { focused: true } : {}) };
  });
  for (const [name, a] of Object.entries(input.attachments ?? {})) {
    const id = snowflake();
    (resolved['attachments'] ??= {})[id] = { id, filename: a.filename, size: a.size, url: a.url, proxy_url: a.url, content_type: a.contentType ?? 'text/plain; charset=utf-8' };
    leaf.push({ name, type: 11, value: id });
  }
  let options: Json[] = leaf;
  if (input.subcommand !== undefined) options = [{ name: input.subcommand, type: 1, options }];
  if (input.subcommandGroup !== undefined) options = [{ name: input.subcommandGroup, type: 2, options }];
  return { options, resolved: Object.keys(resolved).length ? resolved : undefined };
}

function commandIdFor(store: FakeStore, name: string, guildId: string | null): string {
  const found = findCommand(store, name, guildId);
  if (found) return String(found['id']);
  // Unregistered command: a stable id per name so repeated invocations look alike.
  let id = store.adhocCommandIds.get(name);
  if (!id) store.adhocCommandIds.set(name, (id = snowflake()));
  return id;
}

function envelope(ctx: Context, type: number, data: Json, id: string, token: string): Json {
  const { user, guildId, guildLocale, channel, locale, permissions } = ctx;
  const common: Json = {
    id,
    application_id: APPLICATION_ID,
    type,
    token,
    version: 1,
    data,
    channel_id: channel.id,
    locale,
    app_permissions: EVERYONE_PERMISSIONS,
    entitlements: [],
    authorizing_integration_owners: guildId ? { '0': guildId } : { '1': user.id },
    context: guildId ? 0 : 1,
    attachment_size_limit: 10 * 1024 * 1024,
  };
  if (guildId) {
    return {
      ...common,
      guild_id: guildId,
      guild: { id: guildId, locale: guildLocale, features: [] },
      guild_locale: guildLocale,
      channel: { ...(channelJson({ id: channel.id, name: channel.name, type: channel.type }, guildId) as object), permissions: EVERYONE_PERMISSIONS },
      member: { ...memberJson(user), permissions },
    };
  }
  return { ...common, user, channel: { id: channel.id, type: 1, last_message_id: null, flags: 0, recipients: [user] } };
}

function newRecord(ctx: Context, kind: InteractionKind, type: number, id: string, token: string, extra: Partial<InteractionRecord>): InteractionRecord {
  return {
    id,
    token,
    kind,
    type,
    name: null,
    customId: null,
    channelId: ctx.channel.id,
    guildId: ctx.guildId,
    user: ctx.user,
    dispatchedAt: Date.now(),
    callback: null,
    originalMessageId: null,
    componentMessageId: null,
    edits: [],
    followUps: [],
    originalDeleted: false,
    ...extra,
  };
}

const newToken = (): string => `fake_itoken_${randomBytes(24).toString('base64url')}`;

export function buildCommand(store: FakeStore, input: CommandInput, focused?: string): { payload: Json; record: InteractionRecord } {
  const ctx = resolveContext(store, input);
  const id = snowflake();
  const token = newToken();
  const { options, resolved } = buildOptions(store, input, ctx, focused);
  const data: Json = { id: commandIdFor(store, input.name, ctx.guildId), name: input.name, type: 1, options };
  if (resolved) data['resolved'] = resolved;
  const type = focused === undefined ? 2 : 4;
  const kind: InteractionKind = focused === undefined ? 'command' : 'autocomplete';
  return { payload: envelope(ctx, type, data, id, token), record: newRecord(ctx, kind, type, id, token, { name: input.name }) };
}

function resolveMessage(store: FakeStore, ctx: Context, message: string | APIMessage | undefined, customId: string): APIMessage {
  if (typeof message === 'string') {
    const m = store.messages.get(message);
    if (!m) throw new Error(`fake-discord: unknown message ${message}`);
    return m;
  }
  if (message) {
    store.messages.set(message.id, message);
    return message;
  }
  const latest = [...store.messages.values()].reverse().find((m) => m.channel_id === ctx.channel.id && m.author.id === BOT_USER.id);
  if (latest) return latest;
  const synthetic = messageJson({
    channelId: ctx.channel.id,
    author: { ...BOT_USER },
    content: '(synthetic message for a component interaction)',
    components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Button', custom_id: customId }] }],
  });
  store.messages.set(synthetic.id, synthetic);
  return synthetic;
}

export function buildComponent(store: FakeStore, input: ComponentInput): { payload: Json; record: InteractionRecord } {
  const ctx = resolveContext(store, input);
  const id = snowflake();
  const token = newToken();
  const message = resolveMessage(store, ctx, input.message, input.customId);
  const data: Json = { custom_id: input.customId, component_type: input.componentType ?? 2 };
  if (input.values) data['values'] = input.values;
  const payload = { ...envelope(ctx, 3, data, id, token), message };
  return { payload, record: newRecord(ctx, 'component', 3, id, token, { customId: input.customId, componentMessageId: message.id }) };
}

export function buildModalSubmit(store: FakeStore, input: ModalSubmitInput): { payload: Json; record: InteractionRecord } {
  const ctx = resolveContext(store, input);
  const id = snowflake();
  const token = newToken();
  // Mirror the layout of the modal the bot showed (legacy action rows vs. label components) when known.
  const shown = [...store.interactions.values()].reverse().find((i) => i.callback?.type === 9 && i.callback.data?.['custom_id'] === input.customId);
  const shownComponents = shown?.callback?.data?.['components'];
  const legacy = Array.isArray(shownComponents) && shownComponents.some((c) => isObj(c) && c['type'] === 1);
  let n = 0;
  const components = Object.entries(input.fields).map(([customId, value]) => {
    const text = { type: 4, id: ++n + 1, custom_id: customId, value };
    return legacy ? { type: 1, id: n * 10, components: [text] } : { type: 18, id: n * 10, component: text };
  });
  const envelopeJson = envelope(ctx, 5, { custom_id: input.customId, components }, id, token);
  let componentMessageId: string | null = null;
  if (input.message !== undefined) {
    const m = resolveMessage(store, ctx, input.message, input.customId);
    envelopeJson['message'] = m;
    componentMessageId = m.id;
  }
  return { payload: envelopeJson, record: newRecord(ctx, 'modal', 5, id, token, { customId: input.customId, componentMessageId }) };
}

export interface HumanMessageInput {
  content: string;
  /** Default HUMAN_USER. */
  author?: UserLike;
  /** Default: the guild's first text channel, or the author's DM channel when guildId is null. */
  channelId?: string;
  /** Default DEFAULT_GUILD_ID; null for a DM to the bot. */
  guildId?: string | null;
  /** Put the bot in `mentions` (as a `<@bot>` in content or a pinging reply does). Content is not changed. */
  mentionsBot?: boolean;
  /** Reply to this earlier message (e.g. one the bot posted): sets message_reference + referenced_message. */
  referencedMessageId?: string;
  embeds?: unknown[];
  attachments?: Array<{ filename: string; size?: number; contentType?: string }>;
}

export function buildHumanMessage(store: FakeStore, input: HumanMessageInput, httpUrl: string): { message: APIMessage; guildId: string | null } {
  const ctx = resolveContext(store, { ...(input.author ? { user: input.author } : {}), ...(input.guildId !== undefined ? { guildId: input.guildId } : {}), ...(input.channelId ? { channelId: input.channelId } : {}) });
  const content = input.content;
  const mentionIds = [...content.matchAll(/<@!?(\d{15,21})>/g)].map((m) => m[1] ?? '');
  if (input.mentionsBot) mentionIds.push(BOT_USER.id);
  const mentions = [...new Set(mentionIds)].map((id) => store.users.get(id) ?? { id, username: `user${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null });
  let referenced: APIMessage | undefined;
  if (input.referencedMessageId !== undefined) {
    referenced = store.messages.get(input.referencedMessageId);
    if (!referenced) throw new Error(`fake-discord: unknown referenced message ${input.referencedMessageId}`);
  }
  const attachments = (input.attachments ?? []).map((a) => {
    const id = snowflake();
    const url = `${httpUrl}/attachments/${id}/${encodeURIComponent(a.filename)}`;
    return { id, filename: a.filename, size: a.size ?? 0, url, proxy_url: url, content_type: a.contentType ?? 'application/octet-stream' };
  });
  const message = messageJson({
    channelId: ctx.channel.id,
    guildId: ctx.guildId,
    author: ctx.user,
    content,
    type: referenced ? 19 : 0,
    mentions,
    mentionRoles: [...content.matchAll(/<@&(\d{15,21})>/g)].map((m) => m[1] ?? ''),
    mentionEveryone: /@(everyone|here)\b/.test(content),
    embeds: input.embeds ?? [],
    attachments,
    ...(referenced
      ? {
          messageReference: { type: 0, message_id: referenced.id, channel_id: referenced.channel_id, ...(ctx.guildId ? { guild_id: ctx.guildId } : {}) },
          referencedMessage: referenced,
        }
      : {}),
  });
  store.messages.set(message.id, message);
  return { message, guildId: ctx.guildId };
}
