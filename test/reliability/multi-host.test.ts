// Past one machine: the shards of one bot split over two hosts with discord.js's own sharding
// (SHARDS=2 with SHARD_LIST=0 on one, SHARD_LIST=1 on the other) over one DATA_DIR, as on a network
// volume both hosts mount. Two launcher processes against the fake Discord stand in for the hosts.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermissionFlagsBits, type APIEmbed } from 'discord.js';
import { APPLICATION_ID, DEFAULT_CHANNEL_ID, DEFAULT_GUILD_ID, EVERYONE_PERMISSIONS, shardForGuild, startFakeDiscord, type FakeDiscord } from '../support/fake-discord.ts';
import { startFileServer, type FileServer } from '../bot/helpers/guild-harness.ts';
import { ferryArticle, marketArticle, riceArticle } from '../storage/fixtures.ts';
import { killQuietly, logLines, ROOT, spawnTsx, type Spawned } from './helpers/process.ts';

const TOKEN = 'reliability-multi-host-token.value';
const ADMIN = String(BigInt(EVERYONE_PERMISSIONS) | PermissionFlagsBits.ManageGuild);
// Server A on shard 0, server B on shard 1 (of 2).
const GUILD_A = DEFAULT_GUILD_ID;
let GUILD_B = '1150000000000000500';
while (shardForGuild(GUILD_B, 2) === shardForGuild(GUILD_A, 2)) GUILD_B = (BigInt(GUILD_B) + (1n << 22n)).toString();
const CHANNEL_B = '1150000000000000777';
const HOST_OF: Record<string, 'a' | 'b'> = { [shardForGuild(GUILD_A, 2)]: 'a', [shardForGuild(GUILD_B, 2)]: 'b' };

const dataDir = mkdtempSync(join(tmpdir(), 'kutip-shared-volume-'));
let fake: FakeDiscord;
let cdn: FileServer;
const hosts: Record<'a' | 'b', Spawned | undefined> = { a: undefined, b: undefined };

function startHost(name: 'a' | 'b'): Spawned {
  const shard = Object.keys(HOST_OF).find((k) => HOST_OF[k] === name) ?? '';
  const host = spawnTsx('src/main.ts', [], {
    env: {
      DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, DISCORD_CDN_URL: cdn.url,
      DATA_DIR: dataDir, SHARDS: '2', SHARD_LIST: shard, LOG_LEVEL: 'info', RATE_LIMIT: '1000/1s',
    },
  });
  hosts[name] = host;
  return host;
}

const logsOf = (name: 'a' | 'b'): Array<Record<string, unknown>> => logLines(hosts[name]?.stderr() ?? '');
const embed = (payload: Record<string, unknown> | undefined): APIEmbed => ((payload?.['embeds'] as APIEmbed[] | undefined) ?? [])[0] ?? {};

async function ask(guildId: string, question: string): Promise<string> {
  const sent = fake.sendCommand({ name: 'ask', options: { question }, guildId, ...(guildId === GUILD_B ? { channelId: CHANNEL_B } : { channelId: DEFAULT_CHANNEL_ID }) });
  const res = await fake.interactionResponse(sent.id, { timeoutMs: 15_000 });
  return `${res.content ?? ''}${embed(res.payload).description ?? ''}`;
}

beforeAll(async () => {
  fake = await startFakeDiscord({
    shards: 2, maxConcurrency: 2, interactionDeadlineMs: null,
    guilds: [{ id: GUILD_A, name: 'Server A', channels: [{ id: DEFAULT_CHANNEL_ID, name: 'general' }] }, { id: GUILD_B, name: 'Server B', channels: [{ id: CHANNEL_B, name: 'berita' }] }],
  });
  cdn = await startFileServer();
  cpSync(join(ROOT, 'data', 'articles', 'rusia-korea-utara.txt'), join(dataDir, 'rusia-korea-utara.txt'));
  for (const [guild, text] of [[GUILD_A, ferryArticle()], [GUILD_B, marketArticle()]] as const) {
    mkdirSync(join(dataDir, 'guilds', guild), { recursive: true });
    writeFileSync(join(dataDir, 'guilds', guild, 'story.txt'), text);
  }
  startHost('a');
  startHost('b');
  // The launcher's "ready" may reach stderr before its shard's own "online" line: wait for both.
  await Promise.all((['a', 'b'] as const).flatMap((n) => [hosts[n]?.waitForOutput(/all shards are ready/, 60_000), hosts[n]?.waitForOutput(/Kutip is online/, 60_000)]));
}, 70_000);

