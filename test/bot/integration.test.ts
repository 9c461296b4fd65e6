// The real discord.js client, running Kutip's handlers and commands, against the fake Discord on loopback.
// Engine: the test double (deterministic answers); integration-real-engine.test.ts repeats /ask with the real one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { messages } from '../../src/i18n/messages.ts';
import { BOT_USER, DEFAULT_CHANNEL_ID, HUMAN_USER, OTHER_USER, type SentMessage } from '../support/fake-discord.ts';
import { startHarness, type Harness } from './helpers/bot-harness.ts';
import { createFakeEngine, makeArticle, RUSIA_PARAGRAPHS, THROW_MARKER } from './helpers/fake-engine.ts';
import { expectNoRawMentions, expectWithinLimits } from './helpers/limits.ts';

const WHO = "Who said Russia supports North Korea's nuclear program?";
const en = messages('en');
const id = messages('id');

let h: Harness;
// ¶1 is two sentences (trimmed on the card, so "Show paragraph" is offered); ¶2 and ¶3 are one each.
const PARAGRAPH_1 = `${RUSIA_PARAGRAPHS[2] ?? ''} ${RUSIA_PARAGRAPHS[3] ?? ''}`;
const TITLE = 'Rusia Dukung Program Nuklir Korea Utara Demi Imbalan Bantuan Pasukan ke Ukraina';
const engine = createFakeEngine({
  extraCitations: 4,
  articles: [makeArticle('rusia-korea-utara', { title: TITLE, paragraphs: [PARAGRAPH_1, RUSIA_PARAGRAPHS[0] ?? '', RUSIA_PARAGRAPHS[1] ?? ''] })],
});

beforeAll(async () => {
  h = await startHarness(engine);
});
afterAll(async () => {
  await h.close();
});

const embedOf = (payload: Record<string, unknown> | undefined): APIEmbed => ((payload?.['embeds'] as APIEmbed[] | undefined) ?? [])[0] ?? {};
const buttonsOf = (payload: Record<string, unknown> | undefined) =>
  ((payload?.['components'] as { components: { custom_id: string; label: string }[] }[] | undefined) ?? []).flatMap((r) => r.components);

async function ask(question: string, extra: { locale?: string; user?: typeof HUMAN_USER } = {}) {
  const sent = h.track(h.fake.sendCommand({ name: 'ask', options: { question }, ...extra }));
  return { sent, res: await h.fake.interactionResponse(sent.id) };
}

async function click(customId: string, message: string | undefined, extra: { locale?: string } = {}) {
  return h.fake.interactionResponse(h.track(h.fake.sendButton({ customId, message: message ?? '', ...extra })).id);
}

/** Send a human message and wait for the bot's reply to it. */
async function mention(content: string, extra: { referencedMessageId?: string; author?: typeof HUMAN_USER; mentionsBot?: boolean } = {}): Promise<SentMessage> {
  const msg = h.fake.sendMessage({ content, mentionsBot: extra.mentionsBot ?? true, ...extra });
  return h.fake.waitForMessage((m) => m.route === 'channel.message' && (m.payload['message_reference'] as { message_id?: string } | undefined)?.message_id === msg.id);
}

