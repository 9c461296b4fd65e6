/**
 * Engine answer → Discord message: one short card a phone shows without scrolling — the question,
 * the answer line, the one excerpt that supports it (its sentence, trimmed around the answer) and,
 * once, in the footer, where it is from — and one row of buttons for the rest: the whole paragraph
 * (unless it is already shown whole), "More" (the next relevant paragraphs) and the English gloss.
 * Text from users and articles is escaped; everything is trimmed to Discord's limits, never refused.
 *
 * Example, for "Who said Russia supports North Korea's nuclear program?":
 *   title:       Who said Russia supports North Korea's nuclear program?
 *   description: Answer: **Mark Rutte**
 *
 *                > Brussels: Sekretaris Jenderal NATO, Mark Rutte, pada Senin 2 Desember 2024, mengungkapkan …
 *   footer:      Source: ¶1 · Rusia Dukung Program Nuklir Korea Utara … · Metrotvnews.com · 5 December 2024 11:53
 *   buttons:     [More]
 *
 * An embed rather than Components V2: its footer prints the source once in small type under the
 * quote, which V2 has no slot for, and an answer card must stay readable (and parseable, for
 * follow-ups after a restart) the same way in every client.
 */
import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed } from 'discord.js';
import type { Answer, Article, Citation } from '../engine/index.ts';
import type { Messages } from '../i18n/messages.ts';
import { encodeButton } from './custom-id.ts';
import { blockQuote, defuseMentions, escapeTrim } from './escape.ts';
import { DISCORD_LIMITS, ELLIPSIS, MORE_PER_PAGE, truncate } from './render-limits.ts';

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

/** The store token the buttons refer to; without it there are no More/Gloss buttons. */
export interface PageOptions {
  token?: string;
}

/** One excerpt shown by the card or a "More" page. */
export interface ShownItem {
  article: string;
  title: string | null;
  paragraph: number;
  /** The verbatim sentence (a citation) or paragraph (a related one). */
  excerpt: string;
}

const COLOR_FOUND = 0x2b6cb0;
const COLOR_NOT_FOUND = 0x718096;
/** The card's excerpt: a sentence up to this long is shown whole, a longer one trimmed around the answer. */
export const CARD_EXCERPT_MAX = 220;
/** Excerpts on a "More" page. */
const MORE_EXCERPT_MAX = 350;

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

/** Rows of at most five buttons, at most five rows. */
export function rowsOf(buttons: readonly APIButtonComponentWithCustomId[]): BotMessage['components'] {
  const rows: BotMessage['components'] = [];
  for (let i = 0; i < buttons.length && rows.length < DISCORD_LIMITS.actionRows; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow) });
  }
  return rows;
}

/** Render an answer (found or not) as the card. */
export function renderAnswer(answer: Answer, ctx: RenderContext, options: PageOptions = {}): BotMessage {
  const m = ctx.messages;
  const title = escapeTrim(answer.question.replace(/\s+/g, ' ').trim(), DISCORD_LIMITS.embedTitle);
  const first = answer.citations[0];
  if (!answer.found || first === undefined) {
    const hint = answer.hint ?? { titles: [], people: [], topics: [] };
    // A handful of each is a hint; the description limit would cut a long list mid-word anyway.
    const few = (items: readonly string[]): string[] => items.slice(0, 10).map((x) => escapeTrim(x, 100));
    const safe = { titles: few(hint.titles), people: few(hint.people), topics: few(hint.topics) };
    const description = truncate(m.answer.notFound(safe), DISCORD_LIMITS.embedDescription);
    return message([{ title, description, color: COLOR_NOT_FOUND }]);
  }

  const header = answerHeader(answer, m);
  const shown = excerptAround(first.excerpt, answer.answer ?? '', CARD_EXCERPT_MAX);
  const quote = blockQuote(escapeTrim(shown, DISCORD_LIMITS.embedDescription - header.length - 10));
  const embed: APIEmbed = {
    title,
    description: truncate([header, quote].filter((s) => s !== '').join('\n\n'), DISCORD_LIMITS.embedDescription),
    footer: { text: sourceLine(first, ctx) },
    color: COLOR_FOUND,
  };
  const buttons: APIButtonComponentWithCustomId[] = [];
  const token = options.token;
  const show = paragraphButton(first, shown, 0, ctx, token);
  if (show !== null) buttons.push(show);
  if (token !== undefined && moreItems(answer, ctx).length > 0) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: m.labels.more, custom_id: encodeButton({ kind: 'more', token, page: 1 }) });
  }
  if (token !== undefined && isGlossable(answer, first, ctx)) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: m.labels.gloss, custom_id: encodeButton({ kind: 'gloss', token, page: 0 }) });
  }
  return message([embed], rowsOf(buttons));
}

/**
 * What "More" pages through: the further citations, then the related paragraphs (the engine keeps
 * only relevant ones), each paragraph once and none the card already shows.
 */
