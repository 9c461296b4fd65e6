/**
 * The Discord client: intents, caches, event wiring. `createBot` builds it (no network); `startBot`
 * loads the commands, logs in and returns a handle whose `stop()` disconnects cleanly.
 */
import { Client, Events, GatewayIntentBits, Options, Partials, type ClientOptions } from 'discord.js';
import type { Logger } from 'pino';
import type { BotConfig } from '../config.ts';
import type { Engine } from '../engine/index.ts';
import { messages, pickLocale } from '../i18n/messages.ts';
import { loadCommands, type Command } from './command.ts';
import { createContext, type BotContext } from './context.ts';
import { replyWithError } from './errors.ts';
import { handleInteraction } from './on-interaction.ts';
import { handleMessage } from './on-message.ts';
import type { GuildArticleStore } from '../storage/guild-store.ts';
import { followGuilds } from '../shard/follow-guilds.ts';

/** What `createBot` needs. */
export interface BotOptions {
  engine: Engine;
  config: BotConfig;
  logger: Logger;
  /** The slash commands to serve; `startBot` loads `commands/` when omitted. */
  commands: readonly Command[];
  /** When a slow reply starts with a deferral (default 1500 ms). */
  deferAfterMs?: number;
  /** How long /quotes pages can be turned before their buttons are taken off (default 10 minutes). */
  quotePagesTtlMs?: number;
  /** Extra discord.js options merged over Kutip's (sharding, tests' identify throttler); `rest` is merged too. */
  clientOptions?: Partial<ClientOptions>;
  /** The per-server article files behind `/article add|remove`; without it those commands say so. */
  store?: GuildArticleStore;
}

/** A running bot. */
export interface BotHandle {
  client: Client;
  context: BotContext;
  /** Disconnect from Discord (idempotent). */
  stop(): Promise<void>;
}

/**
 * discord.js options: only the intents the bot needs (no privileged ones), DMs via the Channel
 * partial, "ping nobody" as the default for every message, and bounded caches so memory stays flat.
 */
export function clientOptions(config: Pick<BotConfig, 'apiUrl'> & Partial<Pick<BotConfig, 'cdnUrl'>>): ClientOptions {
  const rest = { ...(config.apiUrl === null ? {} : { api: config.apiUrl }), ...(config.cdnUrl === undefined ? {} : { cdn: config.cdnUrl }) };
  return {
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    // api: the gateway URL then comes from GET /gateway/bot on the same base (proxy or fake Discord);
    // cdn: Discord's CDN (DISCORD_CDN_URL), the one place uploads are downloaded from.
    ...(Object.keys(rest).length === 0 ? {} : { rest }),
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      // The bot never reads history: a few recent messages per channel are enough for replies.
      MessageManager: 25,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      VoiceStateManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      ThreadMemberManager: 0,
      GuildMemberManager: { maxSize: 50, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 1000, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      messages: { interval: 600, lifetime: 1800 },
    },
  };
}

/** Build the client with all handlers attached; nothing connects until `login`. */
export function createBot(options: BotOptions): { client: Client; context: BotContext } {
  const { engine, config, logger } = options;
  const context = createContext({
    engine, logger, config, ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
    ...(options.quotePagesTtlMs === undefined ? {} : { quotePagesTtlMs: options.quotePagesTtlMs }),
    ...(options.store === undefined ? {} : { store: options.store }),
  });
  const commands = new Map(options.commands.map((c) => [c.data.name, c] as const));
  const base = clientOptions(config);
  const extra = options.clientOptions ?? {};
  const client = new Client({ ...base, ...extra, rest: { ...base.rest, ...extra.rest } });

  client.once(Events.ClientReady, (ready) => {
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, articles: engine.articles().length, shards: ready.options.shards, shardCount: ready.options.shardCount }, 'Kutip is online');
  });
  if (options.store) followGuilds(client, options.store, logger);
  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(interaction, commands, context);
  });
  client.on(Events.MessageCreate, (message) => {
    const botId = client.user?.id;
    if (botId === undefined) return;
    handleMessage(message, botId, context).catch((error: unknown) =>
      replyWithError(message, error, { logger, messages: messages(pickLocale(message.guild?.preferredLocale)), where: 'message' }));
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'client error'));
  client.on(Events.Warn, (warning) => logger.warn({ warning }, 'client warning'));
  client.on(Events.ShardError, (err, shard) => logger.error({ err, shard }, 'gateway connection error'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ code: event.code, shard }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));
  return { client, context };
}

/** Load commands (unless given), create the client and log in. Rejects if login fails. */
export async function startBot(options: Omit<BotOptions, 'commands'> & { commands?: readonly Command[] }): Promise<BotHandle> {
  const commands = options.commands ?? (await loadCommands());
  const { client, context } = createBot({ ...options, commands });
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await client.destroy();
    options.logger.info('disconnected from Discord');
  };
  try {
    await client.login(options.config.token);
  } catch (error) {
    await stop();
    throw error;
  }
  return { client, context, stop };
}