describe('GIVEN Kutip connected to Discord', () => {
  it('WHEN someone uses /ask THEN it replies at once with the answer, one trimmed quote, the source once in the footer, and buttons', async () => {
    const { res } = await ask(WHO);
    expect(res.deferred).toBe(false);
    expect(res.ackMs).toBeLessThan(3000);
    expect(res.ephemeral).toBe(false);
    const embed = embedOf(res.payload);
    expect(embed.title).toBe(WHO);
    const [line, quote, ...rest] = (embed.description ?? '').split('\n\n');
    expect(line).toBe(`${en.labels.answer}: **Mark Rutte**`);
    expect(quote).toMatch(/^> “Sebagai imbalan atas pasukan .*,” ujar Rutte, .* …$/);
    expect((quote ?? '').length).toBeLessThan(240);
    expect(rest).toEqual([]);
    // The source is named once, in the footer: ¶, title, outlet, date.
    expect(embed.footer?.text).toBe(`${en.labels.source}: ¶1 · ${TITLE} · Metrotvnews.com · 5 December 2024 11:53`);
    expect((embed.description ?? '').match(/Rusia Dukung/g)).toBeNull();
    // A name needs no gloss; ¶1 is shown trimmed, so it can be shown whole.
    expect(buttonsOf(res.payload).map((b) => b.label)).toEqual([`${en.labels.showParagraph} ¶1`, en.labels.more]);
    expectWithinLimits(res.payload ?? {});
  });

  it('WHEN someone mentions the bot THEN it shows typing and replies to that message', async () => {
    const reply = await mention(`<@${BOT_USER.id}> ${WHO}`);
    expect(h.fake.requests.some((r) => r.method === 'POST' && r.path === `/channels/${DEFAULT_CHANNEL_ID}/typing`)).toBe(true);
    expect(embedOf(reply.payload).description).toContain('**Mark Rutte**');
    expect(engine.calls.at(-1)?.question).toBe(WHO);
  });

  it('WHEN someone replies to an answer after others spoke THEN it is a follow-up in that conversation', async () => {
    const first = await mention(`<@${BOT_USER.id}> ${WHO}`);
    await mention(`<@${BOT_USER.id}> who said the alliance threatens Korea stability?`, { author: OTHER_USER });
    const followUp = await mention('and when did he say that?', { referencedMessageId: first.messageId });
    expect(embedOf(followUp.payload).description).toContain('**Senin 2 Desember 2024**');
    expect(engine.calls.at(-1)?.options?.conversation?.turns.at(-2)?.question).toBe(WHO);
    expect(followUp.allowedMentions).toMatchObject({ parse: [] });
  });

  it('WHEN a later /ask comes from the same person in the same channel THEN it continues the conversation', async () => {
    await ask(WHO);
    const { res } = await ask('when did he say that?');
    expect(embedOf(res.payload).description).toContain('**Senin 2 Desember 2024**');
  });

  it('WHEN "Show paragraph" is clicked THEN the full paragraph comes back, ephemeral', async () => {
    const { res } = await ask(WHO);
    const button = buttonsOf(res.payload)[0];
    const shown = await click(button?.custom_id ?? '', res.message?.id);
    expect(shown.ephemeral).toBe(true);
    expect(embedOf(shown.payload).description).toContain(`> ${PARAGRAPH_1}`);
  });

  it('WHEN "More" is clicked THEN the next relevant paragraphs come back, ephemeral, each once', async () => {
    const { res } = await ask(WHO);
    const more = buttonsOf(res.payload).find((b) => b.label === en.labels.more);
    const page = await click(more?.custom_id ?? '', res.message?.id);
    expect(page.ephemeral).toBe(true);
    const embed = embedOf(page.payload);
    expect(embed.title).toBe(en.answer.moreTitle);
    expect(embed.footer?.text).toBe(en.answer.morePage(1, 2, 2));
    expect(embed.description).toContain('**¶2**\n> Brussels: Sekretaris Jenderal NATO');
    expect(embed.description).toContain('**¶3**\n> Dalam pernyataan usai pertemuan');
    // Both are shown whole: nothing more to open, no further page.
    expect(buttonsOf(page.payload)).toEqual([]);
    expectWithinLimits(page.payload ?? {});
  });

  it('WHEN an English question is answered with a clause of the Indonesian article THEN "English gloss" shows the verbatim excerpt with a labelled word gloss', async () => {
    const { res } = await ask('What did Russia offer North Korea in return for troops?');
    const gloss = buttonsOf(res.payload).find((b) => b.label === en.labels.gloss);
    expect(gloss).toBeDefined();
    const shown = await click(gloss?.custom_id ?? '', res.message?.id);
    expect(shown.ephemeral).toBe(true);
    expect(embedOf(shown.payload).title).toBe(en.labels.glossTitle);
    expect(embedOf(shown.payload).description).toContain('dukungan [support]');
  });

  it('WHEN the answer is only a name or a date THEN there is no gloss button', async () => {
    for (const question of [WHO, 'When did Rutte say Russia supports North Korea?']) {
      expect(buttonsOf((await ask(question)).res.payload).map((b) => b.label)).not.toContain(en.labels.gloss);
    }
  });

  it('WHEN a 5000-character question arrives by mention THEN it is refused politely within limits', async () => {
    const before = engine.calls.length;
    const reply = await mention(`<@${BOT_USER.id}> ${'why '.repeat(1250)}`);
    expect(reply.content).toBe(en.errors.tooLong(500));
    expect(engine.calls.length).toBe(before);
  });

  it('WHEN the question contains @everyone and role/user mentions THEN the reply pings nobody and shows them defused', async () => {
    const { res } = await ask(`@everyone <@&1150000000000000400> <@${HUMAN_USER.id}> ${WHO}`);
    expect(res.allowedMentions).toEqual({ parse: [], replied_user: false });
    expectNoRawMentions(res.payload ?? {});
    const reply = await mention(`<@${BOT_USER.id}> @here @everyone ${WHO}`);
    expect(reply.effectiveMentions).toEqual({ users: [], roles: [], everyone: false, repliedUser: false });
  });

  it('WHEN the article does not say THEN the reply says so with what it covers', async () => {
    const { res } = await ask('What is the capital of France?');
    expect(embedOf(res.payload).description).toBe(en.answer.notFound({ titles: ['x'], people: ['Mark Rutte', 'Donald Trump'], topics: ['nuklir', 'pasukan'] }));
    expect(buttonsOf(res.payload)).toEqual([]);
    expect(res.ephemeral).toBe(false);
  });

  it('WHEN an Indonesian speaker asks in Indonesian THEN the labels and buttons are Indonesian', async () => {
    const { res } = await ask('Siapa yang mengatakan Rusia mendukung program nuklir Korea Utara?', { locale: 'id' });
    const embed = embedOf(res.payload);
    expect(embed.description).toContain(`${id.labels.answer}: **Mark Rutte**`);
    expect(embed.footer?.text).toMatch(new RegExp(`^${id.labels.source}: ¶1 · `));
    expect(buttonsOf(res.payload).map((b) => b.label)).toEqual([`${id.labels.showParagraph} ¶1`, id.labels.more]);
  });

  it('WHEN an Indonesian Discord user asks in English THEN the labels follow the question: English', async () => {
    const { res } = await ask(WHO, { locale: 'id' });
    expect(embedOf(res.payload).description).toContain(`${en.labels.answer}: **Mark Rutte**`);
    expect(embedOf(res.payload).footer?.text).toMatch(/^Source: /);
    // And the buttons' replies stay in the question's language.
    const more = await click(buttonsOf(res.payload).find((b) => b.label === en.labels.more)?.custom_id ?? '', res.message?.id, { locale: 'id' });
    expect(embedOf(more.payload).title).toBe(en.answer.moreTitle);
  });

  it('WHEN an English Discord user asks in Indonesian THEN the labels are Indonesian', async () => {
    const { res } = await ask('Siapa yang mengatakan Rusia mendukung program nuklir Korea Utara?', { locale: 'en-US' });
    expect(embedOf(res.payload).description).toContain(`${id.labels.answer}: **Mark Rutte**`);
  });

  it('WHEN the engine throws on a question THEN that user gets an apology and the next question still works', async () => {
    const { res } = await ask(`${THROW_MARKER} ${WHO}`);
    expect(res.content).toBe(en.errors.generic);
    expect(res.ephemeral).toBe(true);
    const reply = await mention(`<@${BOT_USER.id}> ${THROW_MARKER}`);
    expect(reply.content).toBe(en.errors.generic);
    expect((await ask(WHO)).res.payload?.['embeds']).toBeDefined();
    expect(h.logs.join('')).toContain('engine exploded (test marker)');
  });

  it('WHEN /source, /help and /quotes are used THEN each replies within limits', async () => {
    for (const name of ['source', 'help', 'quotes']) {
      const sent = h.track(h.fake.sendCommand({ name }));
      const res = await h.fake.interactionResponse(sent.id);
      expect(embedOf(res.payload).title, name).toBeTruthy();
      expectWithinLimits(res.payload ?? {});
    }
  });

  it('WHEN the article and speaker options autocomplete THEN they offer titles and speakers', async () => {
    const a = h.track(h.fake.sendAutocomplete({ name: 'ask', options: { question: 'x', article: 'rus' }, focused: 'article' }));
    const b = h.track(h.fake.sendAutocomplete({ name: 'quotes', options: { speaker: 'rut' }, focused: 'speaker' }));
    expect((await h.fake.interactionResponse(a.id)).payload?.['choices']).toEqual([
      { name: 'Rusia Dukung Program Nuklir Korea Utara Demi Imbalan Bantuan Pasukan ke Ukraina', value: 'rusia-korea-utara' },
    ]);
    expect((await h.fake.interactionResponse(b.id)).payload?.['choices']).toEqual([{ name: 'Mark Rutte', value: 'Mark Rutte' }]);
  });

  it('WHEN another bot or a message not addressed to Kutip arrives THEN it is ignored', async () => {
    const before = h.fake.messagesSent().length;
    h.fake.sendMessage({ content: `<@${BOT_USER.id}> ${WHO}`, author: { ...OTHER_USER, id: '1150000000000000999', bot: true }, mentionsBot: true });
    h.fake.sendMessage({ content: WHO, mentionsBot: false });
    await new Promise((r) => setTimeout(r, 150));
    expect(h.fake.messagesSent().length).toBe(before);
  });
});
