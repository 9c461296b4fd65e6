/** /help — how to ask, with three example questions drawn from the loaded articles (ephemeral). */
import { slashCommand, type Command } from '../src/bot/command.ts';
import { scopeOf } from '../src/bot/guild-scope.ts';
import { renderHelp } from '../src/bot/render-info.ts';
import { pickLocale } from '../src/i18n/messages.ts';

export default {
  data: slashCommand((n) => n.help, (c) => c.help),
  async execute(interaction, ctx) {
    const locale = pickLocale(interaction.locale);
    await ctx.respond(interaction, () => ({
      message: renderHelp(ctx.engine.examples(3, locale, scopeOf(ctx.engine, interaction.guildId)), ctx.messages(locale)),
      ephemeral: true,
    }));
  },
} satisfies Command;
