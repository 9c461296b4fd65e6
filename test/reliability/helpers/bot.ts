/**
 * Kutip's real client (createBot + commands/) logged in to the fake Discord, in this process, with the
 * fake's options open to the test (heartbeat interval, shards, latency) and every log line collected.
 */
import type { Client } from 'discord.js';
import { createBot } from '../../../src/bot/client.ts';
import { loadCommands } from '../../../src/bot/command.ts';
import type { BotContext } from '../../../src/bot/context.ts';
import { loadConfig, type BotConfig } from '../../../src/config.ts';
import type { Engine } from '../../../src/engine/index.ts';
import { createLogger } from '../../../src/logger.ts';
import { loginToFake, noIdentifyThrottle, TEST_TOKEN } from '../../support/discord-client.ts';
import { APPLICATION_ID, startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../../support/fake-discord.ts';

/** A logged-in bot and its fake Discord. */
export interface LiveBot {
  fake: FakeDiscord;
  client: Client;
  context: BotContext;
  /** Raw log lines (JSON). */
  logs: string[];
  /** Parsed log lines. */
  records(): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

/** Options for `startLiveBot`. */
export interface LiveBotOptions {
  engine: Engine;
  fake?: FakeDiscordOptions;
  /** Configuration variables over the defaults (RATE_LIMIT is lifted unless given). */
  env?: NodeJS.ProcessEnv;
  deferAfterMs?: number;
  token?: string;
}

/** Start the fake and the bot; resolves once the client is ready. */
export async function startLiveBot(options: LiveBotOptions): Promise<LiveBot> {
  const token = options.token ?? TEST_TOKEN;
  const fake = await startFakeDiscord(options.fake ?? {});
  const config = loadConfig({
    DISCORD_TOKEN: token, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, RATE_LIMIT: '100000/1s', ...options.env,
  }, 'bot') as BotConfig;
  const logs: string[] = [];
  const logger = createLogger('debug', { secrets: [token], destination: { write: (line: string) => void logs.push(line) } });
  const { client, context } = createBot({
    engine: options.engine, config, logger, commands: await loadCommands(),
    ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
    clientOptions: { ws: { buildIdentifyThrottler: () => noIdentifyThrottle } },
  });
  try {
    await loginToFake(client, token, 10_000);
  } catch (error) {
    await client.destroy();
    await fake.close();
    throw error;
  }
  return {
    fake, client, context, logs,
    records: () => logs.map((l) => JSON.parse(l) as Record<string, unknown>),
    async close() {
      await client.destroy();
      await fake.close();
    },
  };
}
