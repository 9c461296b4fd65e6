/** /quotes [speaker:<autocomplete>] — who said what: attributed quotes with their ¶ numbers. */
import { speakerChoices } from '../src/bot/choices.ts';
import { describe, slashCommand, type Command } from '../src/bot/command.ts';
import { scopeOf } from '../src/bot/guild-scope.ts';
import { renderQuotes } from '../src/bot/render-info.ts';
import { pickLocale } from '../src/i18n/messages.ts';

const data = slashCommand('quotes', (c) => c.quotes)
  .addStringOption((o) => describe(o.setName('speaker'), (c) => c.quotesSpeaker).setAutocomplete(true).setMaxLength(100));

export default {
  data,
  async execute(interaction, ctx) {
    const speaker = interaction.options.getString('speaker');
    // Across the server's articles only: the bundled ones and its own.
    const articles = scopeOf(ctx.engine, interaction.guildId);
    await ctx.respond(interaction, () => ({
      message: renderQuotes(ctx.engine.quotes(speaker === null ? { articles } : { speaker, articles }), speaker, ctx.messages(pickLocale(interaction.locale))),
      ephemeral: false,
    }));
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(speakerChoices(ctx.engine, interaction.options.getFocused(), interaction.guildId));
  },
} satisfies Command;
