// Per-server articles through the fake Discord, with the real engine and store over a temp DATA_DIR:
// /article add (file and modal) and remove, /articles, /timeline, and /ask + /quotes scoped per server.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermissionFlagsBits, type APIEmbed } from 'discord.js';
import { loadCommands } from '../../src/bot/command.ts';
import { messages } from '../../src/i18n/messages.ts';
import type { InteractionResponseInfo } from '../support/fake-discord.ts';
import { ferryArticle, marketArticle, riceArticle, tempDataDir } from '../storage/fixtures.ts';
import { GUILD_A, GUILD_B, startGuildHarness, type GuildHarness, type TestFile } from './helpers/guild-harness.ts';
import { expectNoRawMentions, expectWithinLimits } from './helpers/limits.ts';

const en = messages('en');
const FERRY_TITLE = 'Harbour City Opens New Ferry Line';
const WHO = 'Who said the line cuts the trip to forty minutes?';

let h: GuildHarness;
let dataDir: string;
let ferryId = '';

beforeAll(async () => {
  dataDir = tempDataDir({ 'rice.txt': riceArticle() });
  h = await startGuildHarness(dataDir);
});
afterAll(async () => {
  await h.close();
});

const embedOf = (res: InteractionResponseInfo): APIEmbed => ((res.payload?.['embeds'] as APIEmbed[] | undefined) ?? [])[0] ?? {};
const textOf = (res: InteractionResponseInfo): string => {
  const e = embedOf(res);
  return [res.content ?? '', e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].join('\n');
};
const choicesOf = (res: InteractionResponseInfo): { name: string; value: string }[] =>
  (res.payload?.['choices'] as { name: string; value: string }[] | undefined) ?? [];

async function run(input: Parameters<GuildHarness['command']>[0]): Promise<InteractionResponseInfo> {
  const res = await h.fake.interactionResponse(h.command(input).id);
  // Messages only: a modal (9) has its own component layout.
  if (res.payload !== undefined && res.callbackType !== 9) expectWithinLimits(res.payload);
  return res;
}
const upload = (file: TestFile, guildId = GUILD_A, admin = true) => run({ name: 'article', subcommand: 'add', guildId, admin, file });
const ask = (question: string, guildId: string, article?: string) =>
  run({ name: 'ask', guildId, options: article === undefined ? { question } : { question, article } });
const guildFiles = (guildId: string): string[] => (existsSync(join(dataDir, 'guilds', guildId)) ? readdirSync(join(dataDir, 'guilds', guildId)).sort() : []);

describe('GIVEN the /article command WHEN registered', () => {
  it('THEN it is server-only, needs Manage Server by default, and has add (optional file) and remove (autocompleted id)', async () => {
    const json = (await loadCommands()).find((c) => c.data.name === 'article')?.data.toJSON();
    expect(json).toMatchObject({ default_member_permissions: String(PermissionFlagsBits.ManageGuild), contexts: [0] });
    expect(json?.options).toEqual([
      expect.objectContaining({ name: 'add', options: [expect.objectContaining({ name: 'file', type: 11, required: false })] }),
      expect.objectContaining({ name: 'remove', options: [expect.objectContaining({ name: 'id', required: true, autocomplete: true })] }),
    ]);
  });
});

