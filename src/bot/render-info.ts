/**
 * The other replies: a full paragraph ("Show paragraph"), a word gloss ("English gloss"), /help,
 * /source and the pages of /quotes. Same rules as answers: escaped text, Discord limits respected
 * by trimming.
 */
import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Article, ArticleQuote, Citation } from '../engine/index.ts';
import type { Messages } from '../i18n/messages.ts';
import { blockQuote, escapeTrim } from './escape.ts';
import { encodeButton } from './custom-id.ts';
import { DISCORD_LIMITS, embedLength, QUOTES_PER_PAGE, truncate } from './render-limits.ts';
import { citationSource, message, rowsOf, type BotMessage, type RenderContext } from './render.ts';

const COLOR = 0x2b6cb0;

/** One body paragraph, in full (trimmed only past Discord's limit), with its source line. */
export function renderParagraph(article: Article, paragraph: number, ctx: RenderContext): BotMessage | null {
  const p = article.paragraphs.find((x) => x.number === paragraph);
  if (p === undefined) return null;
  const source = citationSource({ article: article.id, title: article.meta.title, paragraph }, ctx);
  const body = escapeTrim(p.text, DISCORD_LIMITS.embedDescription - source.length - 10);
  return message([{ description: `${blockQuote(body)}\n${source}`, color: COLOR }]);
}

/** Verbatim Indonesian excerpts, each followed by its English word gloss, labelled as such. */
export function renderGloss(entries: readonly { citation: Citation; gloss: string }[], ctx: RenderContext): BotMessage {
  const m = ctx.messages;
  const fixed = m.labels.glossTitle.length + m.labels.glossNote.length;
  const each = Math.floor((Math.min(DISCORD_LIMITS.embedDescription, DISCORD_LIMITS.embedTotal - fixed) - 20) / Math.max(1, entries.length));
  const blocks = entries.map(({ citation, gloss }) => {
    const source = citationSource(citation, ctx);
    // Half for the verbatim text, half for the gloss (which is longer: it repeats every word).
    const half = Math.max(40, Math.floor((each - source.length - 8) / 2));
    return `${blockQuote(escapeTrim(citation.excerpt, half))}\n${source}\n${escapeTrim(gloss, half)}`;
  });
  return message([{
    title: m.labels.glossTitle,
    description: truncate(blocks.join('\n\n'), DISCORD_LIMITS.embedDescription),
    footer: { text: m.labels.glossNote },
    color: COLOR,
  }]);
}

/** /help: how to ask, and example questions drawn from the loaded articles. */
export function renderHelp(examples: readonly string[], m: Messages): BotMessage {
  const list = examples.map((q) => `• ${escapeTrim(q, 200)}`).join('\n');
  const description = list === '' ? m.help.body : `${m.help.body}\n\n**${m.help.examples}**\n${list}`;
  return message([{ title: m.help.title, description: truncate(description, DISCORD_LIMITS.embedDescription), color: COLOR }]);
}

/** /source: one field per article (title, outlet, author, date, paragraph count, language). */
export function renderSources(articles: readonly Article[], m: Messages): BotMessage {
  if (articles.length === 0) return message([{ description: m.errors.noArticlesYet, color: COLOR }]);
  const s = m.source;
  const embed: APIEmbed = { title: s.title, fields: [], color: COLOR };
  const fields: APIEmbedField[] = [];
  for (const a of articles.slice(0, DISCORD_LIMITS.fields)) {
    const value = [
      `${s.outlet}: ${escapeTrim(a.meta.outlet ?? s.unknown, 200)}`,
      `${s.author}: ${escapeTrim(a.meta.author ?? s.unknown, 200)}`,
      `${s.published}: ${escapeTrim(a.meta.published ?? s.unknown, 200)}`,
      `${s.paragraphs}: ${a.paragraphs.length}`,
      `${s.language}: ${s.languageName(a.language)}`,
    ].join('\n');
    const field = {
      name: escapeTrim(a.meta.title ?? a.id, DISCORD_LIMITS.fieldName),
      value: truncate(value, DISCORD_LIMITS.fieldValue),
    };
    // Stop before the 6000-character total; the footer says how many were left out.
    if (embedLength({ ...embed, fields: [...fields, field] }) > DISCORD_LIMITS.embedTotal - 100) break;
    fields.push(field);
  }
  embed.fields = fields;
  if (fields.length < articles.length) embed.footer = { text: m.quotes.andMore(articles.length - fields.length) };
  return message([embed]);
}

