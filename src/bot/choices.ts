/**
 * Autocomplete choices: article titles (/ask, /timeline, /article remove) and speakers for /quotes, filtered
 * by what the user typed so far, within Discord's limits (25 choices, 100-character names and values).
 */
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { Article, Engine } from '../engine/index.ts';
import { articlesOf, resolveArticle, scopeOf } from './guild-scope.ts';
import { DISCORD_LIMITS, truncate } from './render-limits.ts';

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Articles `guildId` may see (null: a DM, bundled only) whose title or id contains `typed` (case and
 * accent insensitive); value = article id.
 */
export function articleChoices(engine: Engine, typed: string, guildId: string | null = null): ApplicationCommandOptionChoiceData<string>[] {
  return choicesOf(articlesOf(engine, guildId), typed);
}

/** `articleChoices` over a given list of articles (e.g. only a server's own, for /article remove). */
export function choicesOf(articles: readonly Article[], typed: string): ApplicationCommandOptionChoiceData<string>[] {
  return matchingArticles(articles, typed)
    // The value must round-trip intact: an id longer than Discord allows cannot be offered.
    .filter((a) => a.id.length <= DISCORD_LIMITS.choiceValue)
    .slice(0, DISCORD_LIMITS.choices)
    .map((a) => ({ name: truncate(a.meta.title ?? a.id, DISCORD_LIMITS.choiceName), value: a.id }));
}

/**
 * The articles a typed text means, as autocomplete reads it: title or id containing it (case and
 * accent insensitive), else — for a few words typed out of order or with other punctuation — those
 * whose title or id has every typed word. Everything for an empty text.
 */
export function matchingArticles(articles: readonly Article[], typed: string): Article[] {
  const q = fold(typed.trim());
  if (q === '') return [...articles];
  const contains = articles.filter((a) => fold(a.meta.title ?? '').includes(q) || fold(a.id).includes(q));
  if (contains.length > 0) return contains;
  const words = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return [];
  return articles.filter((a) => {
    const hay = `${fold(a.meta.title ?? '')} ${fold(a.id)}`;
    return words.every((w) => hay.includes(w));
  });
}

/** What an optional article option resolves to in a server. */
export type ArticlePick =
  | { article: Article }
  | { problem: 'none-loaded' }
  | { problem: 'pick'; count: number }
  | { problem: 'no-match'; typed: string }
  | { problem: 'several'; typed: string; titles: string[] };

/**
 * The article an optional option value means where `guildId` (null: a DM) asks: the only one there
 * is when nothing was typed; an id, local name or exact title; else a unique autocomplete-style
 * match of what was typed. Otherwise why not, for the reply to say.
 */
export function pickArticle(engine: Engine, guildId: string | null, typed: string | null): ArticlePick {
  const visible = articlesOf(engine, guildId);
  if (visible.length === 0) return { problem: 'none-loaded' };
  const value = typed?.trim() ?? '';
  if (value === '') {
    const [only] = visible;
    return visible.length === 1 && only !== undefined ? { article: only } : { problem: 'pick', count: visible.length };
  }
  const exact = resolveArticle(engine, guildId, value);
  if (exact !== undefined) return { article: exact };
  const matches = matchingArticles(visible, value);
  const [one] = matches;
  if (matches.length === 1 && one !== undefined) return { article: one };
  if (matches.length === 0) return { problem: 'no-match', typed: value };
  return { problem: 'several', typed: value, titles: matches.slice(0, 5).map((a) => a.meta.title ?? a.id) };
}

/** Distinct speakers of attributed quotes in the articles `guildId` may see, containing `typed`, most quoted first. */
export function speakerChoices(engine: Engine, typed: string, guildId: string | null = null): ApplicationCommandOptionChoiceData<string>[] {
  const q = fold(typed.trim());
  const counts = new Map<string, number>();
  for (const quote of engine.quotes({ articles: scopeOf(engine, guildId) })) counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([name]) => name.length <= DISCORD_LIMITS.choiceValue && (q === '' || fold(name).includes(q)))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, DISCORD_LIMITS.choices)
    .map(([name]) => ({ name, value: name }));
}
