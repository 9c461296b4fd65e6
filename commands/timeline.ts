/**
 * /timeline [article:<autocomplete>] — an article's dated events in date order, each with its ¶.
 * The option may be left out where the server can see one article, and a typed title or id is
 * matched as autocomplete matches it; anything else gets a private reply saying what to type.
 */
import { articleChoices, pickArticle } from '../src/bot/choices.ts';
import { describe, slashCommand, type Command } from '../src/bot/command.ts';
import { pickProblemText, renderTimeline } from '../src/bot/render-articles.ts';
import { renderNotice } from '../src/bot/render.ts';
import { DISCORD_LIMITS } from '../src/bot/render-limits.ts';
import { pickLocale } from '../src/i18n/messages.ts';

const data = slashCommand((n) => n.timeline, (c) => c.timeline)
  .addStringOption((o) => describe(o, (c) => c.timelineArticle, (n) => n.article).setRequired(false).setAutocomplete(true).setMaxLength(DISCORD_LIMITS.choiceValue));

export default {
  data,
  async execute(interaction, ctx) {
    const m = ctx.messages(pickLocale(interaction.locale));
    const pick = pickArticle(ctx.engine, interaction.guildId, interaction.options.getString('article'));
    await ctx.respond(interaction, () => ('article' in pick
      ? { message: renderTimeline(pick.article, ctx.engine.timeline(pick.article.id), m), ephemeral: false }
      : { message: renderNotice(pickProblemText(pick, m)), ephemeral: true }));
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(articleChoices(ctx.engine, interaction.options.getFocused(), interaction.guildId));
  },
} satisfies Command;
