// `npm start` with a token (tsx src/main.ts) against the fake Discord, as a real process: malformed
// articles are skipped with one log line each, zero articles is explained, and SIGINT/SIGTERM end it
// cleanly — client destroyed (gateway closed with 1000), last log line written, exit 0 — within 5 s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { messages } from '../../src/i18n/messages.ts';
import { APPLICATION_ID, startFakeDiscord, type FakeDiscord } from '../support/fake-discord.ts';
import { articleDir, emptyDir, MALFORMED } from './helpers/articles.ts';
import { killQuietly, logLines, spawnTsx, type Spawned } from './helpers/process.ts';

const TOKEN = 'reliability-shutdown-token.value';
const QUESTION = "Who said Russia supports North Korea's nuclear program?";

interface Running {
  fake: FakeDiscord;
  bot: Spawned;
  cleanup: () => void;
}

async function startBotProcess(dataDir: { dir: string; cleanup: () => void }): Promise<Running> {
  const fake = await startFakeDiscord({ token: TOKEN });
  const bot = spawnTsx('src/main.ts', [], {
    env: {
      DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, DATA_DIR: dataDir.dir, MAX_ARTICLE_BYTES: '64KB',
      // As `SHARDS=` in a .env copied from .env.example: one process (discord.js must not JSON-parse it).
      SHARDS: '',
    },
  });
  return { fake, bot, cleanup: dataDir.cleanup };
}

async function stopAndCheck(run: Running, signal: NodeJS.Signals): Promise<void> {
  const sentAt = run.bot.signal(signal);
  const exit = await run.bot.exited;
  expect(exit.code).toBe(0);
  expect(exit.at - sentAt).toBeLessThan(5000);
  const logs = logLines(run.bot.stderr());
  expect(logs.find((l) => l['msg'] === 'shutting down')).toMatchObject({ signal });
  // The client was destroyed: its last log line was flushed, and it closed the gateway normally (1000).
  expect(logs.at(-1)?.['msg']).toBe('disconnected from Discord');
  await run.fake.waitUntil(() => run.fake.connections.every((c) => c.closedAt !== null), 2000, 'the gateway socket to close');
  expect(run.fake.connections.at(-1)?.closeCode).toBe(1000);
}

describe('GIVEN the bot process running against the fake Discord', () => {
  let withFiles: Running | undefined;
  let noArticles: Running | undefined;

  beforeAll(async () => {
    // Both processes boot at once: half the wall time.
    [withFiles, noArticles] = await Promise.all([startBotProcess(articleDir()), startBotProcess(emptyDir())]);
    await Promise.all([withFiles.bot.waitForOutput(/Kutip is online/, 40_000), noArticles.bot.waitForOutput(/Kutip is online/, 40_000)]);
  }, 45_000);

  afterAll(async () => {
    for (const run of [withFiles, noArticles]) {
      killQuietly(run?.bot);
      await run?.fake.close();
      run?.cleanup();
    }
  });

  it('WHEN some article files are malformed THEN each is skipped with one warning naming it and why, and the good one is served', async () => {
    const run = withFiles as Running;
    const skipped = logLines(run.bot.stderr()).filter((l) => String(l['msg']).startsWith('skipped article'));
    expect(skipped.map((l) => String(l['file']).split('/').pop()).sort()).toEqual(Object.keys(MALFORMED).sort());
    for (const line of skipped) {
      const name = String(line['file']).split('/').pop() ?? '';
      expect(line['level']).toBe(40);
      expect(String(line['reason'])).toMatch(MALFORMED[name]?.reason ?? /never/);
      expect(String(line['msg'])).toContain(name);
    }
    const res = await run.fake.interactionResponse(run.fake.sendCommand({ name: 'ask', options: { question: QUESTION } }).id, { timeoutMs: 8000 });
    expect((res.payload?.['embeds'] as APIEmbed[] | undefined)?.[0]?.description).toContain('**Mark Rutte**');
  });

  it('WHEN no article can be loaded THEN the log says what to do, the bot stays up and tells users', async () => {
    const run = noArticles as Running;
    const logs = logLines(run.bot.stderr());
    const line = logs.find((l) => String(l['msg']).startsWith('no articles could be loaded'));
    expect(line?.['level']).toBe(50);
    expect(line?.['msg']).toMatch(/put \.txt or \.md article files there, or set DATA_DIR in \.env to their folder; .* server admins can add one with \/article add$/);
    const res = await run.fake.interactionResponse(run.fake.sendCommand({ name: 'ask', options: { question: QUESTION } }).id, { timeoutMs: 8000 });
    expect(res.ackMs).toBeLessThan(3000);
    expect(res.content).toBe(messages('en').errors.noArticlesYet);
    expect(res.ephemeral).toBe(true);
  });

  it('WHEN it gets SIGTERM THEN it disconnects, flushes its log and exits 0 within 5 s', async () => {
    await stopAndCheck(withFiles as Running, 'SIGTERM');
  });

  it('WHEN it gets SIGINT (Ctrl-C) THEN it disconnects, flushes its log and exits 0 within 5 s', async () => {
    await stopAndCheck(noArticles as Running, 'SIGINT');
  });
});
