/**
 * Making untrusted text (questions, article text) safe to show in Discord: markdown escaped, so
 * `**` or `[x](y)` in an article shows as typed, and mentions defused with a zero-width space, so
 * `@everyone` or `<@&123>` never renders as a mention even where `allowedMentions` does not apply.
 */
import { escapeMarkdown } from 'discord.js';
import { truncate } from './render-limits.ts';

const ZWSP = '\u200b';

/** Break `@everyone`, `@here` and `<@…>`/`<@&…>`/`<#…>`/`</…>` mention syntax without changing how it reads. */
export function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<([@#/])/g, `<${ZWSP}$1`);
}

/** Escape Discord markdown (incl. headings, lists, masked links, leading `>`) and defuse mentions. */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  // escapeMarkdown leaves block quotes alone; a leading ">" in a question would quote our own reply.
  return defuseMentions(escaped.replace(/^(\s*)>/gm, '$1\\>'));
}

/** Prefix every line with `> ` so a multi-line excerpt stays inside one block quote. */
export function blockQuote(text: string): string {
  return text.split('\n').map((line) => `> ${line}`).join('\n');
}

/**
 * Escape and trim to `max` characters. The raw text is cut first: escaping only adds characters,
 * so nothing visible is lost, and escaping a 10,000-character excerpt costs no more than a short one.
 */
export function escapeTrim(text: string, max: number): string {
  return truncate(escapeText(truncate(text, max)), max);
}
