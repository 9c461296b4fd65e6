import { mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCorpus } from '../../src/engine/index.ts';
import { GuildArticleStore } from '../../src/storage/guild-store.ts';
import { watchDataDir, type DataDirWatcher } from '../../src/storage/watcher.ts';
import { collectingLogger, ferryArticle, GUILD_A, marketArticle, tempDataDir } from './fixtures.ts';

let watcher: DataDirWatcher | undefined;
afterEach(() => watcher?.close());

async function start(dir: string) {
  const { logger, lines } = collectingLogger();
  const { engine } = openCorpus(dir);
  const store = new GuildArticleStore({ dataDir: dir, engine, logger, maxBytes: 5 * 1024 * 1024 });
  await store.load();
  watcher = watchDataDir(store, logger, { debounceMs: 40 });
  const messages = (): string[] => lines.map((l) => l.msg ?? '').filter((m) => /^(article|skipped)/.test(m));
  return { engine, store, messages };
}

const until = (check: () => void): Promise<void> => vi.waitFor(check, { timeout: 5000, interval: 20 });

describe('watchDataDir', () => {
  it('GIVEN a running watcher WHEN a bundled file is created, changed and deleted THEN the engine follows, one log line per change', async () => {
    const dir = tempDataDir();
    const { engine, messages } = await start(dir);
    writeFileSync(join(dir, 'ferry.txt'), ferryArticle());
    await until(() => expect(engine.article('ferry')?.meta.title).toBe('Harbour City Opens New Ferry Line'));
    writeFileSync(join(dir, 'ferry.txt'), ferryArticle(' Again'));
    await until(() => expect(engine.article('ferry')?.meta.title).toBe('Harbour City Opens New Ferry Line Again'));
    unlinkSync(join(dir, 'ferry.txt'));
    await until(() => expect(engine.article('ferry')).toBeUndefined());
    expect(messages()).toEqual([
      `article ferry added from ${join(dir, 'ferry.txt')}`,
      `article ferry updated from ${join(dir, 'ferry.txt')}`,
      `article ferry removed: ${join(dir, 'ferry.txt')} was deleted`,
    ]);
  });

  it('GIVEN a guild folder that does not exist yet WHEN a file is put there THEN it is served under the guild\'s id', async () => {
    const dir = tempDataDir();
    const { engine, messages } = await start(dir);
    mkdirSync(join(dir, 'guilds', GUILD_A));
    writeFileSync(join(dir, 'guilds', GUILD_A, 'market.md'), marketArticle());
    await until(() => expect(engine.article(`g${GUILD_A}/market`)).toBeDefined());
    expect(messages()).toEqual([`article g${GUILD_A}/market added from ${join(dir, 'guilds', GUILD_A, 'market.md')}`]);
    rmSync(join(dir, 'guilds', GUILD_A), { recursive: true });
    await until(() => expect(engine.article(`g${GUILD_A}/market`)).toBeUndefined());
  });

  it('GIVEN an upload through the store WHEN its file appears THEN the watcher sees its own write and logs nothing more', async () => {
    const dir = tempDataDir();
    const { engine, store, messages } = await start(dir);
    const added = await store.add(GUILD_A, ferryArticle());
    writeFileSync(join(dir, 'probe.txt'), marketArticle());
    await until(() => expect(engine.article('probe')).toBeDefined());
    await watcher?.settled();
    expect(added.ok).toBe(true);
    // One line from the upload itself, none from the watcher's echo of it.
    expect(messages()).toEqual([
      `article ${added.ok ? added.article.id : ''} added from Discord`,
      `article probe added from ${join(dir, 'probe.txt')}`,
    ]);
    expect(engine.articles()).toHaveLength(2);
  });

  it('GIVEN a bad file WHEN it appears THEN it is skipped with a warning once; fixed later THEN it is served', async () => {
    const dir = tempDataDir();
    const { engine, messages } = await start(dir);
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    await until(() => expect(messages()).toEqual([expect.stringMatching(/^skipped article .*bad\.txt: the file is binary/)]));
    writeFileSync(join(dir, 'bad.txt'), ferryArticle());
    await until(() => expect(engine.article('bad')).toBeDefined());
    expect(messages()).toHaveLength(2);
  });

  it('GIVEN a burst of writes to one file WHEN they settle THEN it is applied once', async () => {
    const dir = tempDataDir();
    const { engine, messages } = await start(dir);
    const text = ferryArticle();
    const file = join(dir, 'burst.txt');
    writeFileSync(file, text.slice(0, 50));
    writeFileSync(file, text.slice(0, 200));
    writeFileSync(file, text);
    await until(() => expect(engine.article('burst')?.paragraphs).toHaveLength(4));
    await watcher?.settled();
    expect(messages()).toEqual([`article burst added from ${file}`]);
  });

  it('GIVEN a closed watcher WHEN files change THEN nothing happens', async () => {
    const dir = tempDataDir();
    const { engine } = await start(dir);
    watcher?.close();
    writeFileSync(join(dir, 'late.txt'), ferryArticle());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(engine.article('late')).toBeUndefined();
  });
});
