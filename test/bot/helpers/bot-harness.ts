/**
 * Starts the fake Discord (test/support) and the real Kutip bot (createBot + the real commands/)
 * against it, with a log collector, and checks the two guarantees every integration test shares:
 * every message the bot sent pings nobody, every interaction was acknowledged in under 3 s.
 */
import { expect } from 'vitest';
import type { Client } from 'discord.js';
import { createBot } from '../../../src/bot/client.ts';
import { loadCommands } from '../../../src/bot/command.ts';
import type { BotContext } from '../../../src/bot/context.ts';
import { loadConfig, type BotConfig } from '../../../src/config.ts';
import type { Engine } from '../../../src/engine/index.ts';
import { createLogger } from '../../../src/logger.ts';
import { noIdentifyThrottle, loginToFake, TEST_TOKEN } from '../../support/discord-client.ts';
import { APPLICATION_ID, startFakeDiscord, type FakeDiscord } from '../../support/fake-discord.ts';

/** A running fake Discord with the bot logged in. */
export interface Harness {
  fake: FakeDiscord;
  client: Client;
  context: BotContext;
  /** Everything the bot logged, as raw lines. */
  logs: string[];
  /** Interaction ids dispatched through `track`, for the final acknowledgement check. */
  interactions: string[];
  /** Remember an interaction for `checkGuarantees`. */
  track<T extends { id: string }>(dispatched: T): T;
  /** Stop the bot and start a fresh one against the same fake Discord: all its memory is gone. */
  restart(): Promise<void>;
  /** Assert the shared guarantees, then disconnect and close the fake. */
  close(): Promise<void>;
}

/** Start everything; `env` overrides the bot's configuration variables. */
export function startHarness(engine: Engine, env: NodeJS.ProcessEnv = {}): Promise<Harness> {
  return startHarnessWith(engine, env, {});
}

/** `startHarness` with bot options (e.g. `deferAfterMs`). */
export async function startHarnessWith(engine: Engine, env: NodeJS.ProcessEnv, bot: { deferAfterMs?: number; quotePagesTtlMs?: number }): Promise<Harness> {
  const fake = await startFakeDiscord();
  const config = loadConfig({
    DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, RATE_LIMIT: '1000/1s', ...env,
  }, 'bot') as BotConfig;
  const logs: string[] = [];
  const logger = createLogger('debug', { secrets: [TEST_TOKEN], destination: { write: (l: string) => void logs.push(l) } });
  const commands = await loadCommands();
  const boot = async () => {
    const created = createBot({
      engine, config, logger, commands, ...bot,
      clientOptions: { ws: { buildIdentifyThrottler: () => noIdentifyThrottle } },
    });
    await loginToFake(created.client, TEST_TOKEN);
    return created;
  };
  let { client, context } = await boot();
  const interactions: string[] = [];
  const tokens: string[] = [];
  return {
    fake, logs, interactions,
    get client() {
      return client;
    },
    get context() {
      return context;
    },
    async restart() {
      await client.destroy();
      ({ client, context } = await boot());
    },
    track(dispatched) {
      interactions.push(dispatched.id);
      const token = (dispatched as { token?: string }).token;
      if (token !== undefined) tokens.push(token);
      return dispatched;
    },
    async close() {
      try {
        for (const id of interactions) expect((await fake.interactionResponse(id, { waitForEdit: false })).ackMs).toBeLessThan(3000);
        for (const sent of fake.messagesSent()) {
          expect(sent.allowedMentions, `${sent.route} ${sent.path}`).toMatchObject({ parse: [] });
          expect(sent.effectiveMentions).toMatchObject({ users: [], roles: [], everyone: false, repliedUser: false });
        }
        const logText = logs.join('');
        expect(logText).not.toContain(TEST_TOKEN);
        for (const token of tokens) expect(logText).not.toContain(token);
        expect(fake.internalErrors).toEqual([]);
      } finally {
        await client.destroy();
        await fake.close();
      }
    },
  };
}
