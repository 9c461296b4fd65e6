/**
 * The one typed configuration of Kutip, read from the environment (and `.env`) and validated once at
 * start-up. Every variable, its default and its advice live here; `.env.example` documents them.
 */
import { join } from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';
import { ConfigError } from './config-error.ts';

/** pino levels accepted by LOG_LEVEL. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** A LOG_LEVEL value. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** At most `count` questions per user in any `windowMs` window. */
export interface RateLimit {
  count: number;
  windowMs: number;
}

interface BaseConfig {
  /** Snowflake of the test server to register commands in, or null for global registration. */
  guildId: string | null;
  /** REST base such as `http://127.0.0.1:8080/api` (proxy or fake Discord), or null for discord.com. */
  apiUrl: string | null;
  /** Discord's CDN base: uploads are downloaded only from below it; also discord.js' `rest.cdn`. */
  cdnUrl: string;
  /** Folder of article files, relative to the working directory unless absolute. */
  dataDir: string;
  /** INDEX_CACHE: the persisted index file, 'off', or 'default' (`.kutip-index.bin` in the article folder). */
  indexCache: string;
  logLevel: LogLevel;
  maxArticleBytes: number;
  /** A conversation is forgotten after this long without a question. */
  conversationTtlMs: number;
  /** At most this many conversations are remembered (least recently used go first). */
  conversationMax: number;
  rateLimit: RateLimit;
}

/** No token: the offline console chat. */
export interface ConsoleConfig extends BaseConfig {
  mode: 'console';
  token: null;
  clientId: string | null;
}

/** Token and application id present: the Discord bot (and `deploy-commands`). */
export interface BotConfig extends BaseConfig {
  mode: 'bot';
  token: string;
  clientId: string;
  /**
   * SHARDS: null runs one process (the default, and every shard process of a manager); 'auto' or a
   * number starts discord.js's ShardingManager with one process per shard (src/shard/launcher.ts).
   */
  shards: 'auto' | number | null;
  /**
   * SHARD_LIST: the shards this host runs out of SHARDS (a fixed count), e.g. [0, 1, 2, 3] of 8 —
   * the other hosts run the rest over the same DATA_DIR. null: all of them.
   */
  shardList: number[] | null;
  /** In a shard process: its shard ids and the total count (set by the ShardingManager); null otherwise. */
  shard: { ids: number[]; count: number } | null;
}

/** The validated configuration; `mode` tells which surface to run. */
export type Config = ConsoleConfig | BotConfig;

/** 'auto' picks 'bot' when DISCORD_TOKEN is set, else 'console' (what `npm start` does). */
export type ConfigMode = 'auto' | 'bot' | 'console';

/** Where Discord serves attachments (DISCORD_CDN_URL's default). */
export const DEFAULT_CDN_URL = 'https://cdn.discordapp.com';

const SNOWFLAKE = /^\d{17,20}$/;
const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

// Empty values (`DISCORD_GUILD_ID=` in .env) mean "not set", as people expect from .env files.
const unset = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(unset, schema.optional());

const snowflake = (name: string, where: string) =>
  z.string().trim().regex(SNOWFLAKE, `${name} must be a numeric Discord id (17–20 digits): ${where}`);

const positiveInt = (name: string, example: string) =>
  z.string().trim().regex(/^\d+$/, `${name} must be a whole number, e.g. ${example}`)
    .transform(Number).refine((n) => n > 0, `${name} must be greater than 0, e.g. ${example}`);

