/**
 * What every handler and command gets: the engine, the bounded memories, the logger, the text, and
 * the two flows commands build on (`ask` a question, `respond` to an interaction in time).
 */
import type { RepliableInteraction } from 'discord.js';
import type { Logger } from 'pino';
import { DEFAULT_CDN_URL, type BotConfig } from '../config.ts';
import type { Engine } from '../engine/index.ts';
import { messages, type Locale, type Messages } from '../i18n/messages.ts';
import { AnswerStore } from './answer-store.ts';
import { askQuestion, type AskRequest, type Reply } from './ask.ts';
import { ConversationMemory } from './memory.ts';
import { QuotePagerStore } from './quote-pager.ts';
import { RateLimiter } from './rate-limit.ts';
import type { RenderContext } from './render.ts';
import { respondInTime } from './respond.ts';
import type { GuildArticleStore } from '../storage/guild-store.ts';

/** The context passed to commands, buttons and message handlers. */
export interface BotContext {
  engine: Engine;
  memory: ConversationMemory;
  answers: AnswerStore;
  /** The /quotes pages behind ◀ ▶. */
  quotePages: QuotePagerStore;
  limiter: RateLimiter;
  logger: Logger;
  /** All user-facing text in one locale. */
  messages: (locale: Locale) => Messages;
  /** What the renderer needs for one locale. */
  render: (locale: Locale) => RenderContext;
  /** The question flow: limits, conversation, engine, rendering. Never throws for user input. */
  ask: (request: AskRequest) => Reply;
  /** Acknowledge an interaction within Discord's 3 s with what `produce` returns. */
  respond: (interaction: RepliableInteraction, produce: () => Reply | Promise<Reply>) => Promise<void>;
  /** The per-server article files (`/article add|remove`); null when the bot runs without storage. */
  store: GuildArticleStore | null;
  /** Attachments are downloaded only from below this base (DISCORD_CDN_URL). */
  cdnUrl: string;
}

/** The settings the context needs from the configuration. */
export type ContextConfig = Pick<BotConfig, 'conversationTtlMs' | 'conversationMax' | 'rateLimit'>;

/**
 * Build the context; `deferAfterMs` (default 1500) is when a slow reply starts with a deferral,
 * `quotePagesTtlMs` (default 10 minutes) how long /quotes pages can be turned.
 */
export function createContext(options: {
  engine: Engine; logger: Logger; config: ContextConfig & Partial<Pick<BotConfig, 'cdnUrl'>>; deferAfterMs?: number; store?: GuildArticleStore;
  quotePagesTtlMs?: number;
}): BotContext {
  const { engine, logger, config } = options;
  const memory = new ConversationMemory({ max: config.conversationMax, ttlMs: config.conversationTtlMs });
  // Buttons outlive a conversation a little: someone may click "More" after the talk went quiet.
  const answers = new AnswerStore({ max: config.conversationMax, ttlMs: config.conversationTtlMs * 2 });
  const quotePages = new QuotePagerStore({ max: config.conversationMax, ...(options.quotePagesTtlMs === undefined ? {} : { ttlMs: options.quotePagesTtlMs }) });
  const limiter = new RateLimiter(config.rateLimit);
  const render = (locale: Locale): RenderContext => ({ messages: messages(locale), article: (id) => engine.article(id) });
  const ctx: BotContext = {
    engine, memory, answers, quotePages, limiter, logger, messages, render,
    store: options.store ?? null,
    cdnUrl: config.cdnUrl ?? DEFAULT_CDN_URL,
    ask: (request) => askQuestion(ctx, request),
    respond: (interaction, produce) =>
      respondInTime(interaction, produce, { memory, logger, ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }) }),
  };
  return ctx;
}
