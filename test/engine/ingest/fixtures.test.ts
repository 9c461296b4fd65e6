import { describe, expect, it } from 'vitest';
import { FIXTURES, ingestFile, para } from './helpers.ts';

describe('GIVEN the invented market article with a ticker, font buttons, "Baca Juga" and a Populer list', () => {
  const a = ingestFile(FIXTURES, 'id-pasar-ticker');

  it('WHEN ingested THEN title, byline, date, caption, outlet and dateline are metadata', () => {
    expect(a.meta).toMatchObject({
      title: 'Harga Cabai di Pasar Kliwon Turun, Pedagang Masih Waswas',
      author: 'Dewi Lestari Anggraini',
      published: 'Rabu, 8 Januari 2025 | 14:20 WIB',
      publishedIso: '2025-01-08T14:20',
      caption: 'Pedagang cabai melayani pembeli di Pasar Kliwon. (Foto: Dok. Humas Pemkot)',
      dateline: 'SEMARANG',
      outlet: 'KABARNUSA.ID',
    });
  });

  it('WHEN ingested THEN ¶1 begins with the dateline and the clutter is gone', () => {
    expect(para(a, 1).startsWith('SEMARANG, KABARNUSA.ID - Harga cabai rawit')).toBe(true);
    expect(a.paragraphs).toHaveLength(8);
    const all = a.paragraphs.map((p) => p.text).join('\n');
    for (const junk of ['IHSG', 'Baca Juga', 'Populer', 'Tol Semarang', 'WhatsApp', 'BERANDA']) expect(all).not.toContain(junk);
  });

  it('WHEN ingested THEN year-less and weekday dates use the publication date', () => {
    expect(a.paragraphs[2]?.dates.map((d) => [d.text, d.iso])).toEqual([['Rabu', '2025-01-08']]);
    expect(a.paragraphs[7]?.dates.map((d) => [d.text, d.iso])).toEqual([['Jumat (10/1)', '2025-01-10']]);
  });
});

describe('GIVEN the invented transport article with "Reporter: | Editor:" and (19/9) dates', () => {
  const a = ingestFile(FIXTURES, 'id-reporter-editor');

  it('WHEN ingested THEN the reporter is the author and both credits and the closing initials are kept', () => {
    expect(a.meta).toMatchObject({
      title: 'Dishub Jabar Uji Coba Bus Listrik di Koridor Dago–Leuwipanjang',
      author: 'Gilang Ramadhan',
      publishedIso: '2024-09-20T10:15',
      dateline: 'BANDUNG',
      outlet: 'wartapriangan.com',
      credits: ['Reporter: Gilang Ramadhan', 'Editor: Yuniarti Kusuma', '(grd/yk)'],
    });
  });

  it('WHEN ingested THEN the last paragraph loses its "(grd/yk)" credit but stays a paragraph', () => {
    expect(a.paragraphs).toHaveLength(8);
    expect(para(a, 8).endsWith('karena gangguan baterai.')).toBe(true);
  });

  it('WHEN ingested THEN "(19/9)"-style dates take the year of publication', () => {
    expect(a.paragraphs.flatMap((p) => p.dates.map((d) => d.iso))).toEqual(['2024-09-19', '2024-09-16', '2024-09-11']);
  });

  it('WHEN ingested THEN "Menurut Rina," and "kata Rina" are Rina Kartika Sari\'s reported speech', () => {
    const rina = a.quotes.filter((q) => q.speaker === 'Rina Kartika Sari').map((q) => q.paragraph);
    expect(rina).toEqual([2, 3, 7, 8]);
    expect(a.people.map((p) => p.name)).toEqual(['Rina Kartika Sari', 'Agus Permana']);
  });
});

describe('GIVEN the invented English wire story', () => {
  const a = ingestFile(FIXTURES, 'en-wire');

  it('WHEN ingested THEN it is English with byline, updated date, Reuters dateline and wire credits', () => {
    expect(a.language).toBe('en');
    expect(a.meta).toMatchObject({
      title: 'Harrow & Finch shares slump after profit warning',
      author: 'Jane Doe',
      publishedIso: '2024-12-05T11:53',
      dateline: 'LONDON',
      datelineText: 'LONDON (Reuters) -',
      outlet: 'Reuters',
      credits: ['Reporting by Jane Doe', 'Editing by Mark Potter'],
    });
    expect(para(a, 1).startsWith('LONDON (Reuters) - Shares in British')).toBe(true);
    expect(a.paragraphs).toHaveLength(7);
  });

  it('WHEN ingested THEN people, organizations and places are found', () => {
    expect(a.people.map((p) => [p.name, p.titles[0]])).toEqual([
      ['Margaret Ellison', 'chief executive'],
      ['Tom Rivers', 'analyst'],
    ]);
    expect(a.organizations).toEqual(['Harrow & Finch Plc', 'Pell Securities']);
    expect(a.places?.filter((p) => p.via === 'preposition').map((p) => p.name)).toEqual(['Germany', 'Leicester', 'Nottingham']);
  });
});

describe('GIVEN the minimal article (title and two paragraphs)', () => {
  const a = ingestFile(FIXTURES, 'minimal');

  it('WHEN ingested THEN the title is metadata and both paragraphs are body', () => {
    expect(a.meta.title).toBe('Perpustakaan Desa Sukamaju Buka hingga Malam');
    expect(a.meta.author).toBeNull();
    expect(a.paragraphs.map((p) => p.number)).toEqual([1, 2]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Endang Suherman', 'Endang Suherman']);
  });
});
