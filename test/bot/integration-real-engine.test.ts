// /ask and mentions through the fake Discord with the real engine over data/articles (the bundled article).
// Skipped, with the reason, if the engine cannot be built (e.g. while it is being changed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import type { Engine } from '../../src/engine/index.ts';
import { messages } from '../../src/i18n/messages.ts';
import { BOT_USER } from '../support/fake-discord.ts';
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
const embedOf = (payload: Record<string, unknown> | undefined): APIEmbed => ((payload?.['embeds'] as APIEmbed[] | undefined) ?? [])[0] ?? {};
const buttonsOf = (payload: Record<string, unknown> | undefined) =>
  ((payload?.['components'] as { components: { custom_id: string; label: string }[] }[] | undefined) ?? []).flatMap((r) => r.components);

describe.skipIf(engine === null)(`GIVEN Kutip with the real engine over data/articles${why === '' ? '' : ` (skipped: ${why})`}`, () => {
  let h: Harness;
  beforeAll(async () => {
    if (engine !== null) h = await startHarness(engine);
  });
  afterAll(async () => h?.close());

  async function ask(question: string, locale = 'en-US') {
    return h.fake.interactionResponse(h.track(h.fake.sendCommand({ name: 'ask', options: { question }, locale })).id);
  }

  it('WHEN asked who said Russia supports North Korea\'s nuclear program THEN the answer is Mark Rutte with a verbatim ¶ excerpt', async () => {
    const res = await ask("Who said Russia supports North Korea's nuclear program?");
    const description = embedOf(res.payload).description ?? '';
    expect(res.ackMs).toBeLessThan(3000);
    expect(description).toContain(`${en.labels.answer}: **Mark Rutte**`);
    expect(description).toMatch(/^> .*Rusia memberikan dukungan/m);
    expect(description).toMatch(/— Source: ¶\d+ · \*Rusia Dukung Program Nuklir Korea Utara/);
    expect(buttonsOf(res.payload).map((b) => b.label)).toContain(en.labels.gloss);
    expectWithinLimits(res.payload ?? {});
  });

  it('WHEN asked in Indonesian THEN the reply is labelled in Indonesian', async () => {
    const res = await ask('Siapa yang mengatakan Rusia mendukung program nuklir Korea Utara?');
    expect(embedOf(res.payload).description).toContain(`${messages('id').labels.answer}: **Mark Rutte**`);
  });

  it('WHEN asked what the article does not cover THEN it says so with a hint', async () => {
    const res = await ask('What is the capital of France?');
    expect(embedOf(res.payload).description).toMatch(/^The article does not say\. It covers: .*Mark Rutte/);
  });

  it('WHEN a mention is followed by a reply "and when did he say that?" THEN the follow-up is answered with a date', async () => {
    const first = h.fake.sendMessage({ content: `<@${BOT_USER.id}> Who said Russia supports North Korea's nuclear program?`, mentionsBot: true });
    const answer = await h.fake.waitForMessage((m) => (m.payload['message_reference'] as { message_id?: string } | undefined)?.message_id === first.id);
    const reply = h.fake.sendMessage({ content: 'and when did he say that?', mentionsBot: true, referencedMessageId: answer.messageId });
    const followUp = await h.fake.waitForMessage((m) => (m.payload['message_reference'] as { message_id?: string } | undefined)?.message_id === reply.id);
    expect(embedOf(followUp.payload).description).toMatch(/Desember 2024|December 2024/);
  });

  it('WHEN "Gloss" is clicked THEN the verbatim excerpt comes with an English word gloss', async () => {
    const res = await ask("Who said Russia supports North Korea's nuclear program?");
    const gloss = buttonsOf(res.payload).find((b) => b.label === en.labels.gloss);
    const shown = await h.fake.interactionResponse(h.track(h.fake.sendButton({ customId: gloss?.custom_id ?? '', message: res.message?.id ?? '' })).id);
    expect(embedOf(shown.payload).title).toBe(en.labels.glossTitle);
    expect(embedOf(shown.payload).description).toContain('dukungan [support]');
  });
});
