// Malformed article files are skipped, each with one clear stderr line naming the file and the reason;
// every other article keeps being served; zero valid articles is explained, not a crash.
// (The bot's side of the same — one warning log line per file — is in shutdown.test.ts.)
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCorpus } from '../../src/engine/index.ts';
import { messages } from '../../src/i18n/messages.ts';
import { articleDir, emptyDir, GOOD_ARTICLE, MALFORMED } from './helpers/articles.ts';
import { spawnTsx } from './helpers/process.ts';

const QUESTION = "Who said Russia supports North Korea's nuclear program?";
const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const c of cleanups) c();
});

describe('GIVEN a data folder with one good article and malformed files of every kind', () => {
  it('WHEN `npm run ask -- --json` starts THEN stderr has one line per bad file naming it and why, and the good article answers', async () => {
    const { dir, cleanup } = articleDir();
    cleanups.push(cleanup);
    const ask = spawnTsx('src/cli/ask.ts', ['--json', '--data', dir, QUESTION], { env: { MAX_ARTICLE_BYTES: '64KB' } });
    const exit = await ask.exited;
    expect(exit.code, ask.stderr()).toBe(0);
    const lines = ask.stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(Object.keys(MALFORMED).length);
    for (const [name, { reason }] of Object.entries(MALFORMED)) {
      const line = lines.find((l) => l.includes(join(dir, name)));
      expect(line, `a line for ${name}`).toBeDefined();
      expect(line).toMatch(/^Skipped /);
      expect(line).toMatch(reason);
    }
    // notes.csv is not an article file: silently ignored. good.txt is served.
    expect(ask.stderr()).not.toContain('notes.csv');
    const answer = JSON.parse(ask.stdout()) as { found: boolean; answer: string; citations: Array<{ article: string }> };
    expect(answer).toMatchObject({ found: true, answer: 'Mark Rutte' });
    expect(answer.citations[0]?.article).toBe('good');
  }, 60_000);

  it('WHEN no article can be loaded THEN the CLI explains what to do on stderr and exits 1 without a stack trace', async () => {
    const { dir, cleanup } = emptyDir();
    cleanups.push(cleanup);
    writeFileSync(join(dir, 'empty.txt'), '');
    const ask = spawnTsx('src/cli/ask.ts', ['--json', '--data', dir, QUESTION]);
    const exit = await ask.exited;
    expect(exit.code).toBe(1);
    expect(ask.stdout()).toBe('');
    expect(ask.stderr()).toContain(messages('en').console.noArticles(dir));
    expect(ask.stderr()).not.toMatch(/^\s+at /m);
  }, 60_000);
});

describe('GIVEN DATA_DIR names a folder that does not exist', () => {
  it('WHEN the console and the bot start THEN both say what to fix and exit non-zero, without a stack trace', async () => {
    const missing = join(tmpdir(), `kutip-missing-${process.pid}-${Date.now()}`);
    const console = spawnTsx('src/main.ts', [], { env: { DATA_DIR: missing } });
    // The bot stops before it logs in: no Discord is needed to see it.
    const bot = spawnTsx('src/main.ts', [], { env: { DATA_DIR: missing, DISCORD_TOKEN: 'missing-dir-token.value', DISCORD_CLIENT_ID: '1150000000000000001', DISCORD_API_URL: 'http://127.0.0.1:9/api' } });
    const [consoleExit, botExit] = await Promise.all([console.exited, bot.exited]);
    expect(consoleExit.code).toBe(1);
    expect(console.stderr()).toContain(messages('en').console.noArticles(missing));
    expect(botExit.code).toBe(1);
    const line = bot.stderr().trim().split('\n').map((l) => JSON.parse(l) as { level: number; msg: string }).find((l) => l.level === 50);
    expect(line?.msg).toBe(`DATA_DIR ${missing} does not exist: create it and put .txt or .md article files in it, or set DATA_DIR in .env to the folder that has them`);
    for (const out of [console.stderr(), bot.stderr()]) expect(out).not.toMatch(/^\s+at /m);
    expect(bot.stderr()).not.toContain('missing-dir-token.value');
  }, 60_000);
});

describe('GIVEN the default size cap (5 MB)', () => {
  it('WHEN a file is one byte over it THEN it is skipped by its size, without being read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kutip-cap-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'good.txt'), GOOD_ARTICLE);
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 5 * 1024 * 1024 + 1);
    const { engine, problems } = openCorpus(dir);
    expect(problems).toEqual([{ file: join(dir, 'huge.txt'), reason: expect.stringMatching(/over the 5\.0 MB limit/) }]);
    expect(engine.articles().map((a) => a.id)).toEqual(['good']);
  });
});

describe('GIVEN a file that is one giant line (200,000 characters, no line break)', () => {
  // No news paragraph is 20,000 characters long: such a line is a dump, skipped with the reason.
  it('WHEN the folder is loaded THEN it is skipped with a reason naming the line, quickly, and the good article is served', () => {
    const { dir, cleanup } = emptyDir();
    cleanups.push(cleanup);
    writeFileSync(join(dir, 'good.txt'), GOOD_ARTICLE);
    writeFileSync(join(dir, 'giant-line.txt'), Buffer.from(Array.from({ length: 150_000 }, (_, i) => (i * 7919) % 256)).toString('base64'));
    const start = performance.now();
    const { engine, problems } = openCorpus(dir);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(problems).toEqual([{ file: join(dir, 'giant-line.txt'), reason: expect.stringMatching(/line/) }]);
    expect(engine.articles().map((a) => a.id)).toEqual(['good']);
  });
});
