/** Assertions shared by the rendering and integration tests: Discord's limits and "no pings". */
import { expect } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { DISCORD_LIMITS, embedLength } from '../../../src/bot/render-limits.ts';

interface MessageLike {
  content?: string | undefined;
  embeds?: readonly APIEmbed[] | undefined;
  components?: readonly { components: readonly { custom_id?: string; label?: string }[] }[] | undefined;
}

/** Every text of a message, concatenated (to search for leaked mentions). */
export function allText(message: MessageLike): string {
  const embeds = (message.embeds ?? []).flatMap((e) => [
    e.title ?? '', e.description ?? '', e.footer?.text ?? '', e.author?.name ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
  ]);
  const labels = (message.components ?? []).flatMap((r) => r.components.map((c) => c.label ?? ''));
  return [message.content ?? '', ...embeds, ...labels].join('\n');
}

/** Fail unless the message respects every Discord limit the bot relies on. */
export function expectWithinLimits(message: MessageLike): void {
  expect((message.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  const embeds = message.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(10);
  expect(embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  for (const e of embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footerText);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
  }
  const rows = message.components ?? [];
  expect(rows.length).toBeLessThanOrEqual(DISCORD_LIMITS.actionRows);
  const ids = rows.flatMap((r) => r.components.map((c) => c.custom_id ?? ''));
  expect(new Set(ids).size).toBe(ids.length);
  for (const row of rows) {
    expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
    for (const c of row.components) {
      expect(c.custom_id?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
      expect(c.label?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
    }
  }
}

/** Fail if any raw mention syntax survived (a zero-width space after "@" or "<" defuses it). */
export function expectNoRawMentions(message: MessageLike): void {
  const text = allText(message);
  expect(text).not.toMatch(/@(everyone|here)/i);
  expect(text).not.toMatch(/<[@#]/);
}
