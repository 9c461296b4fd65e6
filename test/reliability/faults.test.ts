// Faults injected through the fake Discord into the real discord.js client running Kutip: the gateway
// drops or goes silent, REST answers 429/500/10062, the engine throws. After each, the next question is answered.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { messages } from '../../src/i18n/messages.ts';
import { HUMAN_USER, OTHER_USER, type FakeDiscord } from '../support/fake-discord.ts';
import { createFakeEngine, THROW_MARKER } from '../bot/helpers/fake-engine.ts';
import { startLiveBot, type LiveBot } from './helpers/bot.ts';

const WHO = "Who said Russia supports North Korea's nuclear program?";
const en = messages('en');
const embedOf = (payload: Record<string, unknown> | undefined): APIEmbed => ((payload?.['embeds'] as APIEmbed[] | undefined) ?? [])[0] ?? {};

/** Ask and return the visible response; fails if it is not an answer naming Mark Rutte. */
async function expectAnswered(fake: FakeDiscord, question = WHO, user = HUMAN_USER) {
  const sent = fake.sendCommand({ name: 'ask', options: { question }, user });
  const res = await fake.interactionResponse(sent.id, { timeoutMs: 8000 });
  expect(res.ackMs).toBeLessThan(3000);
  expect(embedOf(res.payload).description).toContain('**Mark Rutte**');
  return { sent, res };
}

// Every unhandled rejection in this file fails it: "no crash" means none either.
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
beforeAll(() => void process.on('unhandledRejection', onUnhandled));
afterAll(() => void process.off('unhandledRejection', onUnhandled));
afterEach(() => expect(unhandled).toEqual([]));

describe('GIVEN the gateway connection fails (heartbeat every 150 ms)', () => {
  let bot: LiveBot;
  beforeAll(async () => {
    bot = await startLiveBot({ engine: createFakeEngine(), fake: { heartbeatIntervalMs: 150 } });
  });
  afterAll(async () => bot?.close());

  it.each([1006, 4000])('WHEN the connection closes with %i THEN the bot resumes the session and answers the next question', async (code) => {
    const { fake } = bot;
    const resumes = fake.resumeCount;
    expect(fake.closeGateway(code)).toBe(1);
    // Dispatched while disconnected: replayed by Discord on RESUME, so this question is not lost either.
    const during = fake.sendCommand({ name: 'ask', options: { question: WHO } });
    await fake.waitUntil(() => fake.resumeCount > resumes, 8000, 'a RESUME');
    expect(embedOf((await fake.interactionResponse(during.id, { timeoutMs: 8000 })).payload).description).toContain('**Mark Rutte**');
    await expectAnswered(fake);
    expect(bot.records().some((l) => l['msg'] === 'gateway resumed')).toBe(true);
  });

  it('WHEN heartbeats stop being acknowledged (zombie connection) THEN the bot reconnects and answers', async () => {
    const { fake } = bot;
    const before = fake.resumeCount + fake.identifyCount;
    fake.stopHeartbeatAcks();
    await fake.waitUntil(() => fake.resumeCount + fake.identifyCount > before, 8000, 'a new session after missed ACKs');
    await fake.waitForConnected(0, 8000);
    await expectAnswered(fake);
  });

  it('WHEN Discord invalidates the session THEN the bot identifies again and answers', async () => {
    const { fake } = bot;
    const identifies = fake.identifyCount;
    fake.invalidateSession(false);
    await fake.waitUntil(() => fake.identifyCount > identifies, 8000, 'a new IDENTIFY');
    await fake.waitForConnected(0, 8000);
    await expectAnswered(fake);
  });
});