describe('GIVEN two servers sharing one Kutip', () => {
  it('WHEN a member without Manage Server runs /article add THEN they are refused and nothing is downloaded', async () => {
    const res = await upload({ name: 'ferry.txt', body: ferryArticle() }, GUILD_A, false);
    expect(res.content).toBe(en.upload.notAdmin);
    expect(res.ephemeral).toBe(true);
    expect(h.cdn.requests).toEqual([]);
    expect(guildFiles(GUILD_A)).toEqual([]);
  });

  it('WHEN an admin of A uploads a .txt article THEN the reply says what was understood, and A can ask about it within a second', async () => {
    const res = await upload({ name: 'ferry.txt', body: ferryArticle() });
    expect(res.ephemeral).toBe(true);
    expect(res.deferred).toBe(true);
    const text = textOf(res);
    expect(embedOf(res).title).toBe(en.upload.added(FERRY_TITLE));
    for (const part of [`${en.source.published}: 3 March 2025 09:15`, `${en.source.author}: Dewi Lestari`, `${en.source.paragraphs}: 4`, `${en.upload.speakers}: Budi Santoso`]) {
      expect(text).toContain(part);
    }
    ferryId = h.engine.articles().find((a) => a.meta.title === FERRY_TITLE)?.id ?? '';
    expect(ferryId).toMatch(new RegExp(`^g${GUILD_A}/harbour-city-opens-new-ferry-line-[0-9a-f]{6}$`));
    expect(guildFiles(GUILD_A)).toEqual([`${ferryId.split('/')[1]}.txt`]);

    const answer = await ask(WHO, GUILD_A);
    expect(answer.completedAt - res.completedAt).toBeLessThan(1000);
    expect(embedOf(answer).description).toContain(`${en.labels.answer}: **Budi Santoso**`);
    // Several articles are in scope (the bundled one too): the source line names the cited one.
    expect(embedOf(answer).footer?.text).toContain(` · ${FERRY_TITLE} · `);
  });

  it('WHEN B asks, lists, looks up quotes, autocompletes or asks for the timeline THEN A\'s article does not exist there', async () => {
    const answer = await ask(WHO, GUILD_B);
    expect(textOf(answer)).not.toContain(FERRY_TITLE);
    expect(textOf(answer)).not.toContain('Budi Santoso');
    expect((await ask(WHO, GUILD_B, ferryId)).content).toBe(en.timeline.noMatch(ferryId));

    const list = textOf(await run({ name: 'articles', guildId: GUILD_B }));
    expect(list).toContain('Rice Prices Rise in the Capital');
    expect(list).not.toContain(FERRY_TITLE);
    expect(textOf(await run({ name: 'source', guildId: GUILD_B }))).not.toContain(FERRY_TITLE);

    const quotes = await run({ name: 'quotes', guildId: GUILD_B, options: { speaker: 'Budi Santoso' } });
    expect(quotes.content).toBe(en.quotes.noneForSuggest('Budi Santoso', []));
    expect(quotes.ephemeral).toBe(true);
    expect(choicesOf(await run({ name: 'quotes', guildId: GUILD_B, options: { speaker: 'Bu' }, focused: 'speaker' }))).toEqual([]);
    expect(choicesOf(await run({ name: 'ask', guildId: GUILD_B, options: { question: 'x', article: '' }, focused: 'article' })).map((c) => c.value)).toEqual(['rice']);
    expect(choicesOf(await run({ name: 'timeline', guildId: GUILD_B, options: { article: 'harbour' }, focused: 'article' }))).toEqual([]);
    expect((await run({ name: 'timeline', guildId: GUILD_B, options: { article: ferryId } })).content).toBe(en.timeline.noMatch(ferryId));
    expect((await run({ name: 'timeline', guildId: GUILD_B, options: { article: 'ferry line' } })).content).toBe(en.timeline.noMatch('ferry line'));
    expect(choicesOf(await run({ name: 'article', subcommand: 'remove', guildId: GUILD_B, admin: true, options: { id: '' }, focused: 'id' }))).toEqual([]);

    const removed = await run({ name: 'article', subcommand: 'remove', guildId: GUILD_B, admin: true, options: { id: ferryId } });
    expect(removed.content).toBe(en.upload.notFound);
    expect(h.engine.article(ferryId)).toBeDefined();
    expect(guildFiles(GUILD_A)).toHaveLength(1);
  });

  it('WHEN A lists, autocompletes, looks up quotes and the timeline THEN its own article is there with ¶ numbers', async () => {
    const list = textOf(await run({ name: 'articles', guildId: GUILD_A }));
    expect(list).toContain(`**${FERRY_TITLE}**`);
    expect(list).toContain(en.library.addedHere);
    expect(list).toContain(en.library.builtIn);
    expect(list).toContain(`\`${ferryId.split('/')[1] ?? ''}\``);

    const picks = choicesOf(await run({ name: 'ask', guildId: GUILD_A, options: { question: 'x', article: 'ferry' }, focused: 'article' }));
    expect(picks).toEqual([{ name: FERRY_TITLE, value: ferryId }]);
    expect(textOf(await ask(WHO, GUILD_A, ferryId))).toContain('**Budi Santoso**');
    expect(choicesOf(await run({ name: 'quotes', guildId: GUILD_A, options: { speaker: 'bud' }, focused: 'speaker' }))).toEqual([{ name: 'Budi Santoso', value: 'Budi Santoso' }]);

    const quotes = textOf(await run({ name: 'quotes', guildId: GUILD_A, options: { speaker: 'Budi Santoso' } }));
    // One heading for the speaker, then each quote with its ¶.
    expect(quotes).toContain('**Budi Santoso**\n¶2 “This line cuts the trip');
    expect(quotes).toContain(`\n¶4 (${en.quotes.reported}) `);
    expect(quotes.match(/Budi Santoso/g)?.length).toBe(2);

    const timeline = textOf(await run({ name: 'timeline', guildId: GUILD_A, options: { article: ferryId } }));
    expect(timeline).toContain(en.timeline.title(FERRY_TITLE));
    const first = timeline.indexOf('**Monday 3 March 2025** (2025-03-03) · ¶1');
    const second = timeline.indexOf('**1 June 2025** (2025-06-01) · ¶4');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
  });

  it('WHEN /timeline is used without an article or with part of a title THEN it finds the article, or says what to type', async () => {
    // B sees one article: the option may be left out.
    const onlyOne = await run({ name: 'timeline', guildId: GUILD_B });
    expect(embedOf(onlyOne).title).toBe(en.timeline.title('Rice Prices Rise in the Capital'));
    expect(onlyOne.ephemeral).toBe(false);
    // A sees two: it is asked to pick, privately.
    const two = await run({ name: 'timeline', guildId: GUILD_A });
    expect(two.content).toBe(en.timeline.pick(2));
    expect(two.ephemeral).toBe(true);
    const id = messages('id');
    expect((await run({ name: 'timeline', guildId: GUILD_A, locale: 'id' })).content).toBe(id.timeline.pick(2));
    // Typed, not picked: matched as autocomplete matches (case, order and accents aside).
    for (const typed of ['new ferry line', 'FERRY harbour', ferryId.split('/')[1] ?? '', FERRY_TITLE]) {
      expect(embedOf(await run({ name: 'timeline', guildId: GUILD_A, options: { article: typed } })).title, typed).toBe(en.timeline.title(FERRY_TITLE));
    }
    const none = await run({ name: 'timeline', guildId: GUILD_A, options: { article: 'volcano' } });
    expect(none.content).toBe(en.timeline.noMatch('volcano'));
    expect(none.ephemeral).toBe(true);
    expect((await run({ name: 'timeline', guildId: GUILD_A, locale: 'id', options: { article: 'gunung' } })).content).toBe(id.timeline.noMatch('gunung'));
  });

  describe('WHEN an upload is malformed THEN it is refused with a clear reason and nothing changes', () => {
    const cases: [string, TestFile, string, boolean][] = [
      ['a PNG image', { name: 'photo.png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), contentType: 'image/png' }, en.upload.notText('photo.png'), false],
      ['a binary .txt', { name: 'data.txt', body: Buffer.from([0x41, 0x42, 0x00, 0x01, 0x02, 0x43, 0x44]) }, en.upload.binary, true],
      ['a 2 MB file', { name: 'big.txt', body: 'a '.repeat(1024 * 1024) }, en.upload.tooLarge('2.0 MB', '1.0 MB'), false],
      ['a 2 MB file whose metadata claims 1 KB', { name: 'liar.txt', body: 'a '.repeat(1024 * 1024), declaredSize: 1024, chunked: true }, en.upload.tooLarge(null, '1.0 MB'), true],
      ['an empty file', { name: 'empty.txt', body: '' }, en.upload.empty, true],
      ['Latin-1 text', { name: 'latin1.txt', body: Buffer.from('Caf\xe9 au lait, cr\xe8me br\xfbl\xe9e and more words here', 'latin1') }, en.upload.notUtf8, true],
      ['headings only', { name: 'short.md', body: '# Title\n\nOne line\n\nAnother line\n' }, en.upload.noParagraphs, true],
      ['a URL outside the CDN', { name: 'elsewhere.txt', body: ferryArticle(), url: 'http://127.0.0.1:9/attachments/1/2/elsewhere.txt' }, en.upload.notFromCdn, false],
    ];
    it.each(cases)('%s', async (_what, file, reason, downloaded) => {
      const before = { files: guildFiles(GUILD_A), ids: h.engine.articles().map((a) => a.id), requests: h.cdn.requests.length };
      const res = await upload(file);
      expect(res.content).toBe(reason);
      expect(res.ephemeral).toBe(true);
      expect(h.cdn.requests.length - before.requests).toBe(downloaded ? 1 : 0);
      expect(guildFiles(GUILD_A)).toEqual(before.files);
      expect(h.engine.articles().map((a) => a.id)).toEqual(before.ids);
    });
  });

  it('WHEN an admin runs /article add without a file THEN a modal opens, and the pasted text is added', async () => {
    const opened = await run({ name: 'article', subcommand: 'add', guildId: GUILD_A, admin: true });
    expect(opened.callbackType).toBe(9);
    expect(opened.payload?.['custom_id']).toBe('kutip:article-add');

    const refused = await h.fake.interactionResponse(h.modal({ customId: 'kutip:article-add', guildId: GUILD_A, fields: { title: '', text: marketArticle() } }).id);
    expect(refused.content).toBe(en.upload.notAdmin);

    const [title = '', ...body] = marketArticle().split('\n\n');
    const res = await h.fake.interactionResponse(h.modal({ customId: 'kutip:article-add', guildId: GUILD_A, admin: true, fields: { title, text: body.join('\n\n') } }).id);
    expect(embedOf(res).title).toBe(en.upload.added('Night Market Returns to the Old Square'));
    expect(textOf(res)).toContain(`${en.upload.speakers}: Siti Rahma`);
    expect(res.ephemeral).toBe(true);
    expect(textOf(await ask('Who sold noodles at the market?', GUILD_A))).toContain('Siti Rahma');
  });

  it('WHEN an article title carries markdown and mentions THEN the summary shows them as typed and pings nobody', async () => {
    const text = ferryArticle().replace(FERRY_TITLE, '**Ferry** News Update @everyone');
    const res = await upload({ name: 'loud.md', body: text });
    expect(embedOf(res).title).toContain('\\*\\*Ferry\\*\\* News Update');
    expectNoRawMentions(res.payload ?? {});
    const id = h.engine.articles().find((a) => a.meta.title?.includes('Ferry** News'))?.id ?? '';
    expect((await run({ name: 'article', subcommand: 'remove', guildId: GUILD_A, admin: true, options: { id } })).content)
      .toBe(en.upload.removed('\\*\\*Ferry\\*\\* News Update @\u200beveryone'));
    expect(h.engine.article(id)).toBeUndefined();
  });

  it('WHEN the attached file name is a path THEN it is never used: the article is stored under its own name in A\'s folder', async () => {
    const before = guildFiles(GUILD_A);
    const res = await upload({ name: '../../../../tmp/evil.txt', body: ferryArticle(' at Night') });
    expect(embedOf(res).title).toBe(en.upload.added(`${FERRY_TITLE} at Night`));
    const stored = guildFiles(GUILD_A).filter((f) => !before.includes(f));
    expect(stored).toEqual([expect.stringMatching(/^harbour-city-opens-new-ferry-line-at-[0-9a-f]{6}\.txt$/)]);
    expect(readdirSync(dataDir).sort()).toEqual(['guilds', 'rice.txt']);
    const id = `g${GUILD_A}/${stored[0]?.replace(/\.txt$/, '') ?? ''}`;
    expect((await run({ name: 'article', subcommand: 'remove', guildId: GUILD_A, admin: true, options: { id } })).content).toBe(en.upload.removed(`${FERRY_TITLE} at Night`));
  });

  it('WHEN a non-admin tries /article remove or its autocomplete THEN they are refused and see nothing', async () => {
    expect((await run({ name: 'article', subcommand: 'remove', guildId: GUILD_A, options: { id: ferryId } })).content).toBe(en.upload.notAdmin);
    expect(choicesOf(await run({ name: 'article', subcommand: 'remove', guildId: GUILD_A, options: { id: '' }, focused: 'id' }))).toEqual([]);
    expect(h.engine.article(ferryId)).toBeDefined();
  });

  it('WHEN an admin tries to remove a bundled article THEN they are told it comes with the bot', async () => {
    expect((await run({ name: 'article', subcommand: 'remove', guildId: GUILD_A, admin: true, options: { id: 'rice' } })).content).toBe(en.upload.bundled);
    expect(h.engine.article('rice')).toBeDefined();
  });

  it('WHEN an admin of A removes the ferry article THEN its file is gone and A can no longer ask about it', async () => {
    const picks = choicesOf(await run({ name: 'article', subcommand: 'remove', guildId: GUILD_A, admin: true, options: { id: '' }, focused: 'id' }));
    expect(picks.map((c) => c.value)).toContain(ferryId);
    const res = await run({ name: 'article', subcommand: 'remove', guildId: GUILD_A, admin: true, options: { id: ferryId } });
    expect(res.content).toBe(en.upload.removed(FERRY_TITLE));
    expect(guildFiles(GUILD_A).some((f) => f.startsWith('harbour-city'))).toBe(false);
    expect(textOf(await ask(WHO, GUILD_A))).not.toContain(FERRY_TITLE);
    expect(textOf(await run({ name: 'articles', guildId: GUILD_A }))).not.toContain(FERRY_TITLE);
  });

  it('WHEN the bot restarts over the same DATA_DIR THEN A still has its article and B still does not', async () => {
    await h.close();
    h = await startGuildHarness(dataDir);
    const list = textOf(await run({ name: 'articles', guildId: GUILD_A }));
    expect(list).toContain('Night Market Returns to the Old Square');
    expect(list).not.toContain(FERRY_TITLE);
    expect(textOf(await ask('Who sold noodles at the market?', GUILD_A))).toContain('Siti Rahma');
    expect(textOf(await run({ name: 'articles', guildId: GUILD_B }))).not.toContain('Night Market');
  });
});