afterAll(async () => {
  killQuietly(hosts.a);
  killQuietly(hosts.b);
  await fake?.close();
  await cdn?.close();
});

describe('GIVEN SHARDS=2 run as two hosts, SHARD_LIST=0 and SHARD_LIST=1, over one data folder', () => {
  it('WHEN both start THEN each identifies only its own shard', () => {
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
    for (const name of ['a', 'b'] as const) {
      const mine = Number(Object.keys(HOST_OF).find((k) => HOST_OF[k] === name));
      expect(logsOf(name).filter((l) => l['msg'] === 'shard process started').map((l) => l['shard'])).toEqual([mine]);
      expect(logsOf(name).filter((l) => l['msg'] === 'Kutip is online').map((l) => [l['shards'], l['shardCount']])).toEqual([[[mine], 2]]);
    }
  });

  it('WHEN they load THEN each holds the bundled article and only its own server\'s upload', () => {
    for (const name of ['a', 'b'] as const) {
      expect(logsOf(name).find((l) => l['msg'] === 'Kutip is online')?.['articles']).toBe(2);
      expect(logsOf(name).filter((l) => l['msg'] === 'loaded 1 server article')).toHaveLength(1);
      // Where the index came from, in one info line (one bundled article: too few to keep a cache).
      expect(logsOf(name).filter((l) => l['level'] === 30 && String(l['msg']).startsWith('indexed 1 article from their files'))).toHaveLength(1);
    }
  });

  it('WHEN each server asks about its upload THEN the host holding that server answers it', async () => {
    // Each upload lives in one host's engine only: an answer from it shows which host answered.
    expect(await ask(GUILD_A, 'Who said the line cuts the trip?')).toContain('**Budi Santoso**');
    expect(await ask(GUILD_B, 'Who has sold noodles at the market?')).toContain('**Siti Rahma**');
    expect(await ask(GUILD_B, "Who said Russia supports North Korea's nuclear program?")).toContain('**Mark Rutte**');
  });

  it('WHEN an article is uploaded through one host and that host restarts THEN the upload is on the shared folder and answered there', async () => {
    const text = riceArticle().replace('Rice Prices Rise in the Capital', 'Rice Prices Rise Again in the Capital');
    const url = cdn.serve({ name: 'rice.txt', body: text });
    const sent = fake.sendCommand({
      name: 'article', subcommand: 'add', guildId: GUILD_B, channelId: CHANNEL_B, permissions: ADMIN,
      attachments: { file: { filename: 'rice.txt', url, size: Buffer.byteLength(text) } },
    });
    const res = await fake.interactionResponse(sent.id, { timeoutMs: 30_000 });
    expect(embed(res.payload).title).toContain('Rice Prices Rise Again in the Capital');
    const stored = readdirSync(join(dataDir, 'guilds', GUILD_B)).filter((f) => f.startsWith('rice-prices-rise-again'));
    expect(stored).toHaveLength(1);
    // The other host neither read nor watched it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(hosts.a?.stderr()).not.toContain('rice-prices-rise-again');

    hosts.b?.signal('SIGTERM');
    expect((await hosts.b?.exited)?.code).toBe(0);
    startHost('b');
    await Promise.all([hosts.b?.waitForOutput(/all shards are ready/, 60_000), hosts.b?.waitForOutput(/Kutip is online/, 60_000)]);
    expect(logsOf('b').find((l) => l['msg'] === 'Kutip is online')?.['articles']).toBe(3);
    expect(existsSync(join(dataDir, 'guilds', GUILD_B, stored[0] ?? ''))).toBe(true);
    expect(await ask(GUILD_B, 'By how much did rice prices rise in the capital?')).toMatch(/five percent/i);
  }, 90_000);
});
