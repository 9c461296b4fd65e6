// /ask, mentions, replies and buttons through the fake Discord with the real engine over data/articles
// (the bundled article): what a user sees, in English and Indonesian.
// Skipped, with the reason, if the engine cannot be built (e.g. while it is being changed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import type { Engine } from '../../src/engine/index.ts';
import { messages } from '../../src/i18n/messages.ts';
import { BOT_USER, type SentMessage } from '../support/fake-discord.ts';
import { startHarness, type Harness } from './helpers/bot-harness.ts';
import { expectWithinLimits } from './helpers/limits.ts';

let engine: Engine | null = null;
let why = '';
try {
  const { createEngine, loadArticleDir } = await import('../../src/engine/index.ts');
  engine = createEngine(loadArticleDir('data/articles').sources);
} catch (error) {
  why = String(error);
}

const en = messages('en');
const id = messages('id');
const TITLE = 'Rusia Dukung Program Nuklir Korea Utara Demi Imbalan Bantuan Pasukan ke Ukraina';
const SOURCE = `${TITLE} · Metrotvnews.com · 5 December 2024 11:53`;
const WHO = "Who said Russia supports North Korea's nuclear program?";
const embedOf = (payload: Record<string, unknown> | undefined): APIEmbed => ((payload?.['embeds'] as APIEmbed[] | undefined) ?? [])[0] ?? {};
const buttonsOf = (payload: Record<string, unknown> | undefined) =>
  ((payload?.['components'] as { components: { custom_id: string; label: string }[] }[] | undefined) ?? []).flatMap((r) => r.components);
const labelsOf = (payload: Record<string, unknown> | undefined): string[] => buttonsOf(payload).map((b) => b.label);

