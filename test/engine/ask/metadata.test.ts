/**
 * Questions about the article itself: who wrote it (author / penulis / reporter), who edited it,
 * when and by which outlet it was published (diterbitkan), its title, who took its photo. Answered
 * from the metadata lines, cited as paragraph 0 (or the body sentence that names the outlet).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, loadArticleDir } from '../../../src/engine/index.ts';
import type { Answer } from '../../../src/engine/index.ts';
import { ask, BUNDLED, BUS, EARNINGS, engineOverAll, FLOOD, MARKET, MINIMAL, register, ROOT, TRANSFER, WIRE } from './support.ts';

const engine = engineOverAll();

const authors = [
  [FLOOD, 'Siapa penulis artikel ini?', 'Rahmat Hidayat'],
  [FLOOD, 'Who wrote this article?', 'Rahmat Hidayat'],
  [EARNINGS, 'Who wrote the article?', 'Priya Raman'],
  [EARNINGS, 'Siapa penulis artikel ini?', 'Priya Raman'],
  [TRANSFER, 'Siapa penulis artikel ini?', 'Yoga Pratama'],
  [MARKET, 'Siapa penulis artikel ini?', 'Dewi Lestari Anggraini'],
  [WIRE, 'Who wrote the article?', 'Jane Doe'],
  [BUS, 'Siapa reporter artikel ini?', 'Gilang Ramadhan'],
  [BUNDLED, 'Siapa penulis artikel ini?', 'Fajar Nugraha'],
  [BUNDLED, 'Who is the author of this article?', 'Fajar Nugraha'],
] as const;

const published = [
  [FLOOD, 'Kapan artikel ini diterbitkan?', '4 Maret 2025', '4 Maret 2025'],
  [FLOOD, 'When was this article published?', '4 Maret 2025', '4 March 2025'],
  [EARNINGS, 'When was the article published?', '12 February 2025', '12 February 2025'],
  [EARNINGS, 'Kapan artikel ini diterbitkan?', '12 February 2025', '12 Februari 2025'],
  [TRANSFER, 'Kapan berita ini diterbitkan?', '16 Januari 2025', '16 Januari 2025'],
  [WIRE, 'When was the article published?', '5 December 2024', '5 December 2024'],
  [BUS, 'Kapan artikel ini diterbitkan?', '20/09/2024', '20 September 2024'],
  [BUNDLED, 'Kapan artikel ini diterbitkan?', '5 December 2024', '5 Desember 2024'],
  [BUNDLED, 'When was this article published?', '5 December 2024', '5 December 2024'],
] as const;

const titles = [
  [TRANSFER, 'Apa judul artikel ini?', 'Persita Raya Resmi Datangkan Gelandang Brasil Rafael Lima'],
  [WIRE, 'What is the title of this article?', 'Harrow & Finch shares slump after profit warning'],
  [BUS, 'Apa judul artikel ini?', 'Dishub Jabar Uji Coba Bus Listrik di Koridor Dago–Leuwipanjang'],
  [BUNDLED, 'What is the title of this article?', 'Rusia Dukung Program Nuklir Korea Utara Demi Imbalan Bantuan Pasukan ke Ukraina'],
] as const;

describe('author / penulis', () => {
  it.each(authors)('GIVEN %s WHEN asked %j THEN the answer is the byline %j, cited as metadata (¶0)', (article, q, name) => {
    const a = ask(engine, q, { article });
    expect(a.found).toBe(true);
    expect(a.answer).toContain(name);
    expect(a.citations[0]?.paragraph).toBe(0);
    expect(a.citations[0]?.article).toBe(article);
  });
});

describe('published / diterbitkan', () => {
  it.each(published)('GIVEN %s WHEN asked %j THEN the answer is the date line with %j, normalized to %j', (article, q, verbatim, normalized) => {
    const a = ask(engine, q, { article });
    expect(a.found).toBe(true);
    expect(a.answer).toContain(verbatim);
    expect(a.normalized).toContain(normalized);
    expect(a.citations[0]?.paragraph).toBe(0);
  });
});

describe('title / judul', () => {
  it.each(titles)('GIVEN %s WHEN asked %j THEN the answer is the headline %j', (article, q, headline) => {
    const a = ask(engine, q, { article });
    expect(a.found).toBe(true);
    expect(a.answer).toBe(headline);
    expect(a.citations[0]?.paragraph).toBe(0);
  });
});

describe('metadata the article does not have', () => {
  it.each([
    'Siapa penulis artikel ini?',
    'Who wrote this article?',
    'Kapan artikel ini diterbitkan?',
    'When was this article published?',
  ])('GIVEN an article with no byline and no date WHEN asked %j THEN it is not found (no invented byline or date)', (q) => {
    const a = ask(engine, q, { article: MINIMAL });
    expect(a.found).toBe(false);
    expect(a.hint?.titles).toContain('Perpustakaan Desa Sukamaju Buka hingga Malam');
  });
});

// Invented articles in the header and trailer layouts of many outlets (test/fixtures/articles/meta).
const META_DIR = join(ROOT, 'test', 'fixtures', 'articles', 'meta');
const layouts = createEngine(loadArticleDir(META_DIR).sources.map(register));

/** Ask about one layout article: found, the answer contains `want`, cited at `paragraph` (0 = header line). */
function expectMeta(article: string, q: string, want: string, paragraph = 0): Answer {
  const a = ask(layouts, q, { article });
  expect(a.found, `${q} → ${JSON.stringify(a.answer)}`).toBe(true);
  expect(a.answer).toContain(want);
  expect(a.citations[0]?.paragraph).toBe(paragraph);
  return a;
}

