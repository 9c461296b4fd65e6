/**
 * Replies about a server's articles: what `/article add` understood, the `/articles` list and an
 * article's `/timeline`. Same rules as the other replies: escaped text, trimmed to Discord's limits.
 */
import type { APIEmbed } from 'discord.js';
import type { Article, Quote, TimelineEntry } from '../engine/index.ts';
import type { Messages } from '../i18n/messages.ts';
import type { ArticlePick } from './choices.ts';
import { parseArticleId } from '../storage/article-ids.ts';
import { blockQuote, escapeTrim } from './escape.ts';
import { DISCORD_LIMITS, truncate } from './render-limits.ts';
import { message, type BotMessage } from './render.ts';

const COLOR = 0x2b6cb0;

/** The distinct speakers of an article's attributed quotes, most quoted first. */
export function speakersOf(article: Article): string[] {
  return speakersOfQuotes(article.quotes);
}

/** The distinct speakers of some quotes, most quoted first (ties by name). */
export function speakersOfQuotes(quotes: readonly Pick<Quote, 'speaker'>[]): string[] {
  const counts = new Map<string, number>();
  for (const q of quotes) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

/** `/article add`: title, date, author, paragraph count, speakers and the id to remove it by. */
export function renderArticleAdded(article: Article, status: 'added' | 'unchanged', m: Messages): BotMessage {
  const title = escapeTrim(article.meta.title ?? m.labels.untitled, 200);
  const speakers = speakersOf(article);
  const lines = [
    `${m.source.published}: ${escapeTrim(article.meta.published ?? m.source.unknown, 200)}`,
    `${m.source.author}: ${escapeTrim(article.meta.author ?? m.source.unknown, 200)}`,
    `${m.source.outlet}: ${escapeTrim(article.meta.outlet ?? m.source.unknown, 200)}`,
    `${m.source.paragraphs}: ${article.paragraphs.length}`,
    `${m.source.language}: ${m.source.languageName(article.language)}`,
    `${m.upload.speakers}: ${speakers.length === 0 ? m.upload.noSpeakers : speakers.slice(0, 15).map((s) => escapeTrim(s, 80)).join(', ')}`,
    `${m.upload.id}: \`${localName(article.id)}\``,
    '',
    m.upload.askNow,
  ];
  const heading = status === 'added' ? m.upload.added(title) : m.upload.unchanged(title);
  return message([{
    title: truncate(heading, DISCORD_LIMITS.embedTitle),
    description: truncate(lines.join('\n'), DISCORD_LIMITS.embedDescription),
    color: COLOR,
  }]);
}

/** `/articles`: one line per article the server can ask about, bundled or its own. */
export function renderArticleList(articles: readonly Article[], m: Messages): BotMessage {
  if (articles.length === 0) return message([{ description: m.errors.noArticlesYet, color: COLOR }]);
  const lines: string[] = [];
  let used = 0;
  const budget = DISCORD_LIMITS.embedDescription - 60;
  for (const a of articles) {
    const own = parseArticleId(a.id).guildId !== null;
    const facts = [
      a.meta.published === null ? null : escapeTrim(a.meta.published, 60),
      `${a.paragraphs.length} ${m.labels.paragraph}`,
      own ? m.library.addedHere : m.library.builtIn,
      `\`${localName(a.id)}\``,
    ].filter((x): x is string => x !== null);
    const line = `• **${escapeTrim(a.meta.title ?? m.labels.untitled, 150)}**\n  ${facts.join(' · ')}`;
    if (used + line.length + 1 > budget) break;
    lines.push(line);
    used += line.length + 1;
  }
  const rest = articles.length - lines.length;
  const description = lines.join('\n') + (rest > 0 ? `\n${m.quotes.andMore(rest)}` : '');
  const embed: APIEmbed = { title: m.library.title, description, footer: { text: m.library.footer }, color: COLOR };
  return message([embed]);
}

/** `/timeline`: the article's dated events in date order, each with its ¶ and its sentence. */
export function renderTimeline(article: Article, entries: readonly TimelineEntry[], m: Messages): BotMessage {
  const title = truncate(m.timeline.title(escapeTrim(article.meta.title ?? m.labels.untitled, 200)), DISCORD_LIMITS.embedTitle);
  if (entries.length === 0) return message([{ title, description: m.timeline.none, color: COLOR }]);
  const blocks: string[] = [];
  let used = 0;
  const budget = DISCORD_LIMITS.embedDescription - 60;
  for (const e of entries) {
    const head = `**${escapeTrim(e.date.text, 80)}** (${e.date.iso}) · ${m.labels.paragraph}${e.paragraph}`;
    const block = `${head}\n${blockQuote(escapeTrim(e.sentence.trim(), 300))}`;
    if (used + block.length + 2 > budget) break;
    blocks.push(block);
    used += block.length + 2;
  }
  const rest = entries.length - blocks.length;
  return message([{ title, description: blocks.join('\n\n') + (rest > 0 ? `\n\n${m.quotes.andMore(rest)}` : ''), color: COLOR }]);
}

/** Why an article option did not resolve, in words saying what to type (names escaped here). */
export function pickProblemText(pick: Exclude<ArticlePick, { article: Article }>, m: Messages): string {
  switch (pick.problem) {
    case 'none-loaded':
      return m.errors.noArticlesYet;
    case 'pick':
      return m.timeline.pick(pick.count);
    case 'no-match':
      return m.timeline.noMatch(escapeTrim(pick.typed, 100));
    case 'several':
      return m.timeline.several(escapeTrim(pick.typed, 100), pick.titles.map((t) => escapeTrim(t, 100)));
  }
}

/** What people type for an article: its name inside the server ("g123/name" → "name"). */
export function localName(id: string): string {
  return parseArticleId(id).name;
}
