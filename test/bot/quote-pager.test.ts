// /quotes through the fake Discord: a speaker's quotes under one heading, pages turned in place with
// ◀ ▶ by the person who ran it only, buttons taken off when the pages expire, and a private reply
// naming the speakers there are when the asked one matches nobody — in English and Indonesian.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import type { ArticleQuote } from '../../src/engine/index.ts';
import { messages } from '../../src/i18n/messages.ts';
import { APPLICATION_ID, OTHER_USER, type InteractionResponseInfo } from '../support/fake-discord.ts';
import { startHarnessWith, type Harness } from './helpers/bot-harness.ts';
import { createFakeEngine, makeArticle, RUSIA_PARAGRAPHS } from './helpers/fake-engine.ts';
import { expectWithinLimits } from './helpers/limits.ts';

const en = messages('en');
const id = messages('id');
const A = makeArticle('nato', { title: 'NATO Chief Warns of Russia and North Korea', paragraphs: RUSIA_PARAGRAPHS });
const B = makeArticle('kyiv', { title: 'Kyiv Asks for Air Defence', paragraphs: RUSIA_PARAGRAPHS });
const quote = (speaker: string, article: typeof A, paragraph: number, kind: 'direct' | 'reported' = 'direct'): ArticleQuote =>
  ({ speaker, text: `${speaker} words number ${paragraph} in ${article.id}`, kind, paragraph, sentence: 0, article: article.id, title: article.meta.title });
// 14 quotes: Rutte 8 (in both articles), Zelensky 4, Trump 2 — three pages of six.
const QUOTES: ArticleQuote[] = [
  ...[1, 2, 3, 4, 5].map((p) => quote('Mark Rutte', A, p)), quote('Donald Trump', A, 6, 'reported'),
  ...[1, 2, 3].map((p) => quote('Mark Rutte', B, p, 'reported')), ...[4, 5, 6, 7].map((p) => quote('Volodymyr Zelensky', B, p)), quote('Donald Trump', B, 8),
];
const TTL = 1500;

let h: Harness;
beforeAll(async () => {
  h = await startHarnessWith(createFakeEngine({ articles: [A, B], quotes: QUOTES }), {}, { quotePagesTtlMs: TTL });
});
afterAll(async () => h.close());

const embedOf = (res: InteractionResponseInfo): APIEmbed => ((res.payload?.['embeds'] as APIEmbed[] | undefined) ?? [])[0] ?? {};
type Button = { custom_id: string; label: string; disabled?: boolean; emoji?: { name: string } };
const buttonsOf = (res: InteractionResponseInfo): Button[] =>
  ((res.payload?.['components'] as { components: Button[] }[] | undefined) ?? []).flatMap((r) => r.components);
const quotes = (options: Record<string, string> = {}, locale = 'en-US') => h.fake.interactionResponse(h.track(h.fake.sendCommand({ name: 'quotes', options, locale })).id);
const press = (button: Button | undefined, message: string | undefined, user = {}) =>
  h.fake.interactionResponse(h.track(h.fake.sendButton({ customId: button?.custom_id ?? '', message: message ?? '', ...user })).id);

