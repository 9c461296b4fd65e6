/**
 * `npm start`: the one place that wires configuration, engine and surface together.
 * Without DISCORD_TOKEN: the offline console over the articles. With it: the Discord bot.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openForCli } from './cli/open.ts';
import { runConsole } from './cli/console.ts';
import { ConfigError } from './config-error.ts';
import { indexCacheFile, loadConfig, type BotConfig, type Config } from './config.ts';
import { describeCache, IngestThread, openCorpus } from './engine/index.ts';
import { createLogger } from './logger.ts';
import { explainDiscordError } from './startup-error.ts';
import { onShards } from './shard/guild-shard.ts';
import { GuildArticleStore } from './storage/guild-store.ts';
import { watchDataDir } from './storage/watcher.ts';

const warn = (line: string) => process.stderr.write(`${line}\n`);
// Once the bot runs, unhandled rejections go through its logger, so they are scrubbed of secrets like
// every other line (e.g. discord.js's RESUMED handler throws when INVALID_SESSION follows a RESUME at once).
let onUnhandled = (reason: unknown): void => {
  warn(`kutip: unhandled rejection: ${String(reason)}`);
};

/** Why the bot has nothing to answer from, with what to do; null when DATA_DIR is a folder. */
function missingDataDir(dir: string): string | null {
  try {
    if (statSync(dir).isDirectory()) return null;
    return `DATA_DIR ${dir} is a file, not a folder: set DATA_DIR in .env to the folder of your .txt/.md articles`;
  } catch {
    return `DATA_DIR ${dir} does not exist: create it and put .txt or .md article files in it, or set DATA_DIR in .env to the folder that has them`;
  }
}

async function runBot(config: BotConfig): Promise<number> {
  const logger = createLogger(config.logLevel, { secrets: [config.token] });
  // discord.js's Client reads SHARDS/SHARD_COUNT from the environment (its ShardingManager sets them in
  // shard processes) and JSON-parses SHARDS. Outside a shard process SHARDS is Kutip's own setting
  // (even empty: `SHARDS=` in .env), which would crash the Client: hide both from it.
  if (process.env['SHARDING_MANAGER'] === undefined) {
    delete process.env['SHARDS'];
    delete process.env['SHARD_COUNT'];
  }
  onUnhandled = (reason) => logger.error({ err: reason }, 'unhandled rejection');
  const cacheFile = indexCacheFile(config.indexCache, config.dataDir);
  // Uploads, the watcher's additions and large start-up batches are ingested on this thread, not the event loop's.
  const ingestThread = new IngestThread({
    idleMs: 60_000,
    onUnavailable: (reason) => logger.warn({ reason }, `no worker thread for ingestion (${reason}): articles are ingested on the main thread`),
  });
  // Its start-up (loading the engine's code) overlaps reading the bundled articles.
  ingestThread.warm();
  const { engine, problems, cache } = openCorpus(config.dataDir, { maxBytes: config.maxArticleBytes, ingestThread, ...(cacheFile ? { cacheFile } : {}) });
  for (const p of problems) logger.warn({ file: p.file, reason: p.reason }, `skipped article ${p.file}: ${p.reason}`);
  if (cache.note) logger.warn(cache.note);
  logger.info({ cache: cache.status, reason: cache.reason, reused: cache.reused, read: cache.read, removed: cache.removed }, describeCache(cache, engine.articles().length));
  // Articles added from Discord (DATA_DIR/guilds/<server id>/): a shard holds only its own servers'.
  const store = new GuildArticleStore({
    dataDir: config.dataDir, engine, logger, maxBytes: config.maxArticleBytes,
    ...(config.shard ? { serves: onShards(config.shard.ids, config.shard.count) } : {}),
  });
  await store.load();
  if (engine.articles().length === 0) {
    logger.error({ dir: config.dataDir }, `no articles could be loaded from ${config.dataDir}: put .txt or .md article files there, or set DATA_DIR in .env to their folder; until then questions are answered "no articles are loaded yet", and server admins can add one with /article add`);
  }
  // The first question of the day should be as fast as the rest: compile and fill caches now.
  logger.info({ ms: Math.round(engine.warmUp()) }, 'engine warmed up');
  const watcher = watchDataDir(store, logger);
  const { startBot } = await import('./bot/client.ts');
  const bot = await startBot({ engine, config, logger, store });
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    watcher.close();
    // A hard deadline: a stuck socket must not keep the process alive past 5 s.
    setTimeout(() => process.exit(0), 4500).unref();
    // Disconnect first (no new uploads), then let an upload being ingested finish and be written.
    bot.stop().then(() => store.idle()).finally(() => {
      logger.flush();
      process.exit(0);
    });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  return 0;
}

/** SHARDS=auto|N: this process only manages one child process per shard (src/shard/launcher.ts). */
async function runShardManager(config: BotConfig & { shards: 'auto' | number }): Promise<number> {
  const logger = createLogger(config.logLevel, { secrets: [config.token] });
  const { prepareShards } = await import('./shard/launcher.ts');
  let launcher: Awaited<ReturnType<typeof prepareShards>> | undefined;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down all shards');
    setTimeout(() => process.exit(0), 4800).unref();
    // Each shard process shuts itself down cleanly on SIGTERM (within its own 4.5 s deadline).
    void (launcher?.stop() ?? Promise.resolve()).finally(() => {
      logger.flush();
      process.exit(0);
    });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  try {
    launcher = await prepareShards({ config, logger, file: fileURLToPath(import.meta.url), execArgv: process.execArgv });
    if (!stopping) await launcher.start();
  } catch (error) {
    if (stopping) return 0;
    logger.error({ err: error }, 'could not start the shards');
    logger.flush();
    return 1;
  }
  return 0;
}

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      warn(err.message);
      return 2;
    }
    throw err;
  }
  if (config.mode === 'bot') {
    // As the console does: without its article folder the bot has nothing to serve, nor anywhere to store uploads.
    const missing = missingDataDir(config.dataDir);
    if (missing !== null) {
      const logger = createLogger(config.logLevel, { secrets: [config.token] });
      logger.error({ dir: config.dataDir }, missing);
      logger.flush();
      return 1;
    }
    if (config.shards !== null) return runShardManager({ ...config, shards: config.shards });
    return runBot(config);
  }
  const engine = openForCli(config.dataDir, config.maxArticleBytes, warn, indexCacheFile(config.indexCache, config.dataDir));
  if (!engine) return 1;
  await runConsole(engine);
  return 0;
}

process.on('unhandledRejection', (reason) => onUnhandled(reason));
main().then((code) => { if (code !== 0) process.exitCode = code; }, (err: unknown) => {
  warn(`kutip: ${explainDiscordError(err)}`);
  process.exitCode = 1;
});
