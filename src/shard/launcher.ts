/**
 * Kutip past one process: with SHARDS=auto (or a number) `npm start` becomes a discord.js
 * `ShardingManager` that forks one process per gateway shard; each process is an ordinary Kutip bot
 * (it loads the bundled articles and its own servers' uploads, and logs in), told its shard by the
 * SHARDS/SHARD_COUNT variables the manager sets. Discord requires sharding from 2,500 servers; below
 * that one process is simpler and the default.
 *
 * Past one machine: SHARDS=8 SHARD_LIST=0-3 on one host and SHARDS=8 SHARD_LIST=4-7 on another
 * (discord.js's `shardList` with a fixed `totalShards`), DATA_DIR on a volume both mount.
 *
 * Two traps avoided here:
 * - `totalShards: 'auto'` makes discord.js ask discord.com for the shard count, ignoring the REST base
 *   (DISCORD_API_URL: a proxy or a fake Discord). We ask `GET /gateway/bot` ourselves through the
 *   configured base and pass a number.
 * - Shards must not log in faster than Discord allows (max_concurrency IDENTIFYs per 5 s): processes
 *   start in waves of max_concurrency, 5.5 s apart (discord.js's own spawn waits 5.5 s between every
 *   shard whatever the concurrency).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from 'discord.js';
import type { Logger } from 'pino';
import type { BotConfig } from '../config.ts';
import { count } from '../logger.ts';

/** What `GET /gateway/bot` says about sharding. */
export interface GatewayInfo {
  /** Recommended shard count. */
  shards: number;
  /** session_start_limit.max_concurrency: IDENTIFYs allowed per 5 s. */
  maxConcurrency: number;
}

/** `GET /gateway/bot` through the configured REST base (DISCORD_API_URL), never discord.com behind its back. */
export async function fetchGatewayInfo(config: Pick<BotConfig, 'token' | 'apiUrl'>): Promise<GatewayInfo> {
  const rest = new REST(config.apiUrl === null ? {} : { api: config.apiUrl }).setToken(config.token);
  try {
    const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return { shards: info.shards, maxConcurrency: Math.max(1, info.session_start_limit.max_concurrency) };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/**
 * How long a shard process may take from its start to ready. discord.js's 30 s is too short for a
 * shard that reads thousands of its servers' uploads before it logs in on a busy host.
 */
const READY_TIMEOUT_MS = 120_000;

/** Discord allows max_concurrency IDENTIFYs per 5 s; waves of shards start this far apart. */
export const WAVE_INTERVAL_MS = 5500;

/**
 * Shard ids grouped in start-up waves: each wave holds at most one shard per rate-limit bucket
 * (id % maxConcurrency): the shards of one block of maxConcurrency consecutive ids, in order.
 * `shards` is a count (ids 0..n-1) or this host's SHARD_LIST.
 */
export function shardWaves(shards: number | readonly number[], maxConcurrency: number): number[][] {
  const size = Math.max(1, maxConcurrency);
  const ids = typeof shards === 'number' ? Array.from({ length: shards }, (_, i) => i) : [...shards].sort((a, b) => a - b);
  const waves = new Map<number, number[]>();
  for (const id of ids) {
    const block = Math.floor(id / size);
    waves.set(block, [...(waves.get(block) ?? []), id]);
  }
  return [...waves.values()];
}

/** Options for `prepareShards`. */
export interface ShardLaunchOptions {
  config: BotConfig & { shards: 'auto' | number };
  logger: Logger;
  /** The script each shard process runs (src/main.ts). */
  file: string;
  /** Node options of the shard processes (the TypeScript loader: the manager's own `process.execArgv`). */
  execArgv: readonly string[];
  /** How long one shard may take to become ready (default 120 s: it reads its servers' articles before logging in). */
  readyTimeoutMs?: number;
}

/** The shard processes of one manager. */
export interface ShardLauncher {
  manager: ShardingManager;
  totalShards: number;
  /** The shards this host runs (all of them without SHARD_LIST). */
  shardList: number[];
  /** Fork the shard processes one by one and wait until each is ready; rejects if one dies or times out. */
  start(): Promise<void>;
  /** Stop every shard process (each shuts down cleanly on SIGTERM) and wait for them, at most `deadlineMs`. */
  stop(deadlineMs?: number): Promise<void>;
}

/**
 * Resolve the shard count and build the manager; nothing is forked until `start()`, so a signal that
 * arrives meanwhile can `stop()` cleanly at any point.
 */
export async function prepareShards(options: ShardLaunchOptions): Promise<ShardLauncher> {
  const { config, logger } = options;
  let info: GatewayInfo | null = null;
  try {
    info = await fetchGatewayInfo(config);
  } catch (error) {
    if (config.shards === 'auto') throw new Error(`SHARDS=auto needs GET /gateway/bot, which failed: ${(error as Error).message}`, { cause: error });
    logger.warn({ err: error }, 'GET /gateway/bot failed: spawning shards 5.5 s apart');
  }
  const totalShards = config.shards === 'auto' ? (info?.shards ?? 1) : config.shards;
  const maxConcurrency = info?.maxConcurrency ?? 1;
  // SHARD_LIST: this host runs only these of the bot's totalShards (config.ts checks them against SHARDS).
  const shardList = config.shardList ?? Array.from({ length: totalShards }, (_, i) => i);
  const manager = new ShardingManager(options.file, {
    totalShards, shardList, token: config.token,
    mode: 'process', respawn: true, execArgv: [...options.execArgv],
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, totalShards }, 'shard process started');
    shard.on('death', (child) => {
      const code = 'exitCode' in child ? child.exitCode : null;
      if (manager.respawn) logger.warn({ shard: shard.id, code }, 'shard process exited: restarting it');
    });
  });
  const stopped = new AbortController();

  const start = async (): Promise<void> => {
    logger.info({ totalShards, shardList, maxConcurrency }, `starting ${shardList.length} of ${count(totalShards, 'shard process', 'shard processes')}`);
    try {
      // Waves of max_concurrency shards (one per rate-limit bucket) start together; the next wave
      // starts once this one is ready and at least 5.5 s later, so no bucket identifies twice in 5 s.
      const waves = shardWaves(shardList, maxConcurrency);
      for (const [i, wave] of waves.entries()) {
        if (stopped.signal.aborted) break;
        await Promise.all([
          ...wave.map((id) => manager.createShard(id).spawn(options.readyTimeoutMs ?? READY_TIMEOUT_MS)),
          i === waves.length - 1 ? null : sleep(WAVE_INTERVAL_MS, undefined, { signal: stopped.signal }).catch(() => undefined),
        ]);
      }
    } catch (error) {
      if (stopped.signal.aborted) return;
      await stop();
      throw new Error(`a shard process did not become ready: ${(error as Error).message}`, { cause: error });
    }
    if (!stopped.signal.aborted) logger.info({ totalShards, shardList }, 'all shards are ready');
  };

  let stopping: Promise<void> | undefined;
  const stop = (deadlineMs = 4500): Promise<void> => {
    stopping ??= (async () => {
      stopped.abort();
      manager.respawn = false;
      const exits = manager.shards.map((shard) => new Promise<void>((resolve) => {
        const child = shard.process;
        if (child === null || child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }));
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => { timer = setTimeout(resolve, deadlineMs); });
      await Promise.race([Promise.all(exits), deadline]);
      clearTimeout(timer);
      // Anything still running after the deadline is killed outright.
      for (const shard of manager.shards.values()) if (shard.process?.exitCode === null) shard.process.kill('SIGKILL');
    })();
    return stopping;
  };

  return { manager, totalShards, shardList, start, stop };
}
