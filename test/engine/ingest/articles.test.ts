import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { HAS_SHARED, ROOT, SHARED, ingestFile, para } from './helpers.ts';

describe('GIVEN the bundled Metro TV article (data/articles)', () => {
  const a = ingestFile(join(ROOT, 'data', 'articles'), 'rusia-korea-utara');

  it('WHEN ingested THEN ¶1 begins with the dateline and there are 12 body paragraphs', () => {
    expect(para(a, 1).startsWith('Brussels: Sekretaris Jenderal NATO')).toBe(true);
    expect(a.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('WHEN ingested THEN the closing "(Muhammad Reyhansyah)" credit is stripped and recorded', () => {
    expect(para(a, 12).endsWith('laju pasukan Rusia.')).toBe(true);
    expect(a.meta.credits).toContain('(Muhammad Reyhansyah)');
  });

  it('WHEN ingested THEN title, caption, author, date and dateline are metadata', () => {
    expect(a.meta).toMatchObject({
      title: 'Rusia Dukung Program Nuklir Korea Utara Demi Imbalan Bantuan Pasukan ke Ukraina',
      caption: 'Pasukan Korea Utara dalam sebuah parade. Foto: KCNA',
      author: 'Fajar Nugraha',
      published: '5 December 2024 11:53',
      publishedIso: '2024-12-05T11:53',
      dateline: 'Brussels',
    });
    expect(a.language).toBe('id');
    const all = a.paragraphs.map((p) => p.text).join('\n');
    expect(all).not.toContain('Jangan lupa');
    expect(all).not.toContain('Google News');
  });

  it('WHEN ingested THEN Mark Rutte is NATO\'s secretary general and says most things', () => {
    expect(a.people[0]).toMatchObject({ name: 'Mark Rutte', aliases: ['Rutte'], titles: ['Sekretaris Jenderal NATO'] });
    expect(a.people.map((p) => p.name)).toEqual(['Mark Rutte', 'Donald Trump']);
    const q10 = a.quotes.find((q) => q.paragraph === 10);
    expect(q10).toMatchObject({ speaker: 'Mark Rutte', kind: 'direct' });
    expect(a.quotes.filter((q) => q.paragraph === 4 || q.paragraph === 11).map((q) => q.speaker)).toEqual(['Mark Rutte', 'Mark Rutte']);
    expect(a.quotes.find((q) => q.paragraph === 5)?.speaker).toBe('Ukraina dan sekutunya');
  });

  it('WHEN ingested THEN dates, organizations and "where" places are found', () => {
    expect(a.paragraphs[0]?.dates).toEqual([{ text: 'Senin 2 Desember 2024', iso: '2024-12-02', hasTime: false, start: 53 }]);
    expect(a.organizations).toEqual(['NATO', 'The Straits Times']);
    expect(a.places?.[0]).toEqual({ name: 'Brussels', paragraph: 1, start: 0, via: 'dateline' });
    expect(a.places?.filter((p) => p.paragraph === 5 && p.via === 'preposition').map((p) => p.name)).toContain('Kursk');
  });
});

describe.skipIf(!HAS_SHARED)('GIVEN the shared real articles in ../shared/articles (skipped in a plain clone without ../shared)', () => {
  it('WHEN the Kontan article is ingested THEN ticker and "Baca Juga" are dropped and the reporter is the author', () => {
    const a = ingestFile(SHARED, 'kontan-beras-jatinegara');
    expect(para(a, 1).startsWith('KONTAN.CO.ID - JAKARTA. Presiden Joko Widodo')).toBe(true);
    expect(a.meta).toMatchObject({ author: 'Ratih Waseso', publishedIso: '2023-09-19T09:44', dateline: 'JAKARTA' });
    expect(a.meta.credits).toEqual(['Reporter: Ratih Waseso', 'Editor: Noverius Laoli']);
    const all = a.paragraphs.map((p) => p.text).join('\n');
    for (const junk of ['EMAS', 'Baca Juga', 'INDIKATOR', 'banner']) expect(all).not.toContain(junk);
    expect(a.paragraphs).toHaveLength(6);
    expect(a.quotes.every((q) => q.speaker === 'Joko Widodo')).toBe(true);
    expect(a.quotes.find((q) => q.paragraph === 5)?.kind).toBe('direct'); // "…," imbuhnya
  });

  it('WHEN the Okezone article is ingested THEN font buttons are dropped and Halid is a trader who speaks', () => {
    const a = ingestFile(SHARED, 'okezone-beras-karawang');
    expect(para(a, 1).startsWith('JAKARTA - Presiden Joko Widodo (Jokowi)')).toBe(true);
    expect(a.meta).toMatchObject({ author: 'Raka Dwi Novianto', publishedIso: '2023-09-14T19:34' });
    expect(a.paragraphs).toHaveLength(5);
    expect(a.people.map((p) => [p.name, p.aliases, p.titles])).toEqual([
      ['Joko Widodo', ['Jokowi'], ['Presiden']],
      ['Halid', [], ['pedagang beras']],
    ]);
    expect(a.quotes.filter((q) => q.speaker === 'Halid').map((q) => q.kind)).toEqual(['reported', 'direct']);
  });

  it('WHEN the shared copy of the Metro TV article is ingested THEN it equals the bundled one', () => {
    const bundled = ingestFile(join(ROOT, 'data', 'articles'), 'rusia-korea-utara');
    expect(ingestFile(SHARED, 'rusia-korea-utara').paragraphs).toEqual(bundled.paragraphs);
  });
});
