/**
 * Engine answer → Discord message: one embed (the short answer in bold, its normalized form, each
 * cited excerpt quoted verbatim with ¶ number, article title and date) and one row of buttons. Text
 * from users and articles is escaped; everything is trimmed to Discord's limits, never refused.
 *
 * Example, for "Who said Russia supports North Korea's nuclear program?":
 *   title:       Who said Russia supports North Korea's nuclear program?
 *   description: Answer: **Mark Rutte**
 *
 *                > “Sebagai imbalan atas pasukan dan senjata dari Korea Utara, …,” ujar Rutte, …
 *                — Source: ¶3 · *Rusia Dukung Program Nuklir Korea Utara …* · 5 December 2024 11:53
 *   buttons:     [Show paragraph ¶3] [More] [Gloss]
 */
import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed } from 'discord.js';
import type { Answer, Article, Citation } from '../engine/index.ts';
import type { Messages } from '../i18n/messages.ts';
import { encodeButton } from './custom-id.ts';
import { blockQuote, escapeTrim } from './escape.ts';
import { CITATIONS_PER_PAGE, DISCORD_LIMITS, truncate } from './render-limits.ts';

/** A reply ready for `interaction.reply`, `editReply`, `followUp` or `message.reply`. */
export interface BotMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  /** Always "nobody": no reply ever pings, whatever the question or the article contains. */
  allowedMentions: { parse: []; repliedUser: false };
}

/** What rendering needs besides the answer. */
export interface RenderContext {
  messages: Messages;
  /** Article metadata lookup (title, date, language), e.g. `engine.article`. */
  article: (id: string) => Article | undefined;
}

/** Which page of citations to show, and the store token the More/Gloss buttons refer to. */
export interface PageOptions {
  page?: number;
  /** Token of the answer in the `AnswerStore`; without it there are no More/Gloss buttons. */
  token?: string;
}

const COLOR_FOUND = 0x2b6cb0;
const COLOR_NOT_FOUND = 0x718096;

/** A fresh "ping nobody" setting (fresh arrays: a payload object may be mutated downstream). */
export function noMentions(): BotMessage['allowedMentions'] {
  return { parse: [], repliedUser: false };
}

/** A plain text reply (errors, notices), trimmed to the content limit. */
export function renderNotice(text: string): BotMessage {
  return { content: truncate(text, DISCORD_LIMITS.content), embeds: [], components: [], allowedMentions: noMentions() };
}

/** Wrap embeds and buttons with the no-mentions guarantee. */
export function message(embeds: APIEmbed[], components: BotMessage['components'] = []): BotMessage {
  return { embeds, components, allowedMentions: noMentions() };
}

/** Render an answer (found or not) with one page of citations and its buttons. */
export function renderAnswer(answer: Answer, ctx: RenderContext, options: PageOptions = {}): BotMessage {
  const m = ctx.messages;
  const title = escapeTrim(answer.question.replace(/\s+/g, ' ').trim(), DISCORD_LIMITS.embedTitle);
  if (!answer.found) {
    const hint = answer.hint ?? { titles: [], people: [], topics: [] };
    // A handful of each is a hint; the description limit would cut a long list mid-word anyway.
    const few = (items: readonly string[]): string[] => items.slice(0, 10).map((x) => escapeTrim(x, 100));
    const safe = { titles: few(hint.titles), people: few(hint.people), topics: few(hint.topics) };
    const description = truncate(m.answer.notFound(safe), DISCORD_LIMITS.embedDescription);
    return message([{ title, description, color: COLOR_NOT_FOUND }]);
  }

  const page = options.page ?? 0;
  const shown = pageOf(answer.citations, page);
  const header = answerHeader(answer, m);
  const description = citationBlock(shown, ctx, DISCORD_LIMITS.embedDescription - header.length - 2);
  const embed: APIEmbed = {
    title,
    description: truncate([header, description].filter((s) => s !== '').join('\n\n'), DISCORD_LIMITS.embedDescription),
    color: COLOR_FOUND,
  };
  if (answer.citations.length > CITATIONS_PER_PAGE) {
    const from = page * CITATIONS_PER_PAGE + 1;
    embed.footer = { text: m.answer.morePage(from, from + shown.length - 1, answer.citations.length) };
  }
  return message([embed], buttonRow(answer, shown, page, ctx, options.token));
}

