// More end-to-end paths through the fake Discord: the deferred reply, the rate limit, command registration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { startBot } from '../../src/bot/client.ts';
import { loadCommands } from '../../src/bot/command.ts';
import { deployCommands } from '../../src/bot/deploy-commands.ts';
import { loadConfig, type BotConfig } from '../../src/config.ts';
import { messages } from '../../src/i18n/messages.ts';
import { createLogger } from '../../src/logger.ts';
import { TEST_TOKEN } from '../support/discord-client.ts';
import { APPLICATION_ID, BOT_USER, DEFAULT_GUILD_ID, OTHER_USER, startFakeDiscord, type FakeDiscord, type SentMessage } from '../support/fake-discord.ts';
import { spawnTsx } from '../reliability/helpers/process.ts';
import { startHarness, startHarnessWith, type Harness } from './helpers/bot-harness.ts';
import { createFakeEngine } from './helpers/fake-engine.ts';

const WHO = "Who said Russia supports North Korea's nuclear program?";
const en = messages('en');

describe('GIVEN a reply that is not ready in time (deferAfterMs 0)', () => {
  let h: Harness;
  beforeAll(async () => {
    // An immediate deferral takes the same code path as an answer that is slow to come.
    h = await startHarnessWith(createFakeEngine(), {}, { deferAfterMs: 0 });
  });
  afterAll(async () => h.close());

  it('WHEN /ask is used THEN it is deferred at once and the answer replaces the placeholder', async () => {
    const sent = h.track(h.fake.sendCommand({ name: 'ask', options: { question: WHO } }));
    const res = await h.fake.interactionResponse(sent.id);
    expect(res.deferred).toBe(true);
    expect(res.ackMs).toBeLessThan(3000);
    expect(((res.payload?.['embeds'] as APIEmbed[])[0]?.description)).toContain('**Mark Rutte**');
  });
});

describe('GIVEN a rate limit of 2 questions per minute', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(createFakeEngine(), { RATE_LIMIT: '2/1m' });
  });
  afterAll(async () => h.close());

  it('WHEN a user asks a third time THEN they are told, privately, when to try again', async () => {
    for (let i = 0; i < 2; i++) await h.fake.interactionResponse(h.track(h.fake.sendCommand({ name: 'ask', options: { question: WHO } })).id);
    const res = await h.fake.interactionResponse(h.track(h.fake.sendCommand({ name: 'ask', options: { question: WHO } })).id);
    expect(res.ephemeral).toBe(true);
    expect(res.content).toMatch(/^Slow down: try again <t:\d+:R>\.$/);
  });

  it('WHEN another user keeps mentioning the bot THEN only the first refusal gets a reply', async () => {
    const replies = (): SentMessage[] => h.fake.messagesSent((m) => m.route === 'channel.message');
    const replyTo = (id: string) => h.fake.waitForMessage((m) => (m.payload['message_reference'] as { message_id?: string } | undefined)?.message_id === id);
    for (let i = 0; i < 3; i++) await replyTo(h.fake.sendMessage({ content: `<@${BOT_USER.id}> ${WHO}`, author: OTHER_USER, mentionsBot: true }).id);
    h.fake.sendMessage({ content: `<@${BOT_USER.id}> ${WHO}`, author: OTHER_USER, mentionsBot: true });
    await new Promise((r) => setTimeout(r, 150));
    expect(replies().map((m) => m.content ?? 'answer')).toEqual(['answer', 'answer', expect.stringMatching(/^Slow down/)]);
  });
});

describe('GIVEN npm run deploy-commands', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => fake.close());

  it.each([[DEFAULT_GUILD_ID, 'guild'], [null, 'global']] as const)('WHEN the guild id is %s THEN the commands are registered %s, with Indonesian descriptions', async (guildId, scope) => {
    const result = await deployCommands({ token: TEST_TOKEN, clientId: APPLICATION_ID, guildId, apiUrl: fake.apiUrl }, await loadCommands());
    expect(result).toEqual({ scope, names: ['article', 'articles', 'ask', 'help', 'quotes', 'source', 'timeline'] });
    const registered = fake.commands(guildId ?? undefined);
    expect(registered.map((c) => c['name'])).toEqual(['article', 'articles', 'ask', 'help', 'quotes', 'source', 'timeline']);
    for (const c of registered) expect(c['description_localizations']).toHaveProperty('id');
    // Indonesian clients see /tanya, /kutipan, /sumber … with localized option names.
    expect(Object.fromEntries(registered.map((c) => [c['name'], (c['name_localizations'] as Record<string, string> | undefined)?.['id']])))
      .toEqual({ article: 'artikel', articles: 'daftar-artikel', ask: 'tanya', help: 'bantuan', quotes: 'kutipan', source: 'sumber', timeline: 'linimasa' });
    const ask = registered.find((c) => c['name'] === 'ask') as { options: { name: string; max_length?: number }[] };
    expect(ask.options.find((o) => o.name === 'question')?.max_length).toBe(500);
    expect(en.commands.ask).toBe(registered.find((c) => c['name'] === 'ask')?.['description']);
  });
});

describe('GIVEN a token Discord rejects', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TEST_TOKEN });
  });
  afterAll(async () => fake.close());

  it('WHEN npm run deploy-commands and npm start run with it THEN both say the same thing to fix, exit non-zero, and never print the token', async () => {
    const WRONG = 'wrong-token.canary-deploy';
    const env = { DISCORD_TOKEN: WRONG, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'silent' };
    const deploy = spawnTsx('src/bot/deploy-commands.ts', [], { env });
    const start = spawnTsx('src/main.ts', [], { env });
    const [deployExit, startExit] = await Promise.all([deploy.exited, start.exited]);
    const advice = 'Discord rejected DISCORD_TOKEN: reset it in the Developer Portal → Bot and update .env';
    expect(deployExit.code).toBe(1);
    expect(deploy.stderr().trim()).toBe(`kutip: could not register the commands: ${advice}`);
    expect(startExit.code).not.toBe(0);
    expect(start.stderr()).toContain(`kutip: ${advice}`);
    for (const out of [deploy.stdout(), deploy.stderr(), start.stdout(), start.stderr()]) expect(out).not.toContain(WRONG);
  }, 60_000);
});

describe('GIVEN startBot', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TEST_TOKEN });
  });
  afterAll(async () => fake.close());

  const config = (token: string) => loadConfig({ DISCORD_TOKEN: token, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl }, 'bot') as BotConfig;
  const logger = createLogger('silent');

  it('WHEN started with a valid token THEN it connects, answers, and stop() disconnects', async () => {
    const handle = await startBot({ engine: createFakeEngine(), config: config(TEST_TOKEN), logger });
    await fake.waitForConnected();
    const res = await fake.interactionResponse(fake.sendCommand({ name: 'help' }).id);
    expect(res.ephemeral).toBe(true);
    await handle.stop();
    await handle.stop();
    expect(handle.client.isReady()).toBe(false);
  });

  it('WHEN the token is rejected THEN startBot rejects and leaves nothing running', async () => {
    await expect(startBot({ engine: createFakeEngine(), config: config('wrong-token.value'), logger })).rejects.toThrow();
  });
});
