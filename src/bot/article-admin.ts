/**
 * `/article add` and `/article remove`: the per-server article admin. Both need Manage Server, checked
 * again at run time (`default_member_permissions` is only a default a server can override). Every
 * reply is ephemeral: it is for the admin, and a refusal says why and that nothing changed.
 *
 * add with a file:    metadata checks → defer → download from the CDN → decode → store (ingest, write)
 * add without a file: a modal to paste the text → the same decode → store
 */
import {
  LabelBuilder, MessageFlags, ModalBuilder, PermissionFlagsBits, TextInputBuilder, TextInputStyle,
  type AutocompleteInteraction, type ChatInputCommandInteraction, type ModalSubmitInteraction, type PermissionsBitField,
} from 'discord.js';
import { pickLocale, type Messages } from '../i18n/messages.ts';
import type { StoreProblem } from '../storage/guild-store.ts';
import { choicesOf } from './choices.ts';
import type { BotContext } from './context.ts';
import { escapeTrim } from './escape.ts';
import { canSee, isOwnedBy, ownName } from './guild-scope.ts';
import { renderArticleAdded } from './render-articles.ts';
import { renderNotice, type BotMessage } from './render.ts';
import { checkAttachment, decodeUpload, downloadAttachment, UPLOAD_MAX_BYTES, uploadProblemText, type UploadProblem } from './upload.ts';

/** Custom id of the paste-the-text modal. */
export const ARTICLE_MODAL_ID = 'kutip:article-add';
const TITLE_FIELD = 'title';
const TEXT_FIELD = 'text';
/** Discord's limit for a paragraph text input. */
const MODAL_TEXT_MAX = 4000;

/** What the permission check reads from an interaction. */
export interface AdminSubject {
  guildId: string | null;
  memberPermissions: Readonly<PermissionsBitField> | null;
}

/** Why this member may not manage articles here, or null when they may. */
export function adminRefusal(subject: AdminSubject, m: Messages): string | null {
  if (subject.guildId === null) return m.upload.guildOnly;
  if (subject.memberPermissions?.has(PermissionFlagsBits.ManageGuild) !== true) return m.upload.notAdmin;
  return null;
}

/** `/article add`: from the attached file, or a modal to paste the text when there is none. */
export async function addArticle(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const m = ctx.messages(pickLocale(interaction.locale));
  const refusal = adminRefusal(interaction, m) ?? (ctx.store === null ? m.upload.unavailable : null);
  if (refusal !== null || interaction.guildId === null) return void (await interaction.reply(ephemeral(renderNotice(refusal ?? m.upload.guildOnly))));
  const attachment = interaction.options.getAttachment('file');
  if (attachment === null) return void (await interaction.showModal(articleModal(m)));

  const limits = { cdnUrl: ctx.cdnUrl, maxBytes: UPLOAD_MAX_BYTES };
  const early = checkAttachment(attachment, limits);
  if (early !== null) return void (await interaction.reply(ephemeral(problemNotice(early, m))));
  // Downloading and ingesting can take longer than Discord's 3 s: acknowledge first.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const downloaded = await downloadAttachment(attachment.url, limits);
  if ('problem' in downloaded) {
    ctx.logger.info({ guild: interaction.guildId, problem: downloaded.problem }, 'article upload refused');
    return void (await interaction.editReply(problemNotice(downloaded.problem, m)));
  }
  await interaction.editReply(await store(downloaded.bytes, interaction.guildId, ctx, m));
}

/** The paste-the-text modal's submission. */
export async function submitArticleModal(interaction: ModalSubmitInteraction, ctx: BotContext): Promise<void> {
  const m = ctx.messages(pickLocale(interaction.locale));
  const refusal = adminRefusal(interaction, m) ?? (ctx.store === null ? m.upload.unavailable : null);
  if (refusal !== null || interaction.guildId === null) return void (await interaction.reply(ephemeral(renderNotice(refusal ?? m.upload.guildOnly))));
  const title = textField(interaction, TITLE_FIELD).trim();
  const body = textField(interaction, TEXT_FIELD).trim();
  const text = title === '' ? body : `${title}\n\n${body}`;
  await interaction.reply(ephemeral(await store(Buffer.from(text, 'utf8'), interaction.guildId, ctx, m)));
}

