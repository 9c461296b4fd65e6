/** /timeline article:<autocomplete> — an article's dated events in date order, each with its ¶. */
import { articleChoices } from '../src/bot/choices.ts';
import { describe, slashCommand, type Command } from '../src/bot/command.ts';
import { resolveArticle } from '../src/bot/guild-scope.ts';
import { renderTimeline } from '../src/bot/render-articles.ts';
import { renderNotice } from '../src/bot/render.ts';
import { DISCORD_LIMITS } from '../src/bot/render-limits.ts';
import { pickLocale } from '../src/i18n/messages.ts';

const data = slashCommand('timeline', (c) => c.timeline)
  .addStringOption((o) => describe(o.setName('article'), (c) => c.timelineArticle).setRequired(true).setAutocomplete(true).setMaxLength(DISCORD_LIMITS.choiceValue));

export default {
  data,
  async execute(interaction, ctx) {
    const m = ctx.messages(pickLocale(interaction.locale));
    const article = resolveArticle(ctx.engine, interaction.guildId, interaction.options.getString('article', true));
    await ctx.respond(interaction, () => (article === undefined
      ? { message: renderNotice(m.errors.unknownArticle), ephemeral: true }
      : { message: renderTimeline(article, ctx.engine.timeline(article.id), m), ephemeral: false }));
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(articleChoices(ctx.engine, interaction.options.getFocused(), interaction.guildId));
  },
} satisfies Command;