const schema = z.object({
  // The token is checked for shape only, with messages that never repeat it.
  DISCORD_TOKEN: opt(z.string().trim()
    .refine((t) => !/^bot\s/i.test(t), 'DISCORD_TOKEN starts with "Bot ": paste only the token itself')
    .refine((t) => !/\s/.test(t), 'DISCORD_TOKEN contains spaces: paste the token exactly as the Developer Portal → Bot → Reset Token shows it')),
  DISCORD_CLIENT_ID: opt(snowflake('DISCORD_CLIENT_ID', 'copy it from the Developer Portal → General Information → Application ID')),
  DISCORD_GUILD_ID: opt(snowflake('DISCORD_GUILD_ID', 'in Discord enable Developer Mode, right-click the server → Copy Server ID, or leave it empty')),
  DISCORD_API_URL: opt(z.string().trim()
    .refine((u) => /^https?:$/.test(safeUrl(u)?.protocol ?? ''), 'DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api, or empty for discord.com')
    .transform((u) => u.replace(/\/+$/, ''))),
  DISCORD_CDN_URL: opt(z.string().trim()
    .refine((u) => /^https?:$/.test(safeUrl(u)?.protocol ?? ''), 'DISCORD_CDN_URL must be an http(s) URL such as https://cdn.discordapp.com, or empty for that default')
    .transform((u) => u.replace(/\/+$/, ''))),
  DATA_DIR: opt(z.string().trim()),
  INDEX_CACHE: opt(z.string().trim()),
  LOG_LEVEL: opt(z.string().trim().toLowerCase()
    .pipe(z.enum(LOG_LEVELS, `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`))),
  MAX_ARTICLE_BYTES: opt(z.string().trim()
    .regex(/^\d+\s*(b|kb|mb)?$/i, 'MAX_ARTICLE_BYTES must be a size such as 5242880, 512KB or 5MB')
    .transform(parseSize).refine((n) => n > 0, 'MAX_ARTICLE_BYTES must be greater than 0')),
  CONVERSATION_TTL_MINUTES: opt(positiveInt('CONVERSATION_TTL_MINUTES', '30')),
  CONVERSATION_MAX: opt(positiveInt('CONVERSATION_MAX', '5000')),
  SHARDS: opt(z.string().trim().toLowerCase()
    .regex(/^(auto|\d+)$/, 'SHARDS must be "auto" or a number of shards such as 2, or empty for one process')
    .transform((s) => (s === 'auto' ? 'auto' as const : Number(s)))
    .refine((s) => s === 'auto' || s > 0, 'SHARDS must be "auto" or a number above 0, e.g. 2')),
  SHARD_LIST: opt(z.string().trim()
    .regex(/^\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*$/, 'SHARD_LIST must list shard ids and ranges such as 0-3 or 4,5,6,7, or be empty for all shards')
    .transform(parseShardList)
    .refine((ids) => ids.length > 0, 'SHARD_LIST ranges must run upwards, e.g. 0-3')),
  RATE_LIMIT: opt(z.string().trim()
    .regex(/^\d+\s*\/\s*\d+\s*(ms|s|m|h)$/i, 'RATE_LIMIT must look like 5/30s (questions per window; units ms, s, m, h)')
    .transform(parseRate).refine((r) => r.count > 0 && r.windowMs > 0, 'RATE_LIMIT needs a count and a window above 0, e.g. 5/30s')),
});

