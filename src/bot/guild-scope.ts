/**
 * Which articles a Discord server may see: the bundled ones (DATA_DIR, visible everywhere) and its
 * own (ids "g<guildId>/…"). A DM sees the bundled ones only. Every command that reads, lists or
 * removes articles goes through here, so an id of another server behaves exactly like an unknown id.
 */
import type { Article, Engine } from '../engine/index.ts';
import { guildArticleId, parseArticleId } from '../storage/article-ids.ts';

/** Whether article `id` may be seen from `guildId` (null: a DM). */
export function canSee(id: string, guildId: string | null): boolean {
  const owner = parseArticleId(id).guildId;
  if (owner === null) return !id.includes('/');
  return owner === guildId;
}

/** Whether article `id` was added in `guildId` (and so may be removed there). */
export function isOwnedBy(id: string, guildId: string | null): boolean {
  return guildId !== null && parseArticleId(id).guildId === guildId;
}

/** The articles `guildId` may ask about, in load order. */
export function articlesOf(engine: Engine, guildId: string | null): Article[] {
  return engine.articles().filter((a) => canSee(a.id, guildId));
}

/** The ids of the articles `guildId` may ask about (the engine's `articles` scope). */
export function scopeOf(engine: Engine, guildId: string | null): string[] {
  return articlesOf(engine, guildId).map((a) => a.id);
}

/** Article `id` when `guildId` may see it, else undefined (another server's article looks unknown). */
export function visibleArticle(engine: Engine, guildId: string | null, id: string): Article | undefined {
  return canSee(id, guildId) ? engine.article(id) : undefined;
}

/**
 * The article a typed or picked option value means in `guildId`: an id (what autocomplete sends), a
 * server article's local name, or an exact title (case-insensitive). Undefined when none is visible.
 */
export function resolveArticle(engine: Engine, guildId: string | null, value: string): Article | undefined {
  const typed = value.trim();
  const byId = visibleArticle(engine, guildId, typed);
  if (byId !== undefined) return byId;
  const local = guildId === null ? null : ownName(typed, guildId);
  const byName = local === null || guildId === null ? undefined : visibleArticle(engine, guildId, guildArticleId(guildId, local));
  if (byName !== undefined) return byName;
  const folded = typed.toLowerCase();
  return articlesOf(engine, guildId).find((a) => a.meta.title?.trim().toLowerCase() === folded);
}

/**
 * The local name of one of `guildId`'s own articles, from what a user typed or picked: the full id
 * ("g<guildId>/name") or the name alone. Null for anything else (another server's id, a bundled id).
 */
export function ownName(value: string, guildId: string): string | null {
  const trimmed = value.trim();
  const { guildId: owner, name } = parseArticleId(trimmed);
  if (owner !== null) return owner === guildId && name !== '' ? name : null;
  return trimmed !== '' && !trimmed.includes('/') ? trimmed : null;
}

/** The id `name` has in `guildId`. */
export function ownId(guildId: string, name: string): string {
  return guildArticleId(guildId, name);
}
