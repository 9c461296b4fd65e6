/**
 * Issue 12: how long a question in one server waits while a 0.9 MB article uploads in another.
 *   npx tsx scripts/perf/upload-latency.ts [--root DIR] [--runs 4] [--interval 100]
 * The bot (`npm start` in --root, default this checkout) runs against the fake Discord; each run
 * uploads a new 0.9 MB article with `/article add` in server A and, until its reply arrives, asks
 * `/ask` in server B every --interval ms. Prints, per run, the upload's time and the latency of
 * B's answers (dispatch → answer) while it ran.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bigArticle } from '../../test/support/big-article.ts';
import { DEFAULT_CHANNEL_ID, DEFAULT_GUILD_ID, startFakeDiscord } from '../../test/support/fake-discord.ts';
import { ADMIN_PERMISSIONS, percentile, startBot, startCdn } from './bot-under-test.ts';

const here = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { root: { type: 'string', default: here }, runs: { type: 'string', default: '4' }, interval: { type: 'string', default: '100' } } });
const root = resolve(values.root);
const GUILD_B = '1150000000000000777';
const CHANNEL_B = '1150000000000000778';
const QUESTION = "Who said Russia supports North Korea's nuclear program?";

const fake = await startFakeDiscord({
  guilds: [{ id: DEFAULT_GUILD_ID, name: 'A', channels: [{ id: DEFAULT_CHANNEL_ID, name: 'a' }] }, { id: GUILD_B, name: 'B', channels: [{ id: CHANNEL_B, name: 'b' }] }],
  interactionDeadlineMs: null,
});
const cdn = await startCdn();
const dataDir = mkdtempSync(join(tmpdir(), 'kutip-upload-'));
cpSync(join(here, 'data', 'articles', 'rusia-korea-utara.txt'), join(dataDir, 'rusia-korea-utara.txt'));
const bot = startBot(root, fake, { DATA_DIR: dataDir, DISCORD_CDN_URL: cdn.url });
try {
  await bot.waitFor(/Kutip is online/);
  const ask = () => fake.sendCommand({ name: 'ask', options: { question: QUESTION }, guildId: GUILD_B, channelId: CHANNEL_B });
  // Warm-up: one answer, one small upload (a worker thread, if any, starts here).
  await fake.interactionResponse(ask().id, { timeoutMs: 30_000 });
  console.log(`root ${root}\nload average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (let run = 1; run <= Number(values.runs); run += 1) {
    const text = bigArticle(900_000, `Laporan Khusus ${run}: Sepekan Berita dari Daerah`);
    const url = cdn.serve(`laporan-${run}.txt`, text);
    const upload = fake.sendCommand({
      name: 'article', subcommand: 'add', guildId: DEFAULT_GUILD_ID, permissions: ADMIN_PERMISSIONS,
      attachments: { file: { filename: `laporan-${run}.txt`, url, size: Buffer.byteLength(text) } },
    });
    let done = false;
    const finished = fake.interactionResponse(upload.id, { timeoutMs: 120_000 }).finally(() => { done = true; });
    const asked: Promise<number>[] = [];
    while (!done) {
      const sent = ask();
      asked.push(fake.interactionResponse(sent.id, { timeoutMs: 120_000 }).then((r) => r.totalMs));
      await new Promise((r) => setTimeout(r, Number(values.interval)));
    }
    const uploadInfo = await finished;
    const latencies = await Promise.all(asked);
    const body = JSON.stringify(uploadInfo.payload ?? {});
    console.log(`run ${run}: upload ${uploadInfo.totalMs} ms (${/added|ditambahkan/i.test(body) ? 'added' : body.slice(0, 80)}); ` +
      `${latencies.length} questions in B meanwhile: p50 ${percentile(latencies, 50)} ms, max ${Math.max(...latencies)} ms`);
  }
} finally {
  await bot.stop();
  await fake.close();
  await cdn.close();
  rmSync(dataDir, { recursive: true, force: true });
}
