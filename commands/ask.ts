/**
 * /ask question:<text> [article:<autocomplete>] — answer a question with cited excerpts. The
 * `article` option is always registered (commands are registered once, articles can change while
 * the bot runs); with one article its autocomplete simply offers that one.
 */
import { articleChoices } from '../src/bot/choices.ts';
import { describe, slashCommand, type Command } from '../src/bot/command.ts';
import { QUESTION_MAX_CHARS } from '../src/bot/render-limits.ts';

const data = slashCommand((n) => n.ask, (c) => c.ask)
  .addStringOption((o) => describe(o, (c) => c.askQuestion, (n) => n.question).setRequired(true).setMaxLength(QUESTION_MAX_CHARS))
  .addStringOption((o) => describe(o, (c) => c.askArticle, (n) => n.article).setAutocomplete(true));

export default {
  data,
  async execute(interaction, ctx) {
    await ctx.respond(interaction, () => ctx.ask({
      question: interaction.options.getString('question', true),
      article: interaction.options.getString('article'),
      userId: interaction.user.id,
      channelId: interaction.channelId,
      discordLocale: interaction.locale,
      guildId: interaction.guildId,
    }));
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(articleChoices(ctx.engine, interaction.options.getFocused(), interaction.guildId));
  },
} satisfies Command;