describe('GIVEN fourteen quotes by three speakers over two articles', () => {
  it('WHEN /quotes is run THEN page 1 groups each speaker under one heading, names each article once per group, and pages with ◀ ▶', async () => {
    const res = await quotes();
    expect(res.ephemeral).toBe(false);
    const embed = embedOf(res);
    expect(embed.title).toBe(en.quotes.title);
    expect(embed.footer?.text).toBe(en.quotes.page(1, 3, 14));
    const description = embed.description ?? '';
    // The most quoted speaker first, once, then their quotes with ¶ numbers.
    expect(description.startsWith(`**Mark Rutte**\n*${A.meta.title}*\n¶1 “Mark Rutte words number 1 in nato”\n¶2 `)).toBe(true);
    expect(description.match(/\*\*Mark Rutte\*\*/g)).toHaveLength(1);
    expect(description).not.toMatch(/…and \d+ more|more\./);
    const [previous, next] = buttonsOf(res);
    expect(previous).toMatchObject({ label: en.labels.previous, disabled: true, emoji: { name: '◀' } });
    expect(next).toMatchObject({ label: en.labels.next, disabled: false, emoji: { name: '▶' } });
    expectWithinLimits(res.payload ?? {});
  });

  it('WHEN the asker presses ▶ and ▶ again THEN the message turns to pages 2 and 3 in place, and every quote was on some page', async () => {
    const first = await quotes();
    const seen = [embedOf(first).description ?? ''];
    let page = first;
    for (const n of [2, 3]) {
      page = await press(buttonsOf(page)[1], first.message?.id);
      expect(page.callbackType).toBe(7);
      expect(page.message?.id).toBe(first.message?.id);
      expect(embedOf(page).footer?.text).toBe(en.quotes.page(n, 3, 14));
      seen.push(embedOf(page).description ?? '');
    }
    // Page 2 continues Rutte's quotes in the second article: the heading comes again, with that article's title.
    expect(seen[1]).toMatch(/^\*\*Mark Rutte\*\*\n\*Kyiv Asks for Air Defence\*\n¶2 \(reported\) /);
    expect(buttonsOf(page).map((b) => b.disabled)).toEqual([false, true]);
    for (const q of QUOTES) expect(seen.join('\n'), q.text).toContain(q.text);
    const back = await press(buttonsOf(page)[0], first.message?.id);
    expect(embedOf(back).footer?.text).toBe(en.quotes.page(2, 3, 14));
  });

  it('WHEN someone else presses ▶ THEN only they are told, privately, and the page stays', async () => {
    const first = await quotes();
    const other = await press(buttonsOf(first)[1], first.message?.id, { user: OTHER_USER });
    expect(other.ephemeral).toBe(true);
    expect(other.content).toBe(en.quotes.notYours);
    expect(h.fake.message(first.message?.id ?? '')?.embeds[0]?.footer?.text).toBe(en.quotes.page(1, 3, 14));
    const idOther = await press(buttonsOf(first)[1], first.message?.id, { user: OTHER_USER, locale: 'id' });
    expect(idOther.content).toBe(id.quotes.notYours);
  });

  it('WHEN an Indonesian user runs /quotes THEN the page and its buttons are in Indonesian', async () => {
    const res = await quotes({}, 'id');
    expect(embedOf(res).title).toBe(id.quotes.title);
    expect(embedOf(res).footer?.text).toBe(id.quotes.page(1, 3, 14));
    expect(buttonsOf(res).map((b) => b.label)).toEqual([id.labels.previous, id.labels.next]);
    expect(embedOf(res).description).toContain(`(${id.quotes.reported})`);
  });

  it('WHEN a speaker with few quotes is asked for THEN one page, no buttons', async () => {
    const res = await quotes({ speaker: 'Trump' });
    expect(embedOf(res).title).toBe(en.quotes.titleFor('Trump'));
    expect(embedOf(res).footer?.text).toBe(en.quotes.page(1, 1, 2));
    expect(buttonsOf(res)).toEqual([]);
  });

  it.each([['en-US', en], ['id', id]] as const)('WHEN /quotes speaker: matches nobody (%s) THEN the reply is private and names the speakers there are', async (locale, m) => {
    const res = await quotes({ speaker: 'Jokowi' }, locale);
    expect(res.ephemeral).toBe(true);
    expect(res.content).toBe(m.quotes.noneForSuggest('Jokowi', ['Mark Rutte', 'Volodymyr Zelensky', 'Donald Trump']));
  });

  it('WHEN the pages expire THEN the buttons are taken off the message, and a late press says so privately', async () => {
    const sent = h.track(h.fake.sendCommand({ name: 'quotes' }));
    const first = await h.fake.interactionResponse(sent.id);
    const stale = buttonsOf(first)[1];
    await h.fake.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APPLICATION_ID}/${sent.token}/messages/@original`, TTL + 3000);
    expect(h.fake.message(first.message?.id ?? '')?.components).toEqual([]);
    // The text stays: only the dead buttons went.
    expect(h.fake.message(first.message?.id ?? '')?.embeds[0]?.footer?.text).toBe(en.quotes.page(1, 3, 14));
    const late = await press(stale, first.message?.id);
    expect(late.callbackType).toBe(7);
    const followUp = await h.fake.waitForMessage((m) => m.interactionId === late.interactionId && m.route === 'webhook.followup');
    expect(followUp.content).toBe(en.quotes.expired);
    expect(followUp.ephemeral).toBe(true);
  }, 10_000);

  it('WHEN the bot restarts THEN pressing an old pager button takes the buttons off and says the pages expired', async () => {
    const first = await quotes();
    await h.restart();
    const late = await press(buttonsOf(first)[1], first.message?.id);
    expect(late.callbackType).toBe(7);
    expect(h.fake.message(first.message?.id ?? '')?.components).toEqual([]);
    const followUp = await h.fake.waitForMessage((m) => m.interactionId === late.interactionId && m.route === 'webhook.followup');
    expect(followUp.content).toBe(en.quotes.expired);
  });
});
