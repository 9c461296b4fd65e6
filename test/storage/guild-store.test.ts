import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCorpus } from '../../src/engine/index.ts';
import { GuildArticleStore } from '../../src/storage/guild-store.ts';
import { collectingLogger, ferryArticle, GUILD_A, GUILD_B, marketArticle, riceArticle, tempDataDir } from './fixtures.ts';

const BUNDLED = riceArticle();

async function open(dir: string) {
  const { logger, lines } = collectingLogger();
  const { engine } = openCorpus(dir);
  const store = new GuildArticleStore({ dataDir: dir, engine, logger, maxBytes: 5 * 1024 * 1024 });
  const loaded = await store.load();
  return { engine, store, lines, loaded };
}

describe('GuildArticleStore', () => {
  it('GIVEN an upload WHEN added THEN it is answerable at once, namespaced by the guild and stored under guilds/<guild>/', async () => {
    const dir = tempDataDir({ 'rice.txt': BUNDLED });
    const { engine, store } = await open(dir);
    const result = await store.add(GUILD_A, ferryArticle());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.status).toBe('added');
    expect(result.article.id).toMatch(new RegExp(`^g${GUILD_A}/harbour-city-opens-new-ferry-line-[0-9a-f]{6}$`));
    expect(engine.ask('Who said the line cuts the trip?', { articles: [result.article.id] }).answer).toBe('Budi Santoso');
    const files = readdirSync(join(dir, 'guilds', GUILD_A));
    expect(files).toEqual([`${result.article.id.split('/')[1]}.txt`]);
    expect(readFileSync(join(dir, 'guilds', GUILD_A, files[0] ?? ''), 'utf8')).toBe(ferryArticle());
  });

  it('GIVEN the same text twice WHEN added THEN the second is "unchanged" and nothing is duplicated', async () => {
    const { engine, store } = await open(tempDataDir());
    await store.add(GUILD_A, ferryArticle());
    const again = await store.add(GUILD_A, ferryArticle());
    expect(again).toMatchObject({ ok: true, status: 'unchanged' });
    expect(engine.articles()).toHaveLength(1);
  });

  it('GIVEN a text without article paragraphs WHEN added THEN it is refused and nothing changes, in memory or on disk', async () => {
    const dir = tempDataDir();
    const { engine, store } = await open(dir);
    const result = await store.add(GUILD_A, 'Just a heading\n\nAnother short line\n');
    expect(result).toMatchObject({ ok: false, problem: 'no-paragraphs' });
    expect(engine.articles()).toEqual([]);
    expect(readdirSync(join(dir, 'guilds'))).toEqual([]);
  });

  it('GIVEN stored articles WHEN a new store loads the same folder THEN they come back with the same ids (a restart)', async () => {
    const dir = tempDataDir({ 'rice.txt': BUNDLED });
    const first = await open(dir);
    const a = await first.store.add(GUILD_A, ferryArticle());
    const b = await first.store.add(GUILD_B, marketArticle());
    const second = await open(dir);
    expect(second.loaded.articles).toBe(2);
    expect(second.engine.articles().map((x) => x.id).sort()).toEqual(['rice', a.ok ? a.article.id : '', b.ok ? b.article.id : ''].sort());
  });

  it('GIVEN an article WHEN removed THEN its file and its index entries are gone; another guild cannot remove it', async () => {
    const dir = tempDataDir();
    const { engine, store } = await open(dir);
    const added = await store.add(GUILD_A, ferryArticle());
    if (!added.ok) throw new Error('not added');
    const name = added.article.id.split('/')[1] ?? '';
    expect(await store.remove(GUILD_B, name)).toMatchObject({ ok: false, problem: 'not-found' });
    expect(engine.article(added.article.id)).toBeDefined();
    expect(await store.remove(GUILD_A, name)).toMatchObject({ ok: true });
    expect(engine.article(added.article.id)).toBeUndefined();
    expect(readdirSync(join(dir, 'guilds', GUILD_A))).toEqual([]);
    expect(engine.ask('Who said the line cuts the trip?').found).toBe(false);
  });

  it.each(['../../etc', '123', 'g1150000000000000100', ''])('GIVEN the guild id %j WHEN used THEN it is rejected before touching the disk', async (guildId) => {
    const dir = tempDataDir();
    const { store } = await open(dir);
    await expect(store.add(guildId, ferryArticle())).rejects.toThrow(/not a Discord server id/);
    expect(readdirSync(join(dir, 'guilds'))).toEqual([]);
  });

  it('GIVEN files that are not articles in a guild folder WHEN loaded THEN each is skipped with a log line, the rest load', async () => {
    const dir = tempDataDir();
    const guildDir = join(dir, 'guilds', GUILD_A);
    mkdirSync(guildDir, { recursive: true });
    writeFileSync(join(guildDir, 'good.txt'), ferryArticle());
    writeFileSync(join(guildDir, 'empty.txt'), '');
    writeFileSync(join(guildDir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFileSync(join(guildDir, 'photo.png'), 'not an article');
    mkdirSync(join(dir, 'guilds', 'not-a-guild'));
    writeFileSync(join(dir, 'guilds', 'not-a-guild', 'x.txt'), ferryArticle());
    const { engine, loaded, lines } = await open(dir);
    expect(engine.articles().map((a) => a.id)).toEqual([`g${GUILD_A}/good`]);
    expect(loaded.problems.map((p) => p.file.split('/').pop()).sort()).toEqual(['binary.txt', 'empty.txt']);
    expect(lines.filter((l) => l.level === 40).map((l) => l.msg)).toEqual([
      expect.stringMatching(/binary\.txt: the file is binary/),
      expect.stringMatching(/empty\.txt: the file is empty/),
    ]);
  });

  it('GIVEN a path WHEN classified THEN only article files in DATA_DIR or a guild folder have ids', async () => {
    const dir = tempDataDir();
    const { store } = await open(dir);
    expect(store.idOf(join(dir, 'rice.txt'))).toBe('rice');
    expect(store.idOf(join(dir, 'guilds', GUILD_A, 'x.md'))).toBe(`g${GUILD_A}/x`);
    expect(store.idOf(join(dir, 'guilds', 'abc', 'x.md'))).toBeNull();
    expect(store.idOf(join(dir, 'guilds', GUILD_A, 'deeper', 'x.md'))).toBeNull();
    expect(store.idOf(join(dir, '..', 'x.txt'))).toBeNull();
    expect(store.idOf(join(dir, 'guilds', GUILD_A, '.x.txt.abc.tmp'))).toBeNull();
  });

  it('GIVEN a write that fails WHEN added THEN the article is not served and the refusal says storage', async () => {
    const dir = tempDataDir();
    const { engine, store } = await open(dir);
    // A file where the guild folder should be: mkdir and the write fail.
    writeFileSync(join(dir, 'guilds', GUILD_A), 'in the way');
    const result = await store.add(GUILD_A, ferryArticle());
    expect(result).toMatchObject({ ok: false, problem: 'storage' });
    expect(engine.articles()).toEqual([]);
    expect(existsSync(join(dir, 'guilds', GUILD_A))).toBe(true);
  });
});
