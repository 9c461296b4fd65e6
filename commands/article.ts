/**
 * /article add [file:<.txt|.md>] and /article remove id:<autocomplete> — a server's own articles.
 * Manage Server by default (`default_member_permissions`) and checked again at run time.
 */
import { InteractionContextType, PermissionFlagsBits } from 'discord.js';
import { addArticle, removeArticle, removeChoices } from '../src/bot/article-admin.ts';
import { describe, slashCommand, type Command } from '../src/bot/command.ts';
import { DISCORD_LIMITS } from '../src/bot/render-limits.ts';

const data = slashCommand((n) => n.article, (c) => c.article)
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((s) => describe(s, (c) => c.articleAdd, (n) => n.add)
    .addAttachmentOption((o) => describe(o, (c) => c.articleAddFile, (n) => n.file)))
  .addSubcommand((s) => describe(s, (c) => c.articleRemove, (n) => n.remove)
    .addStringOption((o) => describe(o, (c) => c.articleRemoveId, (n) => n.id).setRequired(true).setAutocomplete(true).setMaxLength(DISCORD_LIMITS.choiceValue)));

export default {
  data,
  async execute(interaction, ctx) {
    if (interaction.options.getSubcommand() === 'remove') await removeArticle(interaction, ctx);
    else await addArticle(interaction, ctx);
  },
  async autocomplete(interaction, ctx) {
    await removeChoices(interaction, ctx);
  },
} satisfies Command;
