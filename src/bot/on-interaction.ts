/**
 * Routing of interactions: slash commands to their module, autocomplete to the module's
 * `autocomplete`, Kutip's buttons to `buttons.ts`, the paste-an-article modal to `article-admin.ts`.
 * Every path ends in `replyWithError` on failure, and this function never rejects, so one bad
 * interaction cannot take the bot down.
 */
import type { Interaction } from 'discord.js';
import { pickLocale } from '../i18n/messages.ts';
import { ARTICLE_MODAL_ID, submitArticleModal } from './article-admin.ts';
import { handleButton } from './buttons.ts';
import type { Command } from './command.ts';
import type { BotContext } from './context.ts';
import { replyWithError } from './errors.ts';

/** Handle one interaction; errors become replies or log lines, never rejections. */
export async function handleInteraction(
  interaction: Interaction,
  commands: ReadonlyMap<string, Command>,
  ctx: BotContext,
): Promise<void> {
  const where = interaction.isChatInputCommand() || interaction.isAutocomplete()
    ? `/${interaction.commandName}`
    : interaction.isButton() ? `button ${interaction.customId.split(':').slice(0, 2).join(':')}`
      : interaction.isModalSubmit() ? `modal ${interaction.customId}` : `interaction type ${interaction.type}`;
  try {
    if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      await (command?.autocomplete?.(interaction, ctx) ?? interaction.respond([]));
    } else if (interaction.isChatInputCommand()) {
      const command = commands.get(interaction.commandName);
      if (command === undefined) throw new Error(`no handler for /${interaction.commandName} (re-run deploy-commands?)`);
      await command.execute(interaction, ctx);
    } else if (interaction.isButton() && interaction.customId.startsWith('kutip:')) {
      await handleButton(interaction, ctx);
    } else if (interaction.isModalSubmit() && interaction.customId === ARTICLE_MODAL_ID) {
      await submitArticleModal(interaction, ctx);
    }
  } catch (error) {
    if (interaction.isAutocomplete()) {
      // Autocomplete cannot show an error; an empty list is the honest answer.
      ctx.logger.warn({ err: error, where }, 'autocomplete failed');
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
      return;
    }
    if (interaction.isRepliable()) {
      await replyWithError(interaction, error, { logger: ctx.logger, messages: ctx.messages(pickLocale(interaction.locale)), where });
    } else {
      ctx.logger.error({ err: error, where }, 'handler failed');
    }
  }
}