export function moreItems(answer: Answer, ctx: RenderContext): ShownItem[] {
  const seen = new Set<string>();
  const key = (article: string, paragraph: number): string => `${article}\u0000${paragraph}`;
  const first = answer.citations[0];
  if (first !== undefined) seen.add(key(first.article, first.paragraph));
  const out: ShownItem[] = [];
  for (const c of answer.citations.slice(1)) {
    if (seen.has(key(c.article, c.paragraph))) continue;
    seen.add(key(c.article, c.paragraph));
    out.push({ article: c.article, title: c.title, paragraph: c.paragraph, excerpt: c.excerpt });
  }
  for (const r of answer.related) {
    const text = ctx.article(r.article)?.paragraphs.find((p) => p.number === r.paragraph)?.text;
    if (text === undefined || seen.has(key(r.article, r.paragraph))) continue;
    seen.add(key(r.article, r.paragraph));
    out.push({ article: r.article, title: r.title, paragraph: r.paragraph, excerpt: text });
  }
  return out;
}

/** The item a "cite" button refers to: 0 is the card's citation, then the "More" items in order. */
export function itemAt(answer: Answer, index: number, ctx: RenderContext): ShownItem | undefined {
  const first = answer.citations[0];
  if (index === 0) return first;
  return moreItems(answer, ctx)[index - 1];
}

/** The items of "More" page `page` (1-based). */
export function morePage(answer: Answer, page: number, ctx: RenderContext): ShownItem[] {
  return moreItems(answer, ctx).slice((page - 1) * MORE_PER_PAGE, page * MORE_PER_PAGE);
}

/** "More" page `page` (1-based): the next relevant paragraphs, with their buttons; null when there are none. */
export function renderMore(answer: Answer, page: number, ctx: RenderContext, token: string): BotMessage | null {
  const m = ctx.messages;
  const all = moreItems(answer, ctx);
  const items = all.slice((page - 1) * MORE_PER_PAGE, page * MORE_PER_PAGE);
  if (page < 1 || items.length === 0) return null;
  // Across several articles a ¶ number alone is ambiguous: name the article too.
  const several = new Set([...answer.citations.map((c) => c.article), ...items.map((i) => i.article)]).size > 1;
  const each = Math.floor((DISCORD_LIMITS.embedDescription - 200) / items.length) - 120;
  const blocks = items.map((item) => {
    const shown = excerptAround(item.excerpt, answer.answer ?? '', MORE_EXCERPT_MAX);
    const where = item.paragraph > 0 ? `${m.labels.paragraph}${item.paragraph}` : m.labels.header;
    const source = several ? `${where} · *${escapeTrim(item.title ?? ctx.article(item.article)?.meta.title ?? m.labels.untitled, 100)}*` : where;
    return `**${source}**\n${blockQuote(escapeTrim(shown, Math.max(80, each)))}`;
  });
  const from = (page - 1) * MORE_PER_PAGE + 1;
  const embed: APIEmbed = {
    title: truncate(m.answer.moreTitle, DISCORD_LIMITS.embedTitle),
    description: truncate(blocks.join('\n\n'), DISCORD_LIMITS.embedDescription),
    footer: { text: m.answer.morePage(from, from + items.length - 1, all.length) },
    color: COLOR_FOUND,
  };
  const buttons: APIButtonComponentWithCustomId[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const button = paragraphButton(item, excerptAround(item.excerpt, answer.answer ?? '', MORE_EXCERPT_MAX), from + i, ctx, token);
    if (button === null || seen.has(button.custom_id)) return;
    seen.add(button.custom_id);
    buttons.push(button);
  });
  if (all.length > page * MORE_PER_PAGE) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: m.labels.more, custom_id: encodeButton({ kind: 'more', token, page: page + 1 }) });
  }
  if (items.some((item) => isGlossable(answer, item, ctx))) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: m.labels.gloss, custom_id: encodeButton({ kind: 'gloss', token, page }) });
  }
  return message([embed], rowsOf(buttons));
}

/**
 * Whether an English asker gets the English gloss of an excerpt: only when it is in another
 * language than the question (the lexicon glosses Indonesian into English), and not when the
 * answer is only a name or a date, which need no gloss (`anyAnswer`: whatever the answer, for the
 * click itself). A yes/no answer is a clause.
 */
export function isGlossable(answer: Answer, item: Pick<ShownItem, 'article'>, ctx: RenderContext, anyAnswer = false): boolean {
  if (answer.language !== 'en' || ctx.article(item.article)?.language !== 'id') return false;
  return anyAnswer || answer.type === 'yes-no' || !onlyName(answer.answer ?? '');
}