/**
 * Read and validate the configuration. With the real `process.env`, `.env` in the working directory
 * is loaded first (real environment variables win). Throws `ConfigError` listing every problem.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, mode: ConfigMode = 'auto'): Config {
  // Only the real environment reads .env: tests pass their own object and must not see a developer's file.
  if (env === process.env) dotenv.config({ quiet: true });
  // In a shard process discord.js's ShardingManager sets SHARDS to the shard id (its own meaning): not ours.
  const shardChild = unset(env['SHARDING_MANAGER']) !== undefined;
  const parsed = schema.safeParse(shardChild ? { ...env, SHARDS: undefined, SHARD_LIST: undefined } : env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  if (parsed.success && parsed.data.SHARD_LIST !== undefined) {
    const total = parsed.data.SHARDS;
    if (typeof total !== 'number') {
      problems.push('SHARD_LIST needs SHARDS set to the bot\'s total shard count, the same on every host (e.g. SHARDS=8 with SHARD_LIST=0-3 here and SHARD_LIST=4-7 on the other host), not "auto" or empty');
    } else if (parsed.data.SHARD_LIST.some((id) => id >= total)) {
      problems.push(`SHARD_LIST has shard ids beyond SHARDS=${total}: shard ids run from 0 to ${total - 1}`);
    }
  }
  const has = (name: string): boolean => unset(env[name]) !== undefined;
  const wantsBot = mode === 'bot' || (mode === 'auto' && has('DISCORD_TOKEN'));
  if (wantsBot && !has('DISCORD_TOKEN')) {
    problems.push('DISCORD_TOKEN is missing: copy it from the Developer Portal → Bot → Reset Token (keep it secret)');
  }
  if (wantsBot && !has('DISCORD_CLIENT_ID')) {
    problems.push('DISCORD_CLIENT_ID is missing: copy it from the Developer Portal → General Information → Application ID');
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);

  const v = parsed.data;
  const base: BaseConfig = {
    guildId: v.DISCORD_GUILD_ID ?? null,
    apiUrl: v.DISCORD_API_URL ?? null,
    cdnUrl: v.DISCORD_CDN_URL ?? DEFAULT_CDN_URL,
    dataDir: v.DATA_DIR ?? 'data/articles',
    indexCache: v.INDEX_CACHE ?? 'default',
    logLevel: v.LOG_LEVEL ?? 'info',
    maxArticleBytes: v.MAX_ARTICLE_BYTES ?? 5 * 1024 ** 2,
    conversationTtlMs: (v.CONVERSATION_TTL_MINUTES ?? 30) * 60_000,
    conversationMax: v.CONVERSATION_MAX ?? 5000,
    rateLimit: v.RATE_LIMIT ?? { count: 5, windowMs: 30_000 },
  };
  if (!wantsBot || v.DISCORD_TOKEN === undefined || v.DISCORD_CLIENT_ID === undefined) {
    return { ...base, mode: 'console', token: null, clientId: v.DISCORD_CLIENT_ID ?? null };
  }
  return {
    ...base, mode: 'bot', token: v.DISCORD_TOKEN, clientId: v.DISCORD_CLIENT_ID, shards: v.SHARDS ?? null, shardList: v.SHARD_LIST ?? null,
    shard: shardChild ? shardOfProcess(env) : null,
  };
}

/** "0-3,8" → [0, 1, 2, 3, 8] (sorted, each once); [] when a range runs downwards. */
function parseShardList(text: string): number[] {
  const ids = new Set<number>();
  for (const part of text.split(',')) {
    const [from, to = from] = part.split('-').map((n) => Number(n.trim()));
    if (from === undefined || to === undefined || to < from) return [];
    for (let id = from; id <= to && ids.size <= 10_000; id += 1) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

/** The shard ids and count the ShardingManager gave this process (SHARDS is a JSON list there, SHARD_COUNT a number). */
function shardOfProcess(env: NodeJS.ProcessEnv): { ids: number[]; count: number } | null {
  try {
    const ids = JSON.parse(env['SHARDS'] ?? '') as unknown;
    const count = Number(env['SHARD_COUNT']);
    const list = (Array.isArray(ids) ? ids : [ids]).filter((id): id is number => Number.isInteger(id) && id >= 0);
    return list.length > 0 && Number.isInteger(count) && count > 0 ? { ids: list, count } : null;
  } catch {
    return null;
  }
}

function safeUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function parseSize(text: string): number {
  const m = /^(\d+)\s*(b|kb|mb)?$/i.exec(text);
  return Number(m?.[1] ?? 0) * (UNITS[(m?.[2] ?? 'b').toLowerCase()] ?? 1);
}

function parseRate(text: string): RateLimit {
  const m = /^(\d+)\s*\/\s*(\d+)\s*(ms|s|m|h)$/i.exec(text);
  return { count: Number(m?.[1] ?? 0), windowMs: Number(m?.[2] ?? 0) * (UNITS[(m?.[3] ?? 's').toLowerCase()] ?? 1000) };
}

/** The index cache file for an article folder, or undefined when INDEX_CACHE=off. */
export function indexCacheFile(setting: string, dataDir: string): string | undefined {
  if (setting.toLowerCase() === 'off') return undefined;
  return setting === 'default' ? join(dataDir, '.kutip-index.bin') : setting;
}
