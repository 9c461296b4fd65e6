// Fixed identities and JSON builders for the fake Discord (test/support/fake-discord.ts).
// Everything here is plain Discord API v10 JSON, shaped so discord.js 14 accepts it.
import type { APIChannel, APIGuildMember, APIMessage, APIRole, APIUser } from 'discord.js';

/** Discord epoch (2015-01-01T00:00:00Z) in ms. */
const DISCORD_EPOCH = 1420070400000n;
let lastTs = 0n;
let counter = 0n;

/**
 * A fresh, unique, time-ordered snowflake whose timestamp is now. With `at`, a snowflake for that time
 * (random increment; does not disturb the ordering of the fresh ones).
 */
export function snowflake(at?: number): string {
  if (at !== undefined) return (((BigInt(at) - DISCORD_EPOCH) << 22n) | BigInt(Math.floor(Math.random() * 4096))).toString();
  const ts = BigInt(Date.now()) - DISCORD_EPOCH;
  if (ts > lastTs) {
    lastTs = ts;
    counter = 0n;
  } else {
    counter += 1n;
    if (counter > 4095n) {
      lastTs += 1n;
      counter = 0n;
    }
  }
  return ((lastTs << 22n) | counter).toString();
}

/** Shard that owns a guild: `(guild_id >> 22) % shardCount` (Discord's sharding formula). */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export const APPLICATION_ID = '1150000000000000001';
/** The bot user (its id equals the application id, as for every modern Discord app). */
export const BOT_USER: Readonly<APIUser> = Object.freeze({
  id: APPLICATION_ID,
  username: 'Kutip',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
});
export const DEFAULT_GUILD_ID = '1150000000000000100';
export const DEFAULT_CHANNEL_ID = '1150000000000000200';
export const BOT_ROLE_ID = '1150000000000000400';
/** The default human who invokes commands and sends messages. */
export const HUMAN_USER: Readonly<APIUser> = Object.freeze({
  id: '1150000000000000300',
  username: 'alice',
  discriminator: '0',
  global_name: 'Alice',
  avatar: null,
});
/** A second human, e.g. for "someone else clicked my button" tests. */
export const OTHER_USER: Readonly<APIUser> = Object.freeze({
  id: '1150000000000000301',
  username: 'budi',
  discriminator: '0',
  global_name: 'Budi',
  avatar: null,
});

/** Permission bits granted to @everyone in fake guilds (view, send, history, embeds, files, reactions, app commands, threads). */
export const EVERYONE_PERMISSIONS = String(
  (1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 14n) | (1n << 15n) | (1n << 6n) | (1n << 31n) | (1n << 38n) | (1n << 35n),
);

export interface FakeChannelSpec {
  id: string;
  name?: string;
  /** Channel type; default 0 (GuildText). */
  type?: number;
}

export interface FakeGuildSpec {
  id: string;
  name?: string;
  /** Default: one text channel (DEFAULT_CHANNEL_ID when id is DEFAULT_GUILD_ID, otherwise a fresh id). */
  channels?: FakeChannelSpec[];
  preferredLocale?: string;
  /** Extra human members; the bot and HUMAN_USER/OTHER_USER are always members. */
  members?: APIUser[];
}

export type UserLike = Partial<APIUser> & { id: string };

export function toUser(u: UserLike | undefined, fallback: Readonly<APIUser> = HUMAN_USER): APIUser {
  if (!u) return { ...fallback };
  return {
    username: `user${u.id.slice(-4)}`,
    discriminator: '0',
    global_name: null,
    avatar: null,
    ...u,
  };
}

const JOINED_AT = '2024-01-01T00:00:00.000Z';

export function memberJson(user: APIUser, roles: string[] = []): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    roles,
    joined_at: JOINED_AT,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
  } as unknown as APIGuildMember;
}

export function channelJson(spec: FakeChannelSpec, guildId: string | null, position = 0): APIChannel {
  if (guildId === null) {
    return { id: spec.id, type: 1, last_message_id: null, flags: 0, recipients: [] } as unknown as APIChannel;
  }
  return {
    id: spec.id,
    type: spec.type ?? 0,
    guild_id: guildId,
    name: spec.name ?? `channel-${position}`,
    position,
    permission_overwrites: [],
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  } as unknown as APIChannel;
}