/** Which /quotes page to render, and the pager token its ◀ ▶ buttons refer to (none: one page only). */
export interface QuotesPageOptions {
  page?: number;
  token?: string;
}

/**
 * Quotes in reading order for /quotes: grouped by speaker (most quoted first), within a speaker by
 * article (in the order given), then by paragraph.
 */
export function orderQuotes(quotes: readonly ArticleQuote[]): ArticleQuote[] {
  const counts = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  quotes.forEach((q, i) => {
    counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    if (!firstSeen.has(q.speaker)) firstSeen.set(q.speaker, i);
  });
  const articleOrder = new Map<string, number>();
  for (const q of quotes) if (!articleOrder.has(q.article)) articleOrder.set(q.article, articleOrder.size);
  return [...quotes].sort((a, b) => (counts.get(b.speaker) ?? 0) - (counts.get(a.speaker) ?? 0)
    || (firstSeen.get(a.speaker) ?? 0) - (firstSeen.get(b.speaker) ?? 0)
    || (articleOrder.get(a.article) ?? 0) - (articleOrder.get(b.article) ?? 0)
    || a.paragraph - b.paragraph || a.sentence - b.sentence);
}

/** How many /quotes pages the quotes take. */
export function quotePageCount(quotes: readonly ArticleQuote[]): number {
  return Math.max(1, Math.ceil(quotes.length / QUOTES_PER_PAGE));
}

/**
 * One /quotes page: a speaker's quotes under one heading (repeated at the top of a page that
 * continues them), the article's title once per group when several articles are quoted, each
 * quote with its ¶. Every quote is on some page: ◀ ▶ page through them all.
 */
export function renderQuotes(quotes: readonly ArticleQuote[], speaker: string | null, m: Messages, options: QuotesPageOptions = {}): BotMessage {
  const title = truncate(speaker === null ? m.quotes.title : m.quotes.titleFor(escapeTrim(speaker, 100)), DISCORD_LIMITS.embedTitle);
  if (quotes.length === 0) {
    const none = speaker === null ? m.quotes.none : m.quotes.noneFor(escapeTrim(speaker, 100));
    return message([{ title, description: truncate(none, DISCORD_LIMITS.embedDescription), color: COLOR }]);
  }
  const ordered = orderQuotes(quotes);
  const pages = quotePageCount(ordered);
  const page = Math.min(Math.max(0, options.page ?? 0), pages - 1);
  const shown = ordered.slice(page * QUOTES_PER_PAGE, (page + 1) * QUOTES_PER_PAGE);
  const several = new Set(quotes.map((q) => q.article)).size > 1;
  const each = Math.floor((DISCORD_LIMITS.embedDescription - 400) / QUOTES_PER_PAGE) - 40;
  const blocks: string[] = [];
  let lines: string[] = [];
  let speakerNow: string | null = null;
  let articleNow: string | null = null;
  for (const q of shown) {
    if (q.speaker !== speakerNow) {
      if (lines.length) blocks.push(lines.join('\n'));
      lines = [`**${escapeTrim(q.speaker, 80)}**`];
      speakerNow = q.speaker;
      articleNow = null;
    }
    if (several && q.article !== articleNow) lines.push(`*${escapeTrim(q.title ?? q.article, 100)}*`);
    articleNow = q.article;
    const text = escapeTrim(q.text, each);
    const where = `${m.labels.paragraph}${q.paragraph}`;
    lines.push(q.kind === 'direct' ? `${where} “${text}”` : `${where} (${m.quotes.reported}) ${text}`);
  }
  if (lines.length) blocks.push(lines.join('\n'));
  const embed: APIEmbed = {
    title,
    description: truncate(blocks.join('\n\n'), DISCORD_LIMITS.embedDescription),
    footer: { text: m.quotes.page(page + 1, pages, quotes.length) },
    color: COLOR,
  };
  const token = options.token;
  if (token === undefined || pages === 1) return message([embed]);
  const button = (target: number, label: string, emoji: string, disabled: boolean): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: emoji }, label, disabled,
    custom_id: encodeButton({ kind: 'quotes', token, page: target }),
  });
  // Distinct ids even when disabled: Discord rejects two buttons with one id.
  const previous = button(page === 0 ? pages : page - 1, m.labels.previous, '◀', page === 0);
  const next = button(page + 1 >= pages ? pages + 1 : page + 1, m.labels.next, '▶', page + 1 >= pages);
  return message([embed], rowsOf([previous, next]));
}