describe('GIVEN REST errors on the reply', () => {
  let bot: LiveBot;
  beforeAll(async () => {
    bot = await startLiveBot({ engine: createFakeEngine() });
  });
  afterAll(async () => bot?.close());
  afterEach(() => bot.fake.clearFaults());

  const attemptsOf = (id: string) => bot.fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));

  it('WHEN the reply gets 429 with retry_after 0.5 THEN discord.js waits and the answer still arrives in time', async () => {
    bot.fake.failNext({ method: 'POST', pathPattern: '/callback', status: 429, retryAfter: 0.5 });
    const { sent } = await expectAnswered(bot.fake);
    const attempts = attemptsOf(sent.id);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(450);
  });

  it('WHEN the reply gets 500 on every retry THEN it is logged and the user gets an apology', async () => {
    // discord.js retries a 5xx 3 times: 4 failures exhaust it; the apology is the 5th request.
    bot.fake.failNext({ method: 'POST', pathPattern: '/callback', status: 500, times: 4 });
    const sent = bot.fake.sendCommand({ name: 'ask', options: { question: WHO } });
    const res = await bot.fake.interactionResponse(sent.id, { timeoutMs: 8000 });
    expect(res.content).toBe(en.errors.generic);
    expect(res.ephemeral).toBe(true);
    expect(attemptsOf(sent.id).map((r) => r.status)).toEqual([500, 500, 500, 500, 204]);
    const failed = bot.records().filter((l) => l['msg'] === 'handler failed' && l['where'] === '/ask');
    expect(failed.at(-1)).toMatchObject({ level: 50, err: { status: 500 } });
    await expectAnswered(bot.fake);
  });

  it('WHEN a deferred answer gets 500 on every edit THEN the "thinking…" placeholder becomes the apology', async () => {
    const deferred = await startLiveBot({ engine: createFakeEngine(), deferAfterMs: 0 });
    try {
      deferred.fake.failNext({ method: 'PATCH', pathPattern: '/messages/@original', status: 500, times: 4 });
      const sent = deferred.fake.sendCommand({ name: 'ask', options: { question: WHO } });
      const res = await deferred.fake.interactionResponse(sent.id, { timeoutMs: 8000 });
      expect(res.deferred).toBe(true);
      expect(res.content).toBe(en.errors.generic);
      expect(deferred.records().some((l) => l['msg'] === 'handler failed' && l['level'] === 50)).toBe(true);
    } finally {
      await deferred.close();
    }
  });

  it('WHEN even the apology cannot be sent THEN both failures are logged and the bot keeps answering', async () => {
    bot.fake.failNext({ method: 'POST', pathPattern: '/callback', status: 500, times: 8 });
    const before = bot.records().length;
    const sent = bot.fake.sendCommand({ name: 'ask', options: { question: WHO } });
    await bot.fake.waitUntil(() => bot.records().slice(before).some((l) => l['msg'] === 'could not send the error reply'), 8000, 'the failed apology to be logged');
    expect(attemptsOf(sent.id).every((r) => r.status === 500)).toBe(true);
    await expectAnswered(bot.fake);
  });

  it('WHEN the interaction has expired (10062) THEN it is logged as a warning, nothing else is sent, and the bot keeps answering', async () => {
    bot.fake.failNext({ method: 'POST', pathPattern: '/callback', status: 404 });
    const before = bot.records().length;
    const sent = bot.fake.sendCommand({ name: 'ask', options: { question: WHO } });
    const warning = await bot.fake.waitUntil(() => bot.records().slice(before).find((l) => l['code'] === 10062), 8000, 'the 10062 warning');
    expect(warning).toMatchObject({ level: 40, where: '/ask' });
    await new Promise((r) => setTimeout(r, 200));
    expect(attemptsOf(sent.id)).toHaveLength(1);
    expect(bot.records().slice(before).filter((l) => (l['level'] as number) >= 50)).toEqual([]);
    await expectAnswered(bot.fake);
  });
});

describe('GIVEN an engine that throws on one question', () => {
  let bot: LiveBot;
  beforeAll(async () => {
    bot = await startLiveBot({ engine: createFakeEngine() });
  });
  afterAll(async () => bot?.close());

  it('WHEN ten people ask at once and one question breaks the engine THEN only that person gets the apology', async () => {
    const users = Array.from({ length: 10 }, (_, i) => ({ ...OTHER_USER, id: `11500000000000010${String(i).padStart(2, '0')}`, username: `reader${i}` }));
    const sent = users.map((user, i) => bot.fake.sendCommand({ name: 'ask', user, options: { question: i === 3 ? `${THROW_MARKER} ${WHO}` : WHO } }));
    const responses = await Promise.all(sent.map((s) => bot.fake.interactionResponse(s.id, { timeoutMs: 8000 })));
    responses.forEach((res, i) => {
      expect(res.ackMs).toBeLessThan(3000);
      if (i === 3) {
        expect(res.content).toBe(en.errors.generic);
        expect(res.ephemeral).toBe(true);
      } else {
        expect(embedOf(res.payload).description).toContain('**Mark Rutte**');
        expect(res.ephemeral).toBe(false);
      }
    });
    expect(bot.records().filter((l) => l['msg'] === 'handler failed')).toHaveLength(1);
    // The same user's next question works.
    await expectAnswered(bot.fake, WHO, users[3]);
  });
});
