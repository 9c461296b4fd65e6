// What an uploaded article is called, and when an upload is the same article again, through the fake
// Discord with the real engine and store: the id comes from the detected title, not the site clutter a
// paste starts with, and the same article pasted into the form after a file is recognised by its body.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { messages } from '../../src/i18n/messages.ts';
import type { InteractionResponseInfo } from '../support/fake-discord.ts';
import { marketArticle, tempDataDir } from '../storage/fixtures.ts';
import { GUILD_A, startGuildHarness, type GuildHarness } from './helpers/guild-harness.ts';

const en = messages('en');
const id = messages('id');
const KABARNIAGA = readFileSync(new URL('../fixtures/articles/meta/id-kabarniaga-reporter-editor.txt', import.meta.url), 'utf8');
const ONION = 'Harga Bawang Merah di Brebes Turun Jelang Panen';

let h: GuildHarness;
let dataDir: string;
beforeAll(async () => {
  dataDir = tempDataDir();
  h = await startGuildHarness(dataDir);
});
afterAll(async () => h.close());

const embedOf = (res: InteractionResponseInfo): APIEmbed => ((res.payload?.['embeds'] as APIEmbed[] | undefined) ?? [])[0] ?? {};
const files = (): string[] => readdirSync(join(dataDir, 'guilds', GUILD_A)).sort();
const upload = async (name: string, body: string) =>
  h.fake.interactionResponse(h.command({ name: 'article', subcommand: 'add', guildId: GUILD_A, admin: true, file: { name, body } }).id);
const paste = async (title: string, text: string, locale = 'en-US') =>
  h.fake.interactionResponse(h.modal({ customId: 'kutip:article-add', guildId: GUILD_A, admin: true, locale, fields: { title, text } }).id);

describe('GIVEN an admin adding articles', () => {
  it.each([
    ['a menu line', `HOME FINANCE HOT ISSUE\n\n${marketArticle()}`, 'Night Market Returns to the Old Square', /^night-market-returns-to-the-old-square-[0-9a-f]{6}$/],
    ['the site\'s domain and ticker', KABARNIAGA, ONION, /^harga-bawang-merah-di-brebes-turun-[0-9a-f]{6}$/],
  ])('WHEN the file starts with %s THEN the article is named by its detected title', async (_what, body, title, name) => {
    const res = await upload('paste.txt', body);
    expect(embedOf(res).title).toBe(en.upload.added(title));
    const article = h.engine.articles().find((a) => a.meta.title === title);
    const local = (article?.id ?? '').split('/')[1] ?? '';
    expect(local).toMatch(name);
    expect(local).not.toMatch(/home-finance|kabarniaga|hot-issue/);
    expect(embedOf(res).description).toContain(`${en.upload.id}: \`${local}\``);
    expect(files()).toContain(`${local}.txt`);
  });

  it('WHEN the same article is then pasted into the form, its title in the title field THEN it is recognised by its body: already added, nothing new', async () => {
    const before = { files: files(), ids: h.engine.articles().map((a) => a.id) };
    const body = KABARNIAGA.slice(KABARNIAGA.indexOf('Selasa, 19 September'));
    const res = await paste(ONION, body);
    expect(res.ephemeral).toBe(true);
    expect(embedOf(res).title).toBe(en.upload.unchanged(ONION));
    expect(files()).toEqual(before.files);
    expect(h.engine.articles().map((a) => a.id)).toEqual(before.ids);
    // In Indonesian too, and with the whole paste in the text field and no title.
    expect(embedOf(await paste('', KABARNIAGA, 'id')).title).toBe(id.upload.unchanged(ONION));
    expect(files()).toEqual(before.files);
  });

  it('WHEN a re-titled text with the same body is added THEN it is another article', async () => {
    const res = await paste('Night Market Returns, Again', marketArticle().split('\n\n').slice(1).join('\n\n'));
    expect(embedOf(res).title).toBe(en.upload.added('Night Market Returns, Again'));
  });
});
