import { describe, expect, it } from 'vitest';
import { articleName, guildArticleId, isArticleFileName, parseArticleId, slugify } from '../../src/storage/article-ids.ts';
import { ferryArticle, GUILD_A } from './fixtures.ts';

describe('article ids', () => {
  it('GIVEN a guild and a name WHEN namespaced THEN the id is "g<guild>/<name>" and parses back', () => {
    const id = guildArticleId(GUILD_A, 'ferry-1a2b3c');
    expect(id).toBe(`g${GUILD_A}/ferry-1a2b3c`);
    expect(parseArticleId(id)).toEqual({ guildId: GUILD_A, name: 'ferry-1a2b3c' });
  });

  it.each(['rusia-korea-utara', 'g123/x', 'gabc/x', `h${GUILD_A}/x`])('GIVEN the id %j WHEN parsed THEN it belongs to no guild', (id) => {
    expect(parseArticleId(id).guildId).toBeNull();
  });

  it('GIVEN an article WHEN named THEN the name is its first line slugged plus a hash of the text, safe as a file name', () => {
    const name = articleName(ferryArticle());
    expect(name).toMatch(/^harbour-city-opens-new-ferry-line-[0-9a-f]{6}$/);
    expect(articleName(ferryArticle())).toBe(name);
    expect(articleName(ferryArticle(' (corrected)'))).not.toBe(name);
  });

  it('GIVEN hostile or non-Latin first lines WHEN named THEN the name has only [a-z0-9-], never a path', () => {
    for (const text of ['../../etc/passwd\n\nbody', 'C:\\Windows\\system32\n\nbody', '日本語のニュース\n\nbody', 'Ekspor Kopi Naik 20 Persen — “Rekor”\n\nbody']) {
      expect(articleName(text)).toMatch(/^[a-z0-9][a-z0-9-]*-[0-9a-f]{6}$/);
    }
    expect(articleName('日本語\n\nbody')).toMatch(/^article-[0-9a-f]{6}$/);
  });

  it('GIVEN a long title WHEN slugged THEN it is cut at a word boundary within 40 characters', () => {
    const slug = slugify('Rusia Dukung Program Nuklir Korea Utara Demi Imbalan Bantuan Pasukan ke Ukraina');
    expect(slug).toBe('rusia-dukung-program-nuklir-korea-utara');
    expect(slug.length).toBeLessThanOrEqual(40);
  });

  it.each([
    ['article.txt', true], ['Article.MD', true], ['notes.pdf', false], ['.hidden.txt', false],
    ['.article.txt.1a2b.tmp', false], [`${'x'.repeat(65)}.txt`, false], ['a\u0007b.txt', false],
  ])('GIVEN the file name %j WHEN checked THEN it is an article file: %s', (name, ok) => {
    expect(isArticleFileName(name)).toBe(ok);
  });
});