/** "Mark Rutte", "Senin 2 Desember 2024", "NATO": every word capitalized or a number. */
function onlyName(answer: string): boolean {
  const words = answer.split(/[\s,.;:()"“”'‘’–—-]+/u).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || w.length <= 2);
}

/**
 * The citation's source once, for the footer: "Source: ¶3 · Title · Outlet · 5 December 2024 11:53".
 * Footers show text as typed (no markdown), so nothing is escaped; mentions are defused all the same.
 */
export function sourceLine(citation: Pick<Citation, 'article' | 'title' | 'paragraph'>, ctx: RenderContext): string {
  const m = ctx.messages;
  const article = ctx.article(citation.article);
  const one = (text: string, max: number): string => truncate(defuseMentions(text.replace(/\s+/g, ' ').trim()), max);
  // Paragraph 0 is the article's header (byline, date line): metadata answers cite it.
  const where = citation.paragraph > 0 ? `${m.labels.paragraph}${citation.paragraph}` : m.labels.header;
  const parts = [where, one(citation.title ?? article?.meta.title ?? m.labels.untitled, 120)];
  if (article?.meta.outlet) parts.push(one(article.meta.outlet, 60));
  if (article?.meta.published) parts.push(one(article.meta.published, 60));
  return truncate(`${m.labels.source}: ${parts.join(' · ')}`, DISCORD_LIMITS.footerText);
}

/** "Source: ¶3 · *Title* · 5 December 2024 11:53" as a markdown line (paragraph and gloss replies). */
export function citationSource(citation: Pick<Citation, 'article' | 'title' | 'paragraph'>, ctx: RenderContext): string {
  const m = ctx.messages;
  const article = ctx.article(citation.article);
  const rawTitle = citation.title ?? article?.meta.title ?? m.labels.untitled;
  const where = citation.paragraph > 0 ? `${m.labels.paragraph}${citation.paragraph}` : m.labels.header;
  const parts = [where, `*${escapeTrim(rawTitle, 120)}*`];
  if (article?.meta.published) parts.push(escapeTrim(article.meta.published, 100));
  return `— ${m.labels.source}: ${parts.join(' · ')}`;
}

/**
 * The stretch of `text` a reader needs: all of it up to `max` characters, else about `max`
 * characters from shortly before the answer (or from the start), cut at word boundaries and
 * marked with "…" where text was left out. Verbatim apart from the marks.
 */
export function excerptAround(text: string, answer: string, max: number): string {
  const clean = text.trim();
  if (clean.length <= max) return clean;
  const at = locate(clean, answer);
  // From the start whenever the answer fits there: the sentence's subject ("Mark Rutte … mengungkapkan") stays in view.
  let start = at <= 0 || at + answer.length <= max - 10 ? 0 : Math.max(0, at - Math.floor(max / 4));
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    start = space < 0 || space >= at ? start : space + 1;
    // A cut within the first few words keeps them: "Brussels: Sekretaris …" reads better whole.
    if (start < 24) start = 0;
  }
  let end = Math.min(clean.length, start + max);
  // The answer itself is never cut.
  if (at >= 0) end = Math.max(end, Math.min(clean.length, at + answer.length));
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  const body = clean.slice(start, end).replace(/[\s,;:–—-]+$/u, '');
  return `${start > 0 ? ELLIPSIS : ''}${body}${end < clean.length ? ` ${ELLIPSIS}` : ''}`;
}

/** Where the answer starts in `text` (case-insensitive), or -1. */
function locate(text: string, answer: string): number {
  const needle = answer.replace(/\s+/g, ' ').trim().toLowerCase();
  if (needle === '') return -1;
  const hay = text.toLowerCase();
  const exact = hay.indexOf(needle);
  if (exact >= 0) return exact;
  const firstWord = needle.split(' ')[0] ?? '';
  return firstWord.length >= 3 ? hay.indexOf(firstWord) : -1;
}

/** "Show paragraph ¶n" for an excerpt, unless the paragraph is already shown whole (or is the header). */
function paragraphButton(item: ShownItem, shown: string, index: number, ctx: RenderContext, token: string | undefined): APIButtonComponentWithCustomId | null {
  if (item.paragraph <= 0) return null;
  const paragraph = ctx.article(item.article)?.paragraphs.find((p) => p.number === item.paragraph);
  if (paragraph !== undefined && paragraph.text.trim() === shown.trim()) return null;
  const fallback = token === undefined ? undefined : { token, index };
  const customId = encodeButton({ kind: 'para', article: item.article, paragraph: item.paragraph }, fallback);
  if (customId.length > DISCORD_LIMITS.customId) return null;
  const m = ctx.messages;
  const label = truncate(`${m.labels.showParagraph} ${m.labels.paragraph}${item.paragraph}`, DISCORD_LIMITS.buttonLabel);
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId };
}

function answerHeader(answer: Answer, m: Messages): string {
  if (answer.type === 'yes-no') return `${m.labels.answer}: **${m.labels.yes}**`;
  if (answer.answer === null || answer.answer.trim() === '') return '';
  const short = escapeTrim(answer.answer.replace(/\s+/g, ' ').trim(), 300);
  const lines = [`${m.labels.answer}: **${short}**`];
  if (answer.normalized !== null && answer.normalized !== answer.answer) {
    lines.push(`*${escapeTrim(answer.normalized, 200)}*`);
  }
  return lines.join('\n');
}