describe.skipIf(engine === null)(`GIVEN Kutip with the real engine over data/articles${why === '' ? '' : ` (skipped: ${why})`}`, () => {
  let h: Harness;
  beforeAll(async () => {
    if (engine !== null) h = await startHarness(engine);
  });
  afterAll(async () => h?.close());

  async function ask(question: string, locale = 'en-US') {
    return h.fake.interactionResponse(h.track(h.fake.sendCommand({ name: 'ask', options: { question }, locale })).id);
  }
  async function click(customId: string, message: string | undefined) {
    return h.fake.interactionResponse(h.track(h.fake.sendButton({ customId, message: message ?? '' })).id);
  }
  const replyTo = (messageId: string): Promise<SentMessage> =>
    h.fake.waitForMessage((m) => (m.payload['message_reference'] as { message_id?: string } | undefined)?.message_id === messageId);

  it('WHEN asked who said Russia supports North Korea\'s nuclear program THEN one short card: the answer, one verbatim quote, the source once', async () => {
    const res = await ask(WHO);
    const embed = embedOf(res.payload);
    const [line, quote, ...rest] = (embed.description ?? '').split('\n\n');
    expect(res.ackMs).toBeLessThan(3000);
    expect(line).toBe(`${en.labels.answer}: **Mark Rutte**`);
    expect(quote).toMatch(/^> Brussels: Sekretaris Jenderal NATO, Mark Rutte, pada Senin 2 Desember 2024, mengungkapkan bahwa Rusia memberikan dukungan .* …$/);
    expect(rest).toEqual([]);
    expect(embed.footer?.text).toBe(`${en.labels.source}: ¶1 · ${SOURCE}`);
    // Phone-sized: a few hundred characters, one row of buttons; a name needs no gloss.
    expect((embed.description ?? '').length).toBeLessThan(320);
    expect(labelsOf(res.payload)).toEqual([`${en.labels.showParagraph} ¶1`, en.labels.more]);
    expectWithinLimits(res.payload ?? {});
  });

  it('WHEN asked in Indonesian THEN the card is labelled in Indonesian', async () => {
    const res = await ask('Siapa yang mengatakan Rusia mendukung program nuklir Korea Utara?');
    expect(embedOf(res.payload).description).toMatch(new RegExp(`^${id.labels.answer}: \\*\\*Mark Rutte\\*\\*\n\n> Brussels`));
    expect(embedOf(res.payload).footer?.text).toBe(`${id.labels.source}: ¶1 · ${SOURCE}`);
    expect(labelsOf(res.payload)).toEqual([`${id.labels.showParagraph} ¶1`, id.labels.more]);
  });

  it('WHEN an Indonesian Discord user asks in English THEN the labels are English, as the question is', async () => {
    const res = await ask(WHO, 'id');
    expect(embedOf(res.payload).description).toMatch(/^Answer: \*\*Mark Rutte\*\*/);
    expect(labelsOf(res.payload)).toContain(en.labels.more);
  });

  it('WHEN "More" is clicked THEN the next paragraph that supports the answer comes, privately', async () => {
    const res = await ask(WHO);
    const more = await click(buttonsOf(res.payload).find((b) => b.label === en.labels.more)?.custom_id ?? '', res.message?.id);
    expect(more.ephemeral).toBe(true);
    const description = embedOf(more.payload).description ?? '';
    expect(description).toContain('**¶3**\n> “Sebagai imbalan atas pasukan dan senjata dari Korea Utara, Rusia memberikan dukungan');
    // ¶5 ("Rutte menekankan …") names Rutte but not the nuclear programme: not relevant.
    expect(description).not.toContain('¶5');
    expect(embedOf(more.payload).footer?.text).toBe(en.answer.morePage(1, 1, 1));
  });

  it.each([
    ['Did Rutte say Russia supports North Korea?', 'en-US', `${en.labels.answer}: **${en.labels.yes}**`, '¶1', /mengungkapkan bahwa Rusia memberikan dukungan terhadap program rudal dan nuklir Korea Utara/],
    ['Apakah Rutte menyebut Tiongkok?', 'id', `${id.labels.answer}: **${id.labels.yes}**`, '¶6', /Rutte juga mengingatkan .* Tiongkok/],
    ['Apakah Trump mengkritik dukungan militer AS?', 'en-US', `${id.labels.answer}: **${id.labels.yes}**`, '¶9', /Trump sebelumnya pernah mengkritisi dukungan militer besar-besaran AS/],
  ])('WHEN asked the yes/no question %j (%s) THEN "%s" with the quote that states it', async (question, locale, line, paragraph, quote) => {
    const res = await ask(question, locale);
    const [first, second] = (embedOf(res.payload).description ?? '').split('\n\n');
    expect(first).toBe(line);
    expect(second).toMatch(quote);
    expect(embedOf(res.payload).footer?.text).toContain(`: ${paragraph} · `);
  });

  it.each([
    ['Did Rutte say Russia supports Brazil?', en.answer.notFound({ titles: [TITLE], people: [], topics: [] })],
    ['Did Russia send troops to Kursk?', en.answer.notFound({ titles: [TITLE], people: [], topics: [] })],
    ['Apakah Rutte mendukung Rusia?', id.answer.notFound({ titles: [TITLE], people: [], topics: [] })],
  ])('WHEN the yes/no question %j is not stated by any sentence THEN "the article does not say", never a bare span', async (question, head) => {
    const description = embedOf((await ask(question)).payload).description ?? '';
    expect(description.startsWith(head.replace(/\.$/, ''))).toBe(true);
    expect(description).not.toMatch(/\*\*/);
  });

  it.each([
    ['What is the capital of France?', en.answer.notFound({ titles: [TITLE], people: ['Mark Rutte', 'Donald Trump'], topics: ['NATO'] }).split(':')[0] ?? ''],
    ['Apa ibu kota Prancis?', id.answer.notFound({ titles: [TITLE], people: ['Mark Rutte', 'Donald Trump'], topics: ['NATO'] }).split(':')[0] ?? ''],
  ])('WHEN asked %j, which the article does not cover, THEN it says so and names its people and topics, never a newspaper', async (question, head) => {
    const description = embedOf((await ask(question)).payload).description ?? '';
    expect(description.startsWith(`${head}: Mark Rutte, Donald Trump, NATO`)).toBe(true);
    expect(description).not.toContain('Straits Times');
    expect(description).not.toMatch(/metrotv/i);
  });

  it('WHEN a mention is followed by a reply "and when did he say that?" THEN the date comes, citing only paragraphs with a date', async () => {
    const first = h.fake.sendMessage({ content: `<@${BOT_USER.id}> ${WHO}`, mentionsBot: true });
    const answer = await replyTo(first.id);
    const reply = h.fake.sendMessage({ content: 'and when did he say that?', mentionsBot: true, referencedMessageId: answer.messageId });
    const followUp = await replyTo(reply.id);
    expect(embedOf(followUp.payload).description).toMatch(/^Answer: \*\*Senin 2 Desember 2024\*\*\n\*Monday, 2 December 2024\*/);
    const more = await click(buttonsOf(followUp.payload).find((b) => b.label === en.labels.more)?.custom_id ?? '', followUp.messageId);
    // ¶3 has its date ("Kamis 5 Desember 2024"); ¶7 ("… kata Rutte") has none, so is not cited.
    expect(embedOf(more.payload).description).toContain('**¶3**');
    expect(embedOf(more.payload).description).not.toContain('¶7');
  });

  it('WHEN the answer is a clause of the Indonesian article THEN "English gloss" shows the verbatim excerpt with an English word gloss', async () => {
    const res = await ask('What did Russia provide to North Korea?');
    expect(embedOf(res.payload).description).toContain('**dukungan pada program rudal dan nuklir Pyongyang**');
    const gloss = buttonsOf(res.payload).find((b) => b.label === en.labels.gloss);
    const shown = await click(gloss?.custom_id ?? '', res.message?.id);
    expect(shown.ephemeral).toBe(true);
    expect(embedOf(shown.payload).title).toBe(en.labels.glossTitle);
    expect(embedOf(shown.payload).description).toContain('dukungan [support]');
    // An Indonesian question over the same article gets no gloss.
    expect(labelsOf((await ask('Apa yang diberikan Rusia kepada Korea Utara?')).payload)).not.toContain(id.labels.gloss);
  });

  it('WHEN the bot restarted and someone replies to an answer from before THEN the follow-up is rebuilt from that answer, as if remembered', async () => {
    const cases = [
      { question: WHO, followUp: 'and when did he say that?', want: /^Answer: \*\*Senin 2 Desember 2024\*\*\n\*Monday, 2 December 2024\*/ },
      { question: 'Siapa yang mengatakan Rusia mendukung program nuklir Korea Utara?', followUp: 'lalu kapan?', want: /^Jawaban: \*\*.*Desember 2024\*\*/ },
    ];
    const ask = async (content: string, referencedMessageId?: string): Promise<SentMessage> =>
      replyTo(h.fake.sendMessage({ content, mentionsBot: true, ...(referencedMessageId === undefined ? {} : { referencedMessageId }) }).id);
    // Remembered: the follow-up as the bot answers it without a restart.
    const remembered: string[] = [];
    for (const c of cases) remembered.push(embedOf((await ask(c.followUp, (await ask(`<@${BOT_USER.id}> ${c.question}`)).messageId)).payload).description ?? '');
    const olds: SentMessage[] = [];
    for (const c of cases) olds.push(await ask(`<@${BOT_USER.id}> ${c.question}`));
    await h.restart();
    for (const [i, c] of cases.entries()) {
      const followUp = await ask(c.followUp, olds[i]?.messageId);
      const description = embedOf(followUp.payload).description ?? '';
      expect(description, c.followUp).toMatch(c.want);
      expect(description, c.followUp).toBe(remembered[i]);
      expect(followUp.allowedMentions).toMatchObject({ parse: [] });
    }
  });
});
