// A bot with no article loaded (an empty DATA_DIR, nothing uploaded yet) through the fake Discord:
// questions are told that no article is loaded yet and how one is added — never "the article does
// not say" — in English and Indonesian, privately for commands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { messages } from '../../src/i18n/messages.ts';
import { BOT_USER } from '../support/fake-discord.ts';
import { startHarness, type Harness } from './helpers/bot-harness.ts';
import { createFakeEngine } from './helpers/fake-engine.ts';

const en = messages('en');
const id = messages('id');
let h: Harness;
const engine = createFakeEngine({ articles: [], quotes: [] });

beforeAll(async () => {
  h = await startHarness(engine);
});
afterAll(async () => h.close());

const command = (name: string, options: Record<string, string> = {}, locale = 'en-US') =>
  h.fake.interactionResponse(h.track(h.fake.sendCommand({ name, options, locale })).id);

describe('GIVEN no article is loaded', () => {
  it.each([
    ["Who said Russia supports North Korea's nuclear program?", 'en-US', en.errors.noArticlesYet],
    ['Siapa yang mengatakan Rusia mendukung Korea Utara?', 'en-US', id.errors.noArticlesYet],
    ["Who said Russia supports North Korea's nuclear program?", 'id', en.errors.noArticlesYet],
  ])('WHEN /ask %j (client %s) THEN it privately says no article is loaded yet and that an admin can add one', async (question, locale, text) => {
    const res = await command('ask', { question }, locale);
    expect(res.ephemeral).toBe(true);
    expect(res.content).toBe(text);
    expect(res.content).toContain('/article add');
    expect(JSON.stringify(res.payload)).not.toContain(en.answer.notFound({ titles: [], people: [], topics: [] }));
  });

  it('WHEN someone mentions the bot THEN the reply says the same', async () => {
    const msg = h.fake.sendMessage({ content: `<@${BOT_USER.id}> Apa imbalan untuk Rusia?`, mentionsBot: true });
    const reply = await h.fake.waitForMessage((m) => (m.payload['message_reference'] as { message_id?: string } | undefined)?.message_id === msg.id);
    expect(reply.content).toBe(id.errors.noArticlesYet);
  });

  it('WHEN /timeline, /articles or /quotes is used THEN each says there is nothing yet', async () => {
    const timeline = await command('timeline');
    expect(timeline.content).toBe(en.errors.noArticlesYet);
    expect(timeline.ephemeral).toBe(true);
    expect(((await command('articles')).payload?.['embeds'] as APIEmbed[])[0]?.description).toBe(en.errors.noArticlesYet);
    expect(((await command('source', {}, 'id')).payload?.['embeds'] as APIEmbed[])[0]?.description).toBe(id.errors.noArticlesYet);
    expect((await command('quotes')).content).toBe(en.quotes.none);
  });
});
