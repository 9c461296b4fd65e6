/**
 * The other replies: a full paragraph ("Show paragraph"), a word gloss ("Gloss"), /help, /source and
 * /quotes. Same rules as answers: escaped text, Discord limits respected by trimming.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Article, ArticleQuote, Citation } from '../engine/index.ts';
import type { Messages } from '../i18n/messages.ts';
import { blockQuote, escapeTrim } from './escape.ts';
import { DISCORD_LIMITS, embedLength, truncate } from './render-limits.ts';
import { citationSource, message, type BotMessage, type RenderContext } from './render.ts';

const COLOR = 0x2b6cb0;

/** One body paragraph, in full (trimmed only past Discord's limit), with its source line. */
export function renderParagraph(article: Article, paragraph: number, ctx: RenderContext): BotMessage | null {
  const p = article.paragraphs.find((x) => x.number === paragraph);
  if (p === undefined) return null;
  const source = citationSource({ article: article.id, title: article.meta.title, paragraph, excerpt: p.text, score: 1 }, ctx);
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
  if (articles.length === 0) return message([{ description: m.errors.noArticles, color: COLOR }]);
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

/** /quotes: who said what, each with ¶ number, as many as fit; the rest counted. */
export function renderQuotes(quotes: readonly ArticleQuote[], speaker: string | null, m: Messages): BotMessage {
  const title = truncate(speaker === null ? m.quotes.title : m.quotes.titleFor(escapeTrim(speaker, 100)), DISCORD_LIMITS.embedTitle);
  if (quotes.length === 0) {
    const none = speaker === null ? m.quotes.none : m.quotes.noneFor(escapeTrim(speaker, 100));
    return message([{ title, description: truncate(none, DISCORD_LIMITS.embedDescription), color: COLOR }]);
  }
  const lines: string[] = [];
  let used = 0;
  const budget = DISCORD_LIMITS.embedDescription - 40;
  // Across several articles a ¶ number alone is ambiguous: name the article too.
  const several = new Set(quotes.map((q) => q.article)).size > 1;
  for (const q of quotes) {
    const article = several ? ` · *${escapeTrim(q.title ?? q.article, 80)}*` : '';
    const where = `${m.labels.paragraph}${q.paragraph}${article}${q.kind === 'reported' ? `, ${m.quotes.reported}` : ''}`;
    const text = escapeTrim(q.text, 300);
    const line = `**${escapeTrim(q.speaker, 80)}** (${where}): ${q.kind === 'direct' ? `“${text}”` : text}`;
    if (used + line.length + 2 > budget) break;
    lines.push(line);
    used += line.length + 2;
  }
  const rest = quotes.length - lines.length;
  const description = lines.join('\n\n') + (rest > 0 ? `\n\n${m.quotes.andMore(rest)}` : '');
  return message([{ title, description, color: COLOR }]);
}