describe('metadata questions over many outlet layouts, both languages, chat spellings and typos', () => {
  it.each([
    ['id-lentera-penulis-editor', 'Who wrote this?', 'Ayu Kartika Sari'],
    ['id-tribunkota-laporan', 'siapa penulisnya?', 'Dedi Kurniawan'],
    ['id-kabarniaga-reporter-editor', 'Siapa wartawannya?', 'Lestari Wulandari'],
    ['en-meridian-staff', 'who reported this story?', 'Loren Park'],
    ['en-sgn-name-twice', 'Who wrote this article?', 'Daniel Koh'],
    ['en-archipelago-post', 'Siapa penulis berita ini?', 'Rani Kusuma'],
    ['en-globe-news-affiliation', 'who is the writter of this article', 'Lara Wen'],
    ['id-suarapagi-jurnalis', 'Siapa jurnalis artikel ini?', 'Bima Aditya Pratama'],
    ['id-warta9-inisial', 'Who wrote this article?', 'Nur'],
    ['en-allied-press-caps', 'Who is the author?', 'MARTA KLINE'],
  ])('GIVEN %s WHEN asked %j THEN the writer is %j', (article, q, name) => {
    expectMeta(article, q, name);
  });

  it.each([
    ['id-kabarniaga-reporter-editor', 'siapa editr artikel ini?', 'Agus Salim Harahap', 'Reporter: Lestari Wulandari | Editor: Agus Salim Harahap'],
    ['id-tribunkota-laporan', "who's the editer of this piece?", 'Ratna Sari', 'Editor: Ratna Sari'],
    ['en-meridian-staff', 'Who edited the article?', 'Tom Hale', '(Reporting by Loren Park in Sydney; Editing by Tom Hale)'],
    ['id-suaraumat-rep-red', 'Siapa redakturnya?', 'Yoga Saputra', 'Rep: Dian Fatimah/ Red: Yoga Saputra'],
    ['id-wartara-pewarta', 'Siapa editor berita ini?', 'Hendra Gunawan', 'Editor: Hendra Gunawan'],
  ])('GIVEN %s WHEN asked %j THEN the editor is %j, cited with the whole credit line', (article, q, name, line) => {
    expect(expectMeta(article, q, name).citations[0]?.excerpt).toBe(line);
  });

  it.each([
    ['id-warta9-inisial', 'Artikel ini dari media apa?', 'Warta9.com', 1],
    ['id-lensaku-diterima', 'wich site published this story?', 'lensaku', 2],
    ['id-suaraumat-rep-red', 'Which outlet published this report?', 'SUARAUMAT.CO.ID', 1],
    ['id-wartara-pewarta', 'which agency published this?', 'WARTARA', 1],
    ['id-lintas-desk', 'media mana yang menerbitkan berita ini?', 'lintasFinance', 0],
    ['en-archipelago-post', 'Who published this article?', 'The Archipelago Post', 0],
    ['id-lentera-penulis-editor', 'Situs apa yang memuat artikel ini?', 'Lentera.com', 0],
    ['en-globe-news-affiliation', 'Which newspaper published it?', 'Globe News', 0],
    ['en-sgn-name-twice', 'Berita ini diterbitkan oleh media apa?', 'SGN', 0],
  ])('GIVEN %s WHEN asked %j THEN the outlet is %j, cited from ¶%i', (article, q, outlet, paragraph) => {
    expectMeta(article, q, outlet, paragraph);
  });

  it.each([
    ['id-suarapagi-jurnalis', 'kpn artikel ini dipublish?', 'Rabu, 10 April 2024 |11:05 WIB', '10 April 2024'],
    ['id-lensaku-diterima', 'Kapan artikel ini terbit?', '17 Juli 2018 15:25 WIB', '17 Juli 2018'],
    ['id-knn-pipe-date', 'kapan berita ini diunggah?', 'Senin, 03 Jul 2023 15:20 WIB', '3 Juli 2023'],
    ['en-harbour-times-correspondent', 'When was this story posted?', 'Dec 5, 2024, 11:53 AM', '5 December 2024'],
    ['en-allied-press-caps', 'When was it published?', 'March 5, 2024', '5 March 2024'],
    ['id-kabarniaga-reporter-editor', 'kapan diposting?', 'Selasa, 19 September 2023 / 09:44 WIB', '19 September 2023'],
  ])('GIVEN %s WHEN asked %j THEN the date is %j, normalized to %j', (article, q, date, normalized) => {
    expect(expectMeta(article, q, date).normalized).toContain(normalized);
  });

  it.each([
    ['id-suarapagi-jurnalis', 'Foto di artikel ini dari mana?', 'Suarapagi.com/Setpres'],
    ['en-sgn-name-twice', 'Who took the photo?', 'Priya Nair'],
    ['id-lintaswarta-reporter-lines', 'siapa fotografernya?', 'LINTASWARTA/Galih Permana'],
    ['en-allied-press-caps', 'Who took the picture?', 'UPN Photo/Jon Reyes'],
    ['en-globe-news-affiliation', 'Sumber foto artikel ini?', 'Getty Images'],
  ])('GIVEN %s WHEN asked %j THEN the photo credit is %j, cited with its caption', (article, q, credit) => {
    const a = expectMeta(article, q, credit);
    expect(a.citations[0]?.excerpt).toContain(credit);
  });

  it.each([
    ['id-lensaku-diterima', 'Apa judul artikel ini?', 'Penumpang Bercanda Bawa Bom, Pesawat Tertunda Dua Jam'],
    ['en-sgn-name-twice', "What's the headline of this story?", 'Singapore opens its first floating solar park for homes'],
  ])('GIVEN %s WHEN asked %j THEN the title is %j', (article, q, title) => {
    expect(expectMeta(article, q, title).answer).toBe(title);
  });

  it.each([
    ['id-tribunkota-laporan', 'Kapan artikel ini diterbitkan?'],
    ['id-lensaku-diterima', 'Who wrote this article?'],
    ['id-lensaku-diterima', 'Siapa editornya?'],
    ['en-harbour-times-correspondent', 'Which outlet published this story?'],
    ['en-sgn-name-twice', 'Siapa editor artikel ini?'],
    ['id-kabarniaga-reporter-editor', 'Who took the photo?'],
    ['id-tribunkota-laporan', 'siapa fotografernya?'],
  ])('GIVEN %s, which lacks the field, WHEN asked %j THEN it is not found (nothing guessed from the body)', (article, q) => {
    expect(ask(layouts, q, { article }).found).toBe(false);
  });

  it('GIVEN a question about someone the story calls a reporter WHEN asked THEN it is answered from the body, not the byline', () => {
    const a = ask(layouts, 'Siapa wartawan yang ditangkap polisi?', { article: 'id-kabarniaga-reporter-editor' });
    expect(a.citations.every((c) => c.paragraph !== 0)).toBe(true);
  });
});
