/**
 * Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
 * and the trimming that keeps every reply inside them: replies are shortened, never refused.
 */
import type { APIEmbed } from 'discord.js';

/** Hard limits enforced by the Discord API; exceeding one makes the whole request fail. */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  fields: 25,
  buttonsPerRow: 5,
  actionRows: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Longest question accepted, the same as the /ask option's `max_length`. */
export const QUESTION_MAX_CHARS = 500;

/** Paragraphs per "More" page (the answer card itself shows one excerpt). Three keeps a page readable. */
export const MORE_PER_PAGE = 3;

/** Quotes per /quotes page: a phone screen or two. */
export const QUOTES_PER_PAGE = 6;

/** What trimmed text ends with: one character, so it costs little of a limit. */
export const ELLIPSIS = '…';

/**
 * Shorten `text` to at most `max` UTF-16 units, ending with "…". Prefers a word boundary near the
 * end, never splits a surrogate pair, and never leaves a dangling escape backslash.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  let cut = max - ELLIPSIS.length;
  const space = text.lastIndexOf(' ', cut);
  // Only back up to a space if that loses little: long words (URLs) are cut mid-word.
  if (space > cut * 0.85) cut = space;
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  let head = text.slice(0, cut).trimEnd();
  // An odd run of trailing backslashes would escape the ellipsis or a following markdown marker.
  if ((/\\+$/.exec(head)?.[0].length ?? 0) % 2 === 1) head = head.slice(0, -1);
  return head + ELLIPSIS;
}

/** Characters Discord counts toward an embed's 6000 total. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0)
    + (embed.author?.name.length ?? 0) + fields;
}
