// SHARDS=auto: `npm start` (tsx src/main.ts) becomes a ShardingManager with one process per shard,
// the shard count coming from GET /gateway/bot on DISCORD_API_URL (the fake reports 2), never discord.com.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { loadConfig, type BotConfig } from '../../src/config.ts';
import { fetchGatewayInfo, shardWaves, WAVE_INTERVAL_MS } from '../../src/shard/launcher.ts';
import { APPLICATION_ID, DEFAULT_CHANNEL_ID, DEFAULT_GUILD_ID, shardForGuild, startFakeDiscord, type FakeDiscord } from '../support/fake-discord.ts';
import { ferryArticle, marketArticle } from '../storage/fixtures.ts';
import { killQuietly, logLines, ROOT, spawnTsx, type Spawned } from './helpers/process.ts';

const TOKEN = 'reliability-shard-token.value';
const QUESTION = "Who said Russia supports North Korea's nuclear program?";

// One guild on each of the two shards.
let otherGuild = '1150000000000000500';
while (shardForGuild(otherGuild, 2) === shardForGuild(DEFAULT_GUILD_ID, 2)) otherGuild = (BigInt(otherGuild) + (1n << 22n)).toString();
const otherChannel = '1150000000000000777';

describe('GIVEN SHARDS=auto, a Discord recommending 2 shards, and an upload stored for a server of each', () => {
  let fake: FakeDiscord;
  let bot: Spawned | undefined;
  // The bundled article, and one uploaded article per server (as /article add stores them).
  const dataDir = mkdtempSync(join(tmpdir(), 'kutip-shards-'));
  cpSync(join(ROOT, 'data', 'articles', 'rusia-korea-utara.txt'), join(dataDir, 'rusia-korea-utara.txt'));
  for (const [guild, text] of [[DEFAULT_GUILD_ID, ferryArticle()], [otherGuild, marketArticle()]] as const) {
    mkdirSync(join(dataDir, 'guilds', guild), { recursive: true });
    writeFileSync(join(dataDir, 'guilds', guild, 'story.txt'), text);
  }

  beforeAll(async () => {
    fake = await startFakeDiscord({
      shards: 2,
      // 2 identifies per 5 s: both shard processes start together (one wave).
      maxConcurrency: 2,
      guilds: [
        { id: DEFAULT_GUILD_ID, name: 'Shard A', channels: [{ id: DEFAULT_CHANNEL_ID, name: 'general' }] },
        { id: otherGuild, name: 'Shard B', channels: [{ id: otherChannel, name: 'berita' }] },
      ],
    });
    bot = spawnTsx('src/main.ts', [], { env: { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, SHARDS: 'auto', LOG_LEVEL: 'info', DATA_DIR: dataDir } });
    await bot.waitForOutput(/all shards are ready/, 45_000);
  }, 50_000);

  afterAll(async () => {
    killQuietly(bot);
    await fake?.close();
  });

  it('WHEN started THEN one process per shard identifies with shard [0, 2] and [1, 2]', async () => {
    await fake.waitForConnected(0);
    await fake.waitForConnected(1);
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
    // The count came from the configured REST base: GET /gateway/bot reached the fake.
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
    const started = logLines(bot?.stderr() ?? '').filter((l) => l['msg'] === 'shard process started').map((l) => l['shard']);
    expect(started).toEqual([0, 1]);
    // Two shard processes (two pids), each logged in as its own shard.
    await bot?.waitForOutput(/"msg":"Kutip is online"[^]*"msg":"Kutip is online"/, 5000);
    const online = logLines(bot?.stderr() ?? '').filter((l) => l['msg'] === 'Kutip is online');
    expect(online.map((l) => l['shards']).sort()).toEqual([[0], [1]]);
    expect(new Set(online.map((l) => l['pid'])).size).toBe(2);
  });

  it('WHEN the shard processes load THEN each holds the bundled article and only its own server\'s upload, not both', () => {
    const lines = logLines(bot?.stderr() ?? '');
    const online = lines.filter((l) => l['msg'] === 'Kutip is online');
    expect(online.map((l) => l['articles'])).toEqual([2, 2]);
    const loaded = lines.filter((l) => l['msg'] === 'loaded 1 server article');
    expect(loaded.map((l) => l['pid']).sort()).toEqual(online.map((l) => l['pid']).sort());
  });

  it('WHEN a question comes in a guild of each shard THEN each shard process answers it', async () => {
    for (const [guildId, channelId] of [[DEFAULT_GUILD_ID, DEFAULT_CHANNEL_ID], [otherGuild, otherChannel]] as const) {
      const sent = fake.sendCommand({ name: 'ask', options: { question: QUESTION }, guildId, channelId });
      const res = await fake.interactionResponse(sent.id, { timeoutMs: 5000 });
      expect(res.ackMs).toBeLessThan(3000);
      expect((res.payload?.['embeds'] as APIEmbed[] | undefined)?.[0]?.description).toContain('**Mark Rutte**');
    }
    // Each server's own upload is answered by the shard that holds it.
    for (const [guildId, channelId, question, answer] of [
      [DEFAULT_GUILD_ID, DEFAULT_CHANNEL_ID, 'Who said the line cuts the trip?', 'Budi Santoso'],
      [otherGuild, otherChannel, 'Who has sold noodles at the market?', 'Siti Rahma'],
    ] as const) {
      const sent = fake.sendCommand({ name: 'ask', options: { question }, guildId, channelId });
      const res = await fake.interactionResponse(sent.id, { timeoutMs: 5000 });
      expect((res.payload?.['embeds'] as APIEmbed[] | undefined)?.[0]?.description).toContain(`**${answer}**`);
    }
  });

  it('WHEN the manager gets SIGTERM THEN every shard disconnects and it exits 0 within 5 s', async () => {
    const sentAt = bot?.signal('SIGTERM') ?? 0;
    const exit = await bot?.exited;
    expect(exit?.code).toBe(0);
    expect((exit?.at ?? Infinity) - sentAt).toBeLessThan(5000);
    expect(fake.connections.filter((c) => c.closedAt === null)).toEqual([]);
    expect(logLines(bot?.stderr() ?? '').filter((l) => l['msg'] === 'disconnected from Discord')).toHaveLength(2);
  });
});

