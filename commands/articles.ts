/** /articles — what this server can ask about: the bundled articles and its own, with their ids. */
import { slashCommand, type Command } from '../src/bot/command.ts';
import { articlesOf } from '../src/bot/guild-scope.ts';
import { renderArticleList } from '../src/bot/render-articles.ts';
import { pickLocale } from '../src/i18n/messages.ts';

export default {
  data: slashCommand((n) => n.articles, (c) => c.articles),
  async execute(interaction, ctx) {
    await ctx.respond(interaction, () => ({
      message: renderArticleList(articlesOf(ctx.engine, interaction.guildId), ctx.messages(pickLocale(interaction.locale))),
      ephemeral: false,
    }));
  },
} satisfies Command;
