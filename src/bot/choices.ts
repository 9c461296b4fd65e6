/**
 * Autocomplete choices: article titles (/ask, /timeline, /article remove) and speakers for /quotes, filtered
 * by what the user typed so far, within Discord's limits (25 choices, 100-character names and values).
 */
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { Article, Engine } from '../engine/index.ts';
import { articlesOf, scopeOf } from './guild-scope.ts';
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
  const q = fold(typed.trim());
  return articles
    // The value must round-trip intact: an id longer than Discord allows cannot be offered.
    .filter((a) => a.id.length <= DISCORD_LIMITS.choiceValue)
    .filter((a) => q === '' || fold(a.meta.title ?? '').includes(q) || fold(a.id).includes(q))
    .slice(0, DISCORD_LIMITS.choices)
    .map((a) => ({ name: truncate(a.meta.title ?? a.id, DISCORD_LIMITS.choiceName), value: a.id }));
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
