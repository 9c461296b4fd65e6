/**
 * The bot under load, in its own process so that its heap is measured alone (the fake Discord in the
 * parent keeps every request it saw). Configured from the environment like `npm start`; forked with
 * `--expose-gc`. IPC: sends {type: 'ready'}; answers {type: 'measure'} with a `Measurement`.
 */
import { Events } from 'discord.js';
import { createBot } from '../../src/bot/client.ts';
import { loadCommands } from '../../src/bot/command.ts';
import { loadConfig } from '../../src/config.ts';
import { openCorpus } from '../../src/engine/index.ts';
import { createLogger } from '../../src/logger.ts';

/** Heap and the size of every bounded structure, after a full garbage collection. */
export interface Measurement {
  heapUsedMB: number;
  rssMB: number;
  conversations: number;
  messageLinks: number;
  storedAnswers: number;
  limiterUsers: number;
  cachedUsers: number;
  cachedMembers: number;
  cachedMessages: number;
}

const config = loadConfig(process.env, 'bot');
if (config.mode !== 'bot') throw new Error('the load-test bot needs DISCORD_TOKEN and DISCORD_CLIENT_ID');
const logger = createLogger(config.logLevel, { secrets: [config.token] });
const { engine } = openCorpus(config.dataDir, { maxBytes: config.maxArticleBytes });
const { client, context } = createBot({ engine, config, logger, commands: await loadCommands() });
client.once(Events.ClientReady, () => process.send?.({ type: 'ready' }));

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

process.on('message', (message: { type?: string }) => {
  if (message.type === 'measure') {
    for (let i = 0; i < 3; i++) gc?.();
    const usage = process.memoryUsage();
    const measurement: Measurement = {
      heapUsedMB: mb(usage.heapUsed),
      rssMB: mb(usage.rss),
      conversations: context.memory.size,
      messageLinks: context.memory.linkCount,
      storedAnswers: context.answers.size,
      limiterUsers: context.limiter.size,
      cachedUsers: client.users.cache.size,
      cachedMembers: client.guilds.cache.reduce((n, g) => n + g.members.cache.size, 0),
      cachedMessages: client.channels.cache.reduce((n, c) => n + ('messages' in c ? c.messages.cache.size : 0), 0),
    };
    process.send?.({ type: 'measurement', measurement, gc: gc !== undefined });
  } else if (message.type === 'stop') {
    void client.destroy().finally(() => process.exit(0));
  }
});

await client.login(config.token);