describe('shard count and spawn pacing', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord({ shards: 3, maxConcurrency: 2 });
  });
  afterAll(async () => fake.close());

  it('GIVEN DISCORD_API_URL WHEN the shard count is resolved THEN GET /gateway/bot goes to that base', async () => {
    expect(await fetchGatewayInfo({ token: TOKEN, apiUrl: fake.apiUrl })).toEqual({ shards: 3, maxConcurrency: 2 });
  });

  it('GIVEN max_concurrency WHEN shards are started THEN each wave has one shard per rate-limit bucket', () => {
    expect(shardWaves(2, 16)).toEqual([[0, 1]]);
    expect(shardWaves(3, 1)).toEqual([[0], [1], [2]]);
    expect(shardWaves(5, 2)).toEqual([[0, 1], [2, 3], [4]]);
    for (const wave of shardWaves(40, 16)) expect(new Set(wave.map((id) => id % 16)).size).toBe(wave.length);
    expect(WAVE_INTERVAL_MS).toBeGreaterThanOrEqual(5000);
  });

  it.each([
    [{}, null], [{ SHARDS: '' }, null], [{ SHARDS: 'auto' }, 'auto'], [{ SHARDS: 'AUTO' }, 'auto'], [{ SHARDS: '4' }, 4],
    // Inside a shard process discord.js sets SHARDS to the shard id: that process is one bot, not a manager.
    [{ SHARDS: '1', SHARDING_MANAGER: 'true' }, null],
  ] as const)('GIVEN %o WHEN configured THEN shards is %s', (env, shards) => {
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, ...env }) as BotConfig;
    expect(config.shards).toBe(shards);
  });

  it('GIVEN this host\'s SHARD_LIST WHEN shards are started THEN the waves hold only those shards, one per bucket', () => {
    expect(shardWaves([4, 5, 6, 7], 1)).toEqual([[4], [5], [6], [7]]);
    expect(shardWaves([4, 5, 6, 7], 2)).toEqual([[4, 5], [6, 7]]);
    expect(shardWaves([0, 2, 4], 2)).toEqual([[0], [2], [4]]);
    expect(shardWaves([3, 1, 2], 16)).toEqual([[1, 2, 3]]);
  });

  it.each([
    ['0-3', '8', [0, 1, 2, 3]], ['4-7', '8', [4, 5, 6, 7]], ['4, 5,6 ,7', '8', [4, 5, 6, 7]], ['0-1,5', '8', [0, 1, 5]], [' 3 ', '4', [3]],
  ] as const)('GIVEN SHARD_LIST=%j and SHARDS=%s WHEN configured THEN this host runs shards %j', (list, shards, ids) => {
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, SHARDS: shards, SHARD_LIST: list }) as BotConfig;
    expect(config.shards).toBe(Number(shards));
    expect(config.shardList).toEqual(ids);
  });

  it.each([
    [{ SHARD_LIST: '0-3' }, /SHARD_LIST needs SHARDS set to the bot's total shard count/],
    [{ SHARD_LIST: '0-3', SHARDS: 'auto' }, /SHARD_LIST needs SHARDS set to the bot's total shard count/],
    [{ SHARD_LIST: '4-8', SHARDS: '8' }, /SHARD_LIST has shard ids beyond SHARDS=8: shard ids run from 0 to 7/],
    [{ SHARD_LIST: '3-1', SHARDS: '8' }, /SHARD_LIST ranges must run upwards/],
    [{ SHARD_LIST: 'first half', SHARDS: '8' }, /SHARD_LIST must list shard ids and ranges such as 0-3/],
  ] as const)('GIVEN %o WHEN configured THEN it is refused with advice', (env, advice) => {
    expect(() => loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, ...env })).toThrow(advice);
  });

  it('GIVEN a shard process WHEN configured THEN it knows its shards from the manager and ignores SHARD_LIST', () => {
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, SHARDING_MANAGER: 'true', SHARDS: '[5]', SHARD_COUNT: '8', SHARD_LIST: '4-7' }) as BotConfig;
    expect(config).toMatchObject({ shards: null, shardList: null, shard: { ids: [5], count: 8 } });
    expect((loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID }) as BotConfig).shard).toBeNull();
  });

  it.each(['0', 'many', '-2', '1.5'])('GIVEN SHARDS=%s WHEN configured THEN it is refused with advice', (value) => {
    expect(() => loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, SHARDS: value })).toThrow(/SHARDS must be "auto" or a number/);
  });
});
