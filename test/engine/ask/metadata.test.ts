/**
 * Questions about the article itself: who wrote it (author / penulis / reporter), when it was
 * published (diterbitkan), its title. Answered from the metadata lines, cited as paragraph 0.
 */
import { describe, expect, it } from 'vitest';
import { ask, BUNDLED, BUS, EARNINGS, engineOverAll, FLOOD, MARKET, MINIMAL, TRANSFER, WIRE } from './support.ts';

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
