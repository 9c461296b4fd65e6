// A store holds only the servers it serves: a shard's own, then those Discord lists, joins and leaves.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCorpus } from '../../src/engine/index.ts';
import { GuildArticleStore } from '../../src/storage/guild-store.ts';
import { watchDataDir, type DataDirWatcher } from '../../src/storage/watcher.ts';
import { collectingLogger, ferryArticle, GUILD_A, GUILD_B, marketArticle, riceArticle, tempDataDir } from './fixtures.ts';

const GUILD_C = '1150000000000000999';

/** DATA_DIR with a bundled article and one uploaded article in each of A, B and C. */
function dataDir(): string {
  const dir = tempDataDir({ 'rice.txt': riceArticle() });
  for (const [guild, text] of [[GUILD_A, ferryArticle()], [GUILD_B, marketArticle()], [GUILD_C, ferryArticle(' in C')]] as const) {
    mkdirSync(join(dir, 'guilds', guild), { recursive: true });
    writeFileSync(join(dir, 'guilds', guild, 'story.txt'), text);
  }
  return dir;
}

function store(dir: string, serves?: (guildId: string) => boolean) {
  const { logger, lines } = collectingLogger();
  const { engine } = openCorpus(dir);
  const s = new GuildArticleStore({ dataDir: dir, engine, logger, maxBytes: 5 * 1024 * 1024, ...(serves ? { serves } : {}) });
  return { engine, store: s, lines };
}

const ids = (engine: ReturnType<typeof store>['engine']): string[] => engine.articles().map((a) => a.id).sort();

let watcher: DataDirWatcher | undefined;
afterEach(() => watcher?.close());

describe('GIVEN a store for the servers of one shard', () => {
  it('WHEN it loads THEN it holds the bundled articles and only its servers\' uploads', async () => {
    const dir = dataDir();
    const { engine, store: s } = store(dir, (g) => g === GUILD_A);
    const loaded = await s.load();
    expect(loaded.articles).toBe(1);
    expect(ids(engine)).toEqual(['rice', `g${GUILD_A}/story`].sort());
  });

  it('WHEN Discord lists its guilds THEN folders of servers it is not in are dropped and missing ones read', async () => {
    const dir = dataDir();
    const { engine, store: s } = store(dir, (g) => g === GUILD_A || g === GUILD_B);
    await s.load();
    expect(await s.retainGuilds([GUILD_B, GUILD_C])).toEqual({ dropped: 1, added: 1 });
    expect(ids(engine)).toEqual(['rice', `g${GUILD_B}/story`, `g${GUILD_C}/story`].sort());
    expect(existsSync(join(dir, 'guilds', GUILD_A, 'story.txt'))).toBe(true);
  });

  it('WHEN the bot joins a server and leaves another THEN the joined one is read and the left one dropped, its files kept', async () => {
    const dir = dataDir();
    const { engine, store: s } = store(dir, (g) => g === GUILD_A);
    await s.load();
    const joined = await s.serveGuild(GUILD_B);
    expect(joined.map((c) => c.kind)).toEqual(['added']);
    expect(await s.dropGuild(GUILD_A)).toBe(1);
    expect(ids(engine)).toEqual(['rice', `g${GUILD_B}/story`].sort());
    expect(s.serves(GUILD_A)).toBe(false);
    expect(existsSync(join(dir, 'guilds', GUILD_A, 'story.txt'))).toBe(true);
  });

  it('WHEN an upload comes for a server THEN it is stored under guilds/<id>/ as before, and that server is served from then on', async () => {
    const dir = dataDir();
    const { engine, store: s } = store(dir, () => false);
    await s.load();
    const added = await s.add(GUILD_B, ferryArticle(' Upload'));
    expect(added.ok).toBe(true);
    expect(s.serves(GUILD_B)).toBe(true);
    expect(ids(engine)).toEqual(['rice', added.ok ? added.article.id : ''].sort());
    expect(existsSync(join(dir, 'guilds', GUILD_B))).toBe(true);
  });

  it('WHEN files change in another shard\'s server folder THEN the watcher leaves them alone; in a joined server it follows them', async () => {
    const dir = dataDir();
    const { engine, store: s } = store(dir, (g) => g === GUILD_A);
    await s.load();
    watcher = watchDataDir(s, collectingLogger().logger, { debounceMs: 30 });
    writeFileSync(join(dir, 'guilds', GUILD_B, 'another.txt'), ferryArticle(' Elsewhere'));
    writeFileSync(join(dir, 'guilds', GUILD_A, 'mine.txt'), marketArticle());
    await vi.waitFor(() => expect(engine.article(`g${GUILD_A}/mine`)).toBeDefined(), { timeout: 5000, interval: 20 });
    await watcher.settled();
    expect(engine.article(`g${GUILD_B}/another`)).toBeUndefined();
    await s.serveGuild(GUILD_B);
    expect(engine.article(`g${GUILD_B}/another`)).toBeDefined();
    writeFileSync(join(dir, 'guilds', GUILD_B, 'later.txt'), riceArticle());
    await vi.waitFor(() => expect(engine.article(`g${GUILD_B}/later`)).toBeDefined(), { timeout: 5000, interval: 20 });
  });
});