/** `/article remove id`: only an article added in this server. */
export async function removeArticle(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const m = ctx.messages(pickLocale(interaction.locale));
  const refusal = adminRefusal(interaction, m) ?? (ctx.store === null ? m.upload.unavailable : null);
  const guildId = interaction.guildId;
  if (refusal !== null || guildId === null || ctx.store === null) return void (await interaction.reply(ephemeral(renderNotice(refusal ?? m.upload.guildOnly))));
  const value = interaction.options.getString('id', true).trim();
  const name = ownName(value, guildId);
  const bundled = !value.includes('/') && canSee(value, guildId) && ctx.engine.article(value) !== undefined;
  const result = name === null ? null : await ctx.store.remove(guildId, name);
  let text: string;
  if (result?.ok === true) text = m.upload.removed(escapeTrim(result.article?.meta.title ?? name ?? value, 200));
  else if (result?.problem === 'storage') text = m.upload.storage;
  else text = bundled ? m.upload.bundled : m.upload.notFound;
  await interaction.reply(ephemeral(renderNotice(text)));
}

/** Autocomplete for `/article remove id`: this server's own articles, for admins only. */
export async function removeChoices(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const guildId = interaction.guildId;
  if (adminRefusal(interaction, ctx.messages('en')) !== null || guildId === null) return void (await interaction.respond([]));
  const own = ctx.engine.articles().filter((a) => isOwnedBy(a.id, guildId));
  await interaction.respond(choicesOf(own, interaction.options.getFocused()));
}

async function store(bytes: Uint8Array, guildId: string, ctx: BotContext, m: Messages): Promise<BotMessage> {
  const decoded = decodeUpload(bytes, UPLOAD_MAX_BYTES);
  if ('problem' in decoded) {
    ctx.logger.info({ guild: guildId, problem: decoded.problem.kind }, 'article upload refused');
    return problemNotice(decoded.problem, m);
  }
  if (ctx.store === null) return renderNotice(m.upload.unavailable);
  const result = await ctx.store.add(guildId, decoded.text);
  if (!result.ok) {
    ctx.logger.info({ guild: guildId, problem: result.problem, detail: result.detail }, 'article upload refused');
    return problemNotice(storeProblem(result.problem, result.detail), m);
  }
  return renderArticleAdded(result.article, result.status, m);
}

function storeProblem(problem: StoreProblem, detail: string): UploadProblem {
  return problem === 'unreadable' ? { kind: 'unreadable', detail } : { kind: problem };
}

function problemNotice(problem: UploadProblem, m: Messages): BotMessage {
  return renderNotice(uploadProblemText(problem, m, (text) => escapeTrim(text, 100)));
}

function ephemeral(message: BotMessage): BotMessage & { flags: MessageFlags.Ephemeral } {
  return { ...message, flags: MessageFlags.Ephemeral };
}

function textField(interaction: ModalSubmitInteraction, id: string): string {
  try {
    return interaction.fields.getTextInputValue(id);
  } catch {
    // An optional field left empty may be absent.
    return '';
  }
}

/** The modal for pasting an article (Discord allows 4000 characters in one text input). */
export function articleModal(m: Messages): ModalBuilder {
  return new ModalBuilder().setCustomId(ARTICLE_MODAL_ID).setTitle(m.upload.modalTitle).addLabelComponents(
    new LabelBuilder().setLabel(m.upload.modalTitleField).setTextInputComponent(
      new TextInputBuilder().setCustomId(TITLE_FIELD).setStyle(TextInputStyle.Short).setRequired(false).setMaxLength(200)),
    new LabelBuilder().setLabel(m.upload.modalTextField).setDescription(m.upload.modalTextHint).setTextInputComponent(
      new TextInputBuilder().setCustomId(TEXT_FIELD).setStyle(TextInputStyle.Paragraph).setRequired(true).setMaxLength(MODAL_TEXT_MAX)),
  );
}
