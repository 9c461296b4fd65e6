// The bot holds the articles of the servers it is in: on ready exactly Discord's guild list, then
// the servers it joins (GUILD_CREATE) and not those it leaves (GUILD_DELETE); files always stay.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { guildCreateJson, resolveGuild } from '../support/fake-discord.ts';
import { ferryArticle, marketArticle, riceArticle, tempDataDir } from '../storage/fixtures.ts';
import { GUILD_A, GUILD_B, startGuildHarness, type GuildHarness } from './helpers/guild-harness.ts';

/** A server the bot left while it was offline, and one it joins while running. */
const LEFT = '1150000000000000333';
const JOINS = '1150000000000000444';

let h: GuildHarness;
let dataDir: string;
const upload = (guild: string, text: string): void => {
  mkdirSync(join(dataDir, 'guilds', guild), { recursive: true });
  writeFileSync(join(dataDir, 'guilds', guild, 'story.txt'), text);
};
const held = (): string[] => h.engine.articles().map((a) => a.id).filter((id) => id.startsWith('g')).sort();
const until = (check: () => void): Promise<void> => vi.waitFor(check, { timeout: 5000, interval: 20 });

beforeAll(async () => {
  dataDir = tempDataDir({ 'rice.txt': riceArticle() });
  upload(GUILD_A, ferryArticle());
  upload(GUILD_B, marketArticle());
  upload(LEFT, ferryArticle(' Left Behind'));
  upload(JOINS, ferryArticle(' Joined Later'));
  h = await startGuildHarness(dataDir);
});
afterAll(async () => {
  await h.close();
});

describe('GIVEN uploads on disk for servers the bot is in, one it left and one it has not joined yet', () => {
  it('WHEN the bot is ready THEN it holds exactly the servers Discord lists', async () => {
    await until(() => expect(held()).toEqual([`g${GUILD_A}/story`, `g${GUILD_B}/story`]));
    expect(existsSync(join(dataDir, 'guilds', LEFT, 'story.txt'))).toBe(true);
  });

  it('WHEN it joins a server THEN that server\'s articles are loaded', async () => {
    h.fake.dispatch('GUILD_CREATE', guildCreateJson(resolveGuild({ id: JOINS, name: 'Joined' })));
    await until(() => expect(held()).toEqual([`g${GUILD_A}/story`, `g${GUILD_B}/story`, `g${JOINS}/story`].sort()));
  });

  it('WHEN a server is only unavailable (an outage) THEN its articles stay', async () => {
    h.fake.dispatch('GUILD_DELETE', { id: GUILD_B, unavailable: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await h.store.idle();
    expect(held()).toContain(`g${GUILD_B}/story`);
  });

  it('WHEN it is removed from a server THEN that server\'s articles are dropped and its files kept', async () => {
    h.fake.dispatch('GUILD_DELETE', { id: JOINS });
    await until(() => expect(held()).toEqual([`g${GUILD_A}/story`, `g${GUILD_B}/story`]));
    expect(existsSync(join(dataDir, 'guilds', JOINS, 'story.txt'))).toBe(true);
  });
});
