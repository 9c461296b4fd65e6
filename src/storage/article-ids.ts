/**
 * Article ids and the file names behind them. A bundled article (a file directly in DATA_DIR) keeps
 * its file name as id: "rusia-korea-utara". An article added in a server is namespaced by it:
 * "g<guildId>/<name>". Bundled ids never contain "/", so the two kinds cannot collide.
 *
 * Names of uploads come from the article's detected title (or, without one, its first line) plus a
 * hash of its text, never from the uploader's file name, so a name is always a safe file name:
 *   "Rusia Dukung Program Nuklir Korea Utara Demi Imbalan…" → "rusia-dukung-program-nuklir-korea-3fa2c1"
 */
import { createHash } from 'node:crypto';

/** A Discord id: the only thing accepted as a guild folder name. */
export const SNOWFLAKE = /^\d{17,20}$/;

/** The extensions read as articles, bundled or per guild. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;

const GUILD_ID = /^g(\d{17,20})\/(.+)$/;
const SLUG_MAX = 40;

/** The id of article `name` added in guild `guildId`. */
export function guildArticleId(guildId: string, name: string): string {
  return `g${guildId}/${name}`;
}

/** The guild an id belongs to and its local name; `guildId` is null for bundled articles. */
export function parseArticleId(id: string): { guildId: string | null; name: string } {
  const m = GUILD_ID.exec(id);
  return m === null ? { guildId: null, name: id } : { guildId: m[1] ?? null, name: m[2] ?? '' };
}

/** SHA-256 of a text, hex: how the store tells an unchanged file from a changed one. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Lowercase ASCII words joined by "-", at most `max` characters, cut at a word boundary. */
export function slugify(text: string, max = SLUG_MAX): string {
  const slug = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : slug.slice(0, max)).replace(/-+$/, '');
}

/**
 * The stored name of an uploaded text: the slug of its heading (the detected title, see the
 * engine's `articleHeading`; without one, its first line) and `hashChars` of its hash.
 */
export function articleName(text: string, hashChars = 6, heading: string | null = null): string {
  const firstLine = text.split('\n').map((l) => l.replace(/^[#>\s*_-]+/, '').trim()).find((l) => /\p{L}/u.test(l)) ?? '';
  const slug = slugify(heading ?? '') || slugify(firstLine) || 'article';
  return `${slug}-${contentHash(text).slice(0, hashChars)}`;
}

/**
 * What two texts of one article share however they were given — a file, or pasted into the form
 * with its title in a field of its own: the hash of its body paragraphs, whitespace aside.
 */
export function bodyHash(paragraphs: readonly { text: string }[]): string {
  return contentHash(paragraphs.map((p) => p.text.replace(/\s+/g, ' ').trim()).join('\n'));
}

/**
 * Whether a file name found on disk can serve as an article (`.txt`/`.md`, not hidden, no control
 * characters, short enough to fit Discord's 100-character option values once namespaced).
 */
export function isArticleFileName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  if (!ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext))) return false;
  const base = baseName(fileName);
  return base.length > 0 && base.length <= 64 && !base.startsWith('.') && !/[\p{Cc}\p{Cf}/\\]/u.test(base);
}

/** A file name without its article extension. */
export function baseName(fileName: string): string {
  return fileName.replace(/\.(txt|md)$/i, '');
}
