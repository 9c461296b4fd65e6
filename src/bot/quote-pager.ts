/**
 * The /quotes pager: ◀ ▶ buttons turn the page of a quotes reply in place. A pager keeps its query
 * (speaker, server) by a short token, bounded in count and time like the answers, and only the
 * person who ran /quotes may turn its pages; anyone else is told so, privately. When the
 * pages expire the buttons are taken off the message (the command's reply is edited, which Discord
 * allows for 15 minutes), and a click on a pager the bot no longer knows — after a restart — takes
 * them off too and says so privately, so no dead buttons stay behind.
 */
import { randomBytes } from 'node:crypto';
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { LRUCache } from 'lru-cache';
import type { ArticleQuote, Engine } from '../engine/index.ts';
import { pickLocale, type Locale } from '../i18n/messages.ts';
import type { BotContext } from './context.ts';
import type { ButtonAction } from './custom-id.ts';
import { scopeOf } from './guild-scope.ts';
import { renderQuotes } from './render-info.ts';
import { noMentions, renderNotice } from './render.ts';

/** Pages last this long by default: under Discord's 15 minutes for editing the reply. */
export const QUOTE_PAGES_TTL_MS = 10 * 60_000;

/**
 * What a pager needs to render any of its pages: the query, not its result, so thousands of pagers
 * cost a few bytes each however many quotes the articles hold.
 */
export interface QuotePages {
  /** The user who ran /quotes: the only one who may turn the pages. */
  ownerId: string;
  speaker: string | null;
  /** The server it ran in (null: a DM): its articles are the ones quoted. */
  guildId: string | null;
  locale: Locale;
}

/** The quotes a /quotes query finds: the server's articles, one speaker's or everyone's. */
export function quotesFor(engine: Engine, speaker: string | null, guildId: string | null): ArticleQuote[] {
  const articles = scopeOf(engine, guildId);
  return engine.quotes(speaker === null ? { articles } : { speaker, articles });
}

/** Bounded token → pages map, with the expiry that takes the buttons off. */
export class QuotePagerStore {
  readonly ttlMs: number;
  readonly #pages: LRUCache<string, QuotePages>;

  constructor(options: { max: number; ttlMs?: number }) {
    this.ttlMs = options.ttlMs ?? QUOTE_PAGES_TTL_MS;
    this.#pages = new LRUCache({ max: options.max, ttl: this.ttlMs, ttlResolution: 0 });
  }

  /** Keep a pager; returns its token (8 url-safe characters, never ":"). */
  put(pages: QuotePages): string {
    const token = randomBytes(6).toString('base64url');
    this.#pages.set(token, pages);
    return token;
  }

  get(token: string): QuotePages | undefined {
    return this.#pages.get(token);
  }

  /**
   * When the pages expire, forget them and run `removeButtons` (edit the reply without its buttons).
   * The timer never keeps the process alive, and a failed edit (message deleted) is only logged.
   */
  expireLater(token: string, removeButtons: () => Promise<unknown>, onError: (error: unknown) => void): void {
    setTimeout(() => {
      this.#pages.delete(token);
      removeButtons().catch(onError);
    }, this.ttlMs).unref();
  }

  get size(): number {
    return this.#pages.size;
  }
}

/** A click on ◀ or ▶: the page in place for its owner; a private word for anyone else or once expired. */
export async function turnQuotePage(interaction: ButtonInteraction, action: Extract<ButtonAction, { kind: 'quotes' }>, ctx: BotContext): Promise<void> {
  const pages = ctx.quotePages.get(action.token);
  const m = ctx.messages(pages?.locale ?? pickLocale(interaction.locale));
  if (pages === undefined) {
    // Unknown pages (expired, or from before a restart): take the dead buttons off, and say why.
    await interaction.update({ components: [], allowedMentions: noMentions() });
    await interaction.followUp({ ...renderNotice(m.quotes.expired), flags: MessageFlags.Ephemeral });
    return;
  }
  if (interaction.user.id !== pages.ownerId) {
    // Told in their own language, not the owner's.
    const theirs = ctx.messages(pickLocale(interaction.locale));
    await interaction.reply({ ...renderNotice(theirs.quotes.notYours), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.update(renderQuotes(quotesFor(ctx.engine, pages.speaker, pages.guildId), pages.speaker, m, { page: action.page, token: action.token }));
}
