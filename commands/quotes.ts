/** /quotes [speaker:<autocomplete>] — who said what: attributed quotes with their ¶ numbers. */
import { speakerChoices } from '../src/bot/choices.ts';
import { describe, slashCommand, type Command } from '../src/bot/command.ts';
import { renderQuotes } from '../src/bot/render-info.ts';
import { pickLocale } from '../src/i18n/messages.ts';

const data = slashCommand('quotes', (c) => c.quotes)
  .addStringOption((o) => describe(o.setName('speaker'), (c) => c.quotesSpeaker).setAutocomplete(true).setMaxLength(100));

export default {
  data,
  async execute(interaction, ctx) {
    const speaker = interaction.options.getString('speaker');
    await ctx.respond(interaction, () => ({
      message: renderQuotes(ctx.engine.quotes(speaker === null ? {} : { speaker }), speaker, ctx.messages(pickLocale(interaction.locale))),
      ephemeral: false,
    }));
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(speakerChoices(ctx.engine, interaction.options.getFocused()));
  },
} satisfies Command;