export function rolesJson(guildId: string): APIRole[] {
  const base = { hoist: false, icon: null, unicode_emoji: null, managed: false, mentionable: false, flags: 0, color: 0 };
  return [
    { ...base, id: guildId, name: '@everyone', position: 0, permissions: EVERYONE_PERMISSIONS },
    { ...base, id: BOT_ROLE_ID, name: 'Kutip', position: 1, permissions: EVERYONE_PERMISSIONS, managed: true, tags: { bot_id: BOT_USER.id } },
  ] as unknown as APIRole[];
}

/** Resolved guild spec with concrete channels and members. */
export interface FakeGuild {
  id: string;
  name: string;
  preferredLocale: string;
  channels: FakeChannelSpec[];
  members: APIUser[];
}

export function resolveGuild(spec: FakeGuildSpec): FakeGuild {
  const channels = spec.channels ?? [
    { id: spec.id === DEFAULT_GUILD_ID ? DEFAULT_CHANNEL_ID : snowflake(), name: 'general', type: 0 },
  ];
  const members = [{ ...BOT_USER }, { ...HUMAN_USER }, { ...OTHER_USER }];
  for (const m of spec.members ?? []) if (!members.some((x) => x.id === m.id)) members.push(m);
  return { id: spec.id, name: spec.name ?? 'Kutip Test Guild', preferredLocale: spec.preferredLocale ?? 'en-US', channels, members };
}

/** GUILD_CREATE payload (also used for GET /guilds/:id). */
export function guildCreateJson(g: FakeGuild): Record<string, unknown> {
  return {
    id: g.id,
    name: g.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: HUMAN_USER.id,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    preferred_locale: g.preferredLocale,
    max_members: 500000,
    max_video_channel_users: 25,
    features: [],
    roles: rolesJson(g.id),
    emojis: [],
    stickers: [],
    joined_at: JOINED_AT,
    large: false,
    unavailable: false,
    member_count: g.members.length,
    voice_states: [],
    members: g.members.map((u) => memberJson(u, u.id === BOT_USER.id ? [BOT_ROLE_ID] : [])),
    channels: g.channels.map((c, i) => channelJson(c, g.id, i)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    incidents_data: null,
  };
}

export interface MessageJsonInput {
  id?: string;
  channelId: string;
  guildId?: string | null;
  author: APIUser;
  content?: string;
  type?: number;
  flags?: number;
  embeds?: unknown[];
  components?: unknown[];
  attachments?: unknown[];
  mentions?: APIUser[];
  mentionRoles?: string[];
  mentionEveryone?: boolean;
  messageReference?: Record<string, unknown>;
  referencedMessage?: APIMessage | null;
  webhookId?: string;
  applicationId?: string;
  interactionMetadata?: Record<string, unknown>;
  timestamp?: string;
}

/** A full message object as returned by REST and carried in MESSAGE_CREATE. */
export function messageJson(m: MessageJsonInput): APIMessage {
  const out: Record<string, unknown> = {
    id: m.id ?? snowflake(),
    type: m.type ?? 0,
    channel_id: m.channelId,
    author: m.author,
    content: m.content ?? '',
    timestamp: m.timestamp ?? new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: m.mentionEveryone ?? false,
    mentions: m.mentions ?? [],
    mention_roles: m.mentionRoles ?? [],
    attachments: m.attachments ?? [],
    embeds: m.embeds ?? [],
    components: m.components ?? [],
    pinned: false,
    flags: m.flags ?? 0,
  };
  if (m.messageReference) out['message_reference'] = m.messageReference;
  if (m.referencedMessage !== undefined) out['referenced_message'] = m.referencedMessage;
  if (m.webhookId) out['webhook_id'] = m.webhookId;
  if (m.applicationId) out['application_id'] = m.applicationId;
  if (m.interactionMetadata) out['interaction_metadata'] = m.interactionMetadata;
  return out as unknown as APIMessage;
}
