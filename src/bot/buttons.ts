/**
 * Button clicks: "Show paragraph" (the full paragraph), "More" (the next relevant paragraphs),
 * "English gloss" (English word gloss of Indonesian excerpts) — ephemeral replies, for the person
 * who clicked, that do not clutter the channel — and the /quotes pager's ◀ ▶, which turn the page
 * in place for the person who ran /quotes (`quote-pager.ts`).
 */
import type { ButtonInteraction } from 'discord.js';
import { pickLocale } from '../i18n/messages.ts';
import type { Reply } from './ask.ts';
import type { BotContext } from './context.ts';
import { decodeButton, type ButtonAction } from './custom-id.ts';
import { visibleArticle } from './guild-scope.ts';
import { turnQuotePage } from './quote-pager.ts';
import { renderGloss, renderParagraph } from './render-info.ts';
import { isGlossable, itemAt, morePage, renderMore, renderNotice } from './render.ts';

/** Handle a click on one of Kutip's buttons (unknown ids get the "expired" notice). */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = decodeButton(interaction.customId);
  if (action?.kind === 'quotes') return turnQuotePage(interaction, action, ctx);
  await ctx.respond(interaction, () => buttonReply(action, interaction.locale, ctx, interaction.guildId));
}

/**
 * The reply to one decoded button action (pure apart from reading the engine and the store). A
 * paragraph id comes from the custom id, so it is shown only if `guildId` (null: a DM) may see it.
 */
export function buttonReply(action: ButtonAction | null, discordLocale: string, ctx: BotContext, guildId: string | null = null): Reply {
  const stored = action !== null && action.kind !== 'para' && action.kind !== 'quotes' ? ctx.answers.get(action.token) : undefined;
  const locale = stored?.locale ?? pickLocale(discordLocale);
  const rc = ctx.render(locale);
  const m = rc.messages;
  const reply = (message: Reply['message']): Reply => ({ message, ephemeral: true });
  const expired = reply(renderNotice(m.errors.expired));
  if (action === null || action.kind === 'quotes') return expired;

  if (action.kind === 'para') {
    const article = visibleArticle(ctx.engine, guildId, action.article);
    const rendered = article === undefined ? null : renderParagraph(article, action.paragraph, rc);
    return rendered === null ? expired : reply(rendered);
  }
  if (stored === undefined) return expired;
  const { answer } = stored;

  switch (action.kind) {
    case 'cite': {
      const item = itemAt(answer, action.index, rc);
      const article = item === undefined ? undefined : ctx.engine.article(item.article);
      const rendered = article === undefined || item === undefined ? null : renderParagraph(article, item.paragraph, rc);
      return rendered === null ? expired : reply(rendered);
    }
    case 'more': {
      const page = renderMore(answer, action.page, rc, action.token);
      return reply(page ?? renderNotice(m.answer.noMore));
    }
    case 'gloss': {
      const items = action.page === 0 ? answer.citations.slice(0, 1) : morePage(answer, action.page, rc);
      const entries = items
        .filter((item) => isGlossable(answer, item, rc, true))
        .map((item) => ({ citation: { ...item, score: 0 }, gloss: ctx.engine.gloss(item.excerpt) }));
      return entries.length === 0 ? expired : reply(renderGloss(entries, rc));
    }
  }
}
