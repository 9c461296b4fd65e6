/** /source — the loaded article(s): title, outlet, author, date, paragraph count, language. */
import { slashCommand, type Command } from '../src/bot/command.ts';
import { articlesOf } from '../src/bot/guild-scope.ts';
import { renderSources } from '../src/bot/render-info.ts';
import { pickLocale } from '../src/i18n/messages.ts';

export default {
  data: slashCommand((n) => n.source, (c) => c.source),
  async execute(interaction, ctx) {
    await ctx.respond(interaction, () => ({
      message: renderSources(articlesOf(ctx.engine, interaction.guildId), ctx.messages(pickLocale(interaction.locale))),
      ephemeral: false,
    }));
  },
} satisfies Command;
