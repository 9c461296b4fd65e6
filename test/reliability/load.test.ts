// The CI-sized load test: a burst of 100 `/ask` in 2 s (the full test's rate: 500 in 10 s, via
// `npm run loadtest`) through the fake gateway to the real bot and engine, every one acknowledged
// under 3 s and answered; and every cache the bot keeps is bounded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LimitedCollection } from 'discord.js';
import { createEngine, loadArticleDir } from '../../src/engine/index.ts';
import { loadUserId, runBurst, type BurstResult } from '../../scripts/loadtest/burst.ts';
import { startLiveBot, type LiveBot } from './helpers/bot.ts';

describe('GIVEN the real bot and engine, remembering at most 20 conversations', () => {
  let bot: LiveBot;
  let burst: BurstResult;

  beforeAll(async () => {
    bot = await startLiveBot({
      engine: createEngine(loadArticleDir('data/articles').sources),
      // The production rate limit: every user of the burst asks once.
      env: { CONVERSATION_MAX: '20', RATE_LIMIT: '5/30s' },
    });
    // Warm-up: lazily built indexes and JIT, not measured.
    await runBurst({ fake: bot.fake, count: 10, durationMs: 200, firstUser: 900_000 });
    burst = await runBurst({ fake: bot.fake, count: 100, durationMs: 2000 });
  }, 30_000);
  afterAll(async () => bot?.close());

  it('WHEN 100 /ask arrive in 2 s THEN all are acknowledged under 3 s and answered', () => {
    expect(burst.failures).toEqual([]);
    expect(burst.acknowledgedInTime).toBe(100);
    expect(burst.answered).toBe(100);
    // Printed for the record (the figures of `npm run loadtest` are in the README).
    console.info(`burst of 100: ack p50 ${burst.p50} ms, p99 ${burst.p99} ms, max ${burst.max} ms, ${burst.wallMs} ms in all`);
  });

  it('WHEN 110 distinct users asked THEN conversation memory, answer store and message links stay within CONVERSATION_MAX', () => {
    const { memory, answers, limiter } = bot.context;
    expect(memory.size).toBe(20);
    expect(answers.size).toBeLessThanOrEqual(20);
    expect(memory.linkCount).toBeLessThanOrEqual(80);
    // The limiter tracks each recent user once (its own LRU bound is tested in test/bot/rate-limit.test.ts).
    expect(limiter.size).toBe(110);
    // The most recent askers are remembered, the oldest were evicted.
    expect(memory.has(`${bot.fake.messagesSent().at(-1)?.channelId ?? ''}:${loadUserId(99)}`)).toBe(true);
    expect(memory.has(`${bot.fake.messagesSent().at(-1)?.channelId ?? ''}:${loadUserId(0)}`)).toBe(false);
  });

  it('WHEN the client caches are inspected THEN users, members and messages are limited and messages are swept', () => {
    const { client } = bot;
    expect(client.users.cache).toBeInstanceOf(LimitedCollection);
    expect((client.users.cache as LimitedCollection<string, unknown>).maxSize).toBe(1000);
    expect(client.users.cache.size).toBeLessThanOrEqual(1000);
    const guild = client.guilds.cache.first();
    expect((guild?.members.cache as LimitedCollection<string, unknown> | undefined)?.maxSize).toBe(50);
    const channel = client.channels.cache.find((c) => 'messages' in c);
    expect(channel !== undefined && 'messages' in channel && (channel.messages.cache as LimitedCollection<string, unknown>).maxSize).toBe(25);
    expect(client.options.sweepers?.messages).toEqual({ interval: 600, lifetime: 1800 });
  });
});
