// The real discord.js client, running Kutip's handlers and commands, against the fake Discord on loopback.
// Engine: the test double (deterministic answers); integration-real-engine.test.ts repeats /ask with the real one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { messages } from '../../src/i18n/messages.ts';
import { BOT_USER, DEFAULT_CHANNEL_ID, HUMAN_USER, OTHER_USER, type SentMessage } from '../support/fake-discord.ts';
import { startHarness, type Harness } from './helpers/bot-harness.ts';
import { createFakeEngine, THROW_MARKER } from './helpers/fake-engine.ts';
import { expectNoRawMentions, expectWithinLimits } from './helpers/limits.ts';

const WHO = "Who said Russia supports North Korea's nuclear program?";
const en = messages('en');
const id = messages('id');

let h: Harness;
const engine = createFakeEngine({ extraCitations: 4 });

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

/** Send a human message and wait for the bot's reply to it. */
async function mention(content: string, extra: { referencedMessageId?: string; author?: typeof HUMAN_USER; mentionsBot?: boolean } = {}): Promise<SentMessage> {
  const msg = h.fake.sendMessage({ content, mentionsBot: extra.mentionsBot ?? true, ...extra });
  return h.fake.waitForMessage((m) => m.route === 'channel.message' && (m.payload['message_reference'] as { message_id?: string } | undefined)?.message_id === msg.id);
}

describe('GIVEN Kutip connected to Discord', () => {
  it('WHEN someone uses /ask THEN it replies at once with the answer, the quoted excerpt and buttons', async () => {
    const { res } = await ask(WHO);
    expect(res.deferred).toBe(false);
    expect(res.ackMs).toBeLessThan(3000);
    expect(res.ephemeral).toBe(false);
    const embed = embedOf(res.payload);
    expect(embed.description).toContain(`${en.labels.answer}: **Mark Rutte**`);
    expect(embed.description).toMatch(/^> .*Rusia/m);
    const labels = buttonsOf(res.payload).map((b) => b.label);
    expect(labels[0]).toBe(`${en.labels.showParagraph} ¶3`);
    expect(labels.slice(-2)).toEqual([en.labels.more, en.labels.gloss]);
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
  });

  it('WHEN a later /ask comes from the same person in the same channel THEN it continues the conversation', async () => {
    await ask(WHO);
    const { res } = await ask('when did he say that?');
    expect(embedOf(res.payload).description).toContain('**Senin 2 Desember 2024**');
  });

  it('WHEN "Show paragraph" is clicked THEN the full paragraph comes back, ephemeral', async () => {
    const { res } = await ask(WHO);
    const button = buttonsOf(res.payload)[0];
    const click = h.track(h.fake.sendButton({ customId: button?.custom_id ?? '', message: res.message?.id ?? '' }));
    const shown = await h.fake.interactionResponse(click.id);
    expect(shown.ephemeral).toBe(true);
    expect(embedOf(shown.payload).description).toContain('Rusia memberikan dukungan pada program rudal dan nuklir Pyongyang,” ujar Rutte');
  });

  it('WHEN "More" is clicked THEN the next citations come back, ephemeral', async () => {
    const { res } = await ask(WHO);
    const more = buttonsOf(res.payload).find((b) => b.label === en.labels.more);
    const click = h.track(h.fake.sendButton({ customId: more?.custom_id ?? '', message: res.message?.id ?? '' }));
    const page = await h.fake.interactionResponse(click.id);
    expect(page.ephemeral).toBe(true);
    expect(embedOf(page.payload).footer?.text).toMatch(/^Sources 4–/);
  });

  it('WHEN "Gloss" is clicked THEN the Indonesian excerpt stays verbatim next to a labelled word gloss', async () => {
    const { res } = await ask(WHO);
    const gloss = buttonsOf(res.payload).find((b) => b.label === en.labels.gloss);
    const click = h.track(h.fake.sendButton({ customId: gloss?.custom_id ?? '', message: res.message?.id ?? '' }));
    const shown = embedOf((await h.fake.interactionResponse(click.id)).payload);
    expect(shown.title).toBe(en.labels.glossTitle);
    expect(shown.description).toContain('dukungan [support]');
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
  });

  it('WHEN an Indonesian speaker asks in Indonesian THEN the labels are Indonesian', async () => {
    const { res } = await ask('Siapa yang mengatakan Rusia mendukung program nuklir Korea Utara?', { locale: 'id' });
    expect(embedOf(res.payload).description).toContain(`${id.labels.answer}: **Mark Rutte**`);
    expect(buttonsOf(res.payload).map((b) => b.label)).toContain(`${id.labels.showParagraph} ¶3`);
    expect(buttonsOf(res.payload).map((b) => b.label)).not.toContain(id.labels.gloss);
  });

  it('WHEN the Discord client is Indonesian but the question English THEN the labels are Indonesian', async () => {
    const { res } = await ask(WHO, { locale: 'id' });
    expect(embedOf(res.payload).description).toContain(`${id.labels.answer}:`);
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