/** The citations on page `page` (0-based). */
export function pageOf(citations: readonly Citation[], page: number): Citation[] {
  return citations.slice(page * CITATIONS_PER_PAGE, (page + 1) * CITATIONS_PER_PAGE);
}

/** Whether an English asker gets a Gloss button for this citation: only for Indonesian articles. */
export function isGlossable(answer: Answer, citation: Citation, ctx: RenderContext): boolean {
  return answer.language === 'en' && ctx.article(citation.article)?.language === 'id';
}

/** "Source: ¶3 · *Title* · 5 December 2024 11:53", escaped and short. */
export function citationSource(citation: Citation, ctx: RenderContext): string {
  const m = ctx.messages;
  const article = ctx.article(citation.article);
  const rawTitle = citation.title ?? article?.meta.title ?? m.labels.untitled;
  // Paragraph 0 is the article's header (byline, date line): metadata answers cite it.
  const where = citation.paragraph > 0 ? `${m.labels.paragraph}${citation.paragraph}` : m.labels.header;
  const parts = [where, `*${escapeTrim(rawTitle, 120)}*`];
  if (article?.meta.published) parts.push(escapeTrim(article.meta.published, 100));
  return `— ${m.labels.source}: ${parts.join(' · ')}`;
}

/** Quoted excerpts with their source lines, sharing `budget` characters fairly. */
export function citationBlock(citations: readonly Citation[], ctx: RenderContext, budget: number): string {
  if (citations.length === 0) return '';
  const sources = citations.map((c) => citationSource(c, ctx));
  // Each entry costs its source line, the "> " prefixes and the blank lines between entries.
  const fixed = sources.reduce((n, s) => n + s.length + 6, 0);
  const each = Math.max(40, Math.floor((budget - fixed) / citations.length));
  return citations
    .map((c, i) => `${blockQuote(escapeTrim(c.excerpt.trim(), each))}\n${sources[i] ?? ''}`)
    .join('\n\n');
}

function answerHeader(answer: Answer, m: Messages): string {
  if (answer.answer === null || answer.answer.trim() === '') return '';
  const short = escapeTrim(answer.answer.replace(/\s+/g, ' ').trim(), 300);
  const lines = [`${m.labels.answer}: **${short}**`];
  if (answer.normalized !== null && answer.normalized !== answer.answer) {
    lines.push(`*${escapeTrim(answer.normalized, 200)}*`);
  }
  return lines.join('\n');
}

function buttonRow(answer: Answer, shown: readonly Citation[], page: number, ctx: RenderContext, token?: string) {
  const m = ctx.messages;
  const buttons: APIButtonComponentWithCustomId[] = [];
  const seen = new Set<string>();
  shown.forEach((c, i) => {
    if (c.paragraph <= 0) return;
    const fallback = token === undefined ? undefined : { token, index: page * CITATIONS_PER_PAGE + i };
    const customId = encodeButton({ kind: 'para', article: c.article, paragraph: c.paragraph }, fallback);
    // Discord rejects a message whose buttons share a custom id (two excerpts of one paragraph).
    if (seen.has(customId) || customId.length > DISCORD_LIMITS.customId) return;
    seen.add(customId);
    const label = truncate(`${m.labels.showParagraph} ${m.labels.paragraph}${c.paragraph}`, DISCORD_LIMITS.buttonLabel);
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId });
  });
  if (token !== undefined && answer.citations.length > (page + 1) * CITATIONS_PER_PAGE) {
    const customId = encodeButton({ kind: 'more', token, page: page + 1 });
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: m.labels.more, custom_id: customId });
  }
  if (token !== undefined && shown.some((c) => isGlossable(answer, c, ctx))) {
    const customId = encodeButton({ kind: 'gloss', token, page });
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: m.labels.gloss, custom_id: customId });
  }
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let i = 0; i < buttons.length && rows.length < DISCORD_LIMITS.actionRows; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow) });
  }
  return rows;
}
