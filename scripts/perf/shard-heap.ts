/**
 * Issue 12: the heap of each shard process with 2 shards and 200 uploaded articles, 100 in a server
 * of each shard.
 *   npx tsx scripts/perf/shard-heap.ts [--root DIR] [--articles 100] [--settle 2]
 * Writes the articles as uploads (DATA_DIR/guilds/<id>/), runs `SHARDS=2 npm start` in --root
 * against the fake Discord, and once both shards are online reads each shard process's heap after
 * a full GC (a preloaded probe: NODE_OPTIONS=--expose-gc --import probe, answering SIGUSR2), and how
 * long the launcher took until all shards were ready. `--articles 0` gives the baseline of a shard
 * without uploads. (An older checkout may need its 30 s shard ready timeout raised to finish.)
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../../bench/corpus.ts';
import { loadSourceText } from '../../bench/source-text.ts';
import { DEFAULT_GUILD_ID, shardForGuild, startFakeDiscord } from '../../test/support/fake-discord.ts';
import { logLines, startBot } from './bot-under-test.ts';

const here = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { root: { type: 'string', default: here }, articles: { type: 'string', default: '100' }, settle: { type: 'string', default: '2' } } });
const root = resolve(values.root);
const perGuild = Number(values.articles);

let guildB = '1150000000000000500';
while (shardForGuild(guildB, 2) === shardForGuild(DEFAULT_GUILD_ID, 2)) guildB = (BigInt(guildB) + (1n << 22n)).toString();

const source = loadSourceText(join(here, '..', 'shared'));
if (!source) throw new Error('needs ../shared (FacQA train and the shared articles)');
const corpus = buildCorpus(source, { paragraphs: perGuild * 2 * 10 });
const dataDir = mkdtempSync(join(tmpdir(), 'kutip-heap-'));
cpSync(join(here, 'data', 'articles', 'rusia-korea-utara.txt'), join(dataDir, 'rusia-korea-utara.txt'));
corpus.articles.slice(0, perGuild * 2).forEach((a, i) => {
  const dir = join(dataDir, 'guilds', i % 2 === 0 ? DEFAULT_GUILD_ID : guildB);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${a.id}.txt`), a.text);
});
const probeDir = mkdtempSync(join(tmpdir(), 'kutip-probe-'));
const probe = join(probeDir, 'probe.mjs');
writeFileSync(probe, `import { writeFileSync } from 'node:fs';
process.on('SIGUSR2', () => { for (let i = 0; i < 3; i += 1) globalThis.gc?.(); const m = process.memoryUsage();
  writeFileSync(${JSON.stringify(probeDir)} + '/' + process.pid + '.json', JSON.stringify({ heapUsed: m.heapUsed, rss: m.rss })); });
`);

const fake = await startFakeDiscord({ shards: 2, maxConcurrency: 2, guilds: [{ id: DEFAULT_GUILD_ID, name: 'A' }, { id: guildB, name: 'B', channels: [{ id: '1150000000000000778', name: 'b' }] }] });
const started = performance.now();
const bot = startBot(root, fake, { DATA_DIR: dataDir, SHARDS: '2' }, `--expose-gc --import ${pathToFileURL(probe).href}`);
try {
  await bot.waitFor(/all shards are ready/, 300_000);
  const readyMs = performance.now() - started;
  // --settle S: wait before measuring (70 lets an idle ingestion thread stop, to see RSS without it).
  await new Promise((r) => setTimeout(r, Number(values.settle) * 1000));
  const online = logLines(bot.stderr()).filter((l) => l['msg'] === 'Kutip is online');
  const loaded = logLines(bot.stderr()).filter((l) => /server article/.test(String(l['msg'])));
  console.log(`root ${root}: ${perGuild} articles in each of 2 servers (${(corpus.articles.slice(0, perGuild * 2).reduce((n, a) => n + a.text.length, 0) / 1e6).toFixed(1)} M characters in all); both shards ready ${(readyMs / 1000).toFixed(1)} s after start`);
  for (const line of online) {
    const pid = Number(line['pid']);
    process.kill(pid, 'SIGUSR2');
    const file = join(probeDir, `${pid}.json`);
    for (let i = 0; i < 100 && !existsSync(file); i += 1) await new Promise((r) => setTimeout(r, 50));
    const m = JSON.parse(readFileSync(file, 'utf8')) as { heapUsed: number; rss: number };
    const articles = loaded.find((l) => l['pid'] === pid)?.['articles'];
    console.log(`shard process ${pid}: ${String(line['articles'])} articles in the engine (${String(articles)} from server folders), heap ${(m.heapUsed / 1048576).toFixed(1)} MB after GC, RSS ${(m.rss / 1048576).toFixed(0)} MB`);
  }
} finally {
  await bot.stop();
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(probeDir, { recursive: true, force: true });
}
