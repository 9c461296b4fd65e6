/**
 * Button clicks: "Show paragraph" (the full paragraph), "More" (the next page of citations) and
 * "Gloss" (English word gloss of Indonesian excerpts). All replies are ephemeral: they are for the
 * person who clicked, and do not clutter the channel.
 */
import type { ButtonInteraction } from 'discord.js';
import { pickLocale } from '../i18n/messages.ts';
import type { Reply } from './ask.ts';
import type { BotContext } from './context.ts';
import { decodeButton, type ButtonAction } from './custom-id.ts';
import { visibleArticle } from './guild-scope.ts';
import { renderGloss, renderParagraph } from './render-info.ts';
import { isGlossable, pageOf, renderAnswer, renderNotice } from './render.ts';

/** Handle a click on one of Kutip's buttons (unknown ids get the "expired" notice). */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  await ctx.respond(interaction, () => buttonReply(decodeButton(interaction.customId), interaction.locale, ctx, interaction.guildId));
}

/**
 * The reply to one decoded button action (pure apart from reading the engine and the store). A
 * paragraph id comes from the custom id, so it is shown only if `guildId` (null: a DM) may see it.
 */
export function buttonReply(action: ButtonAction | null, discordLocale: string, ctx: BotContext, guildId: string | null = null): Reply {
  const stored = action !== null && action.kind !== 'para' ? ctx.answers.get(action.token) : undefined;
  const locale = pickLocale(discordLocale, stored?.answer.language ?? null);
  const rc = ctx.render(locale);
  const m = rc.messages;
  const reply = (message: Reply['message']): Reply => ({ message, ephemeral: true });
  const expired = reply(renderNotice(m.errors.expired));
  if (action === null) return expired;

  if (action.kind === 'para') {
    const article = visibleArticle(ctx.engine, guildId, action.article);
    const rendered = article === undefined ? null : renderParagraph(article, action.paragraph, rc);
    return rendered === null ? expired : reply(rendered);
  }
  if (stored === undefined) return expired;
  const { answer } = stored;

  switch (action.kind) {
    case 'cite': {
      const citation = answer.citations[action.index];
      const article = citation === undefined ? undefined : ctx.engine.article(citation.article);
      const rendered = article === undefined || citation === undefined ? null : renderParagraph(article, citation.paragraph, rc);
      return rendered === null ? expired : reply(rendered);
    }
    case 'more': {
      if (pageOf(answer.citations, action.page).length === 0) return reply(renderNotice(m.answer.noMore));
      return reply(renderAnswer(answer, rc, { page: action.page, token: action.token }));
    }
    case 'gloss': {
      const entries = pageOf(answer.citations, action.page)
        .filter((c) => isGlossable(answer, c, rc))
        .map((citation) => ({ citation, gloss: ctx.engine.gloss(citation.excerpt) }));
      return entries.length === 0 ? expired : reply(renderGloss(entries, rc));
    }
  }
}
