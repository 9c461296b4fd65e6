/**
 * /quotes [speaker:<autocomplete>] — who said what: attributed quotes with their ¶ numbers, a
 * speaker's quotes under one heading, paged with ◀ ▶ for whoever ran it. A speaker who matches
 * nobody gets a private reply naming the speakers there are.
 */
import { speakerChoices } from '../src/bot/choices.ts';
import { describe, slashCommand, type Command } from '../src/bot/command.ts';
import { escapeTrim } from '../src/bot/escape.ts';
import { quotesFor } from '../src/bot/quote-pager.ts';
import { speakersOfQuotes } from '../src/bot/render-articles.ts';
import { quotePageCount, renderQuotes } from '../src/bot/render-info.ts';
import { renderNotice } from '../src/bot/render.ts';
import { pickLocale } from '../src/i18n/messages.ts';

const data = slashCommand((n) => n.quotes, (c) => c.quotes)
  .addStringOption((o) => describe(o, (c) => c.quotesSpeaker, (n) => n.speaker).setAutocomplete(true).setMaxLength(100));

/** Speakers named in a "no such speaker" reply. */
const SUGGESTED_SPEAKERS = 10;

export default {
  data,
  async execute(interaction, ctx) {
    const locale = pickLocale(interaction.locale);
    const m = ctx.messages(locale);
    const speaker = interaction.options.getString('speaker')?.trim() || null;
    const guildId = interaction.guildId;
    // Across the server's articles only: the bundled ones and its own.
    const quotes = quotesFor(ctx.engine, speaker, guildId);
    if (quotes.length === 0) {
      const speakers = speaker === null ? [] : speakersOfQuotes(quotesFor(ctx.engine, null, guildId));
      const text = speaker === null
        ? m.quotes.none
        : m.quotes.noneForSuggest(escapeTrim(speaker, 100), speakers.slice(0, SUGGESTED_SPEAKERS).map((s) => escapeTrim(s, 80)));
      await ctx.respond(interaction, () => ({ message: renderNotice(text), ephemeral: true }));
      return;
    }
    const token = quotePageCount(quotes) > 1 ? ctx.quotePages.put({ ownerId: interaction.user.id, speaker, guildId, locale }) : undefined;
    await ctx.respond(interaction, () => ({
      message: renderQuotes(quotes, speaker, m, token === undefined ? {} : { token }),
      ephemeral: false,
    }));
    if (token !== undefined) {
      ctx.quotePages.expireLater(token, () => interaction.editReply({ components: [] }),
        (err: unknown) => ctx.logger.debug({ err }, 'could not take the /quotes buttons off'));
    }
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(speakerChoices(ctx.engine, interaction.options.getFocused(), interaction.guildId));
  },
} satisfies Command;
