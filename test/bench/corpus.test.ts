import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../bench/corpus.ts';
import { injectTypo, makeQuestions } from '../../bench/questions.ts';
import { createRandom } from '../../bench/random.ts';
import { sourceFromGroups } from '../../bench/source-text.ts';

const GROUPS = [
  ['Menteri Keuangan Sri Mulyani mengumumkan anggaran baru sebesar 250 triliun rupiah di Jakarta, Senin (7/9).', 'Anggaran itu akan dipakai untuk membangun 120 sekolah di Papua, kata Mulyani kepada wartawan.'],
  ['Gunung Merapi di Yogyakarta kembali meletus pada tahun 2006, memaksa ribuan warga mengungsi ke Klaten.', 'Petugas Badan Geologi mencatat 35 kali gempa vulkanik sejak pagi.', 'Warga Sleman diminta menjauhi sungai yang berhulu di puncak Merapi.'],
  ['Tim nasional Indonesia mengalahkan Thailand dengan skor 2-1 di Stadion Gelora Bung Karno.', 'Gol kemenangan dicetak Bambang Pamungkas pada menit ke-88, disambut sorak ribuan penonton.'],
  ['Harga beras di Pasar Jatinegara naik menjadi 14.000 rupiah per kilogram, menurut pedagang setempat.', 'Bulog berjanji menggelar operasi pasar di Jakarta Timur mulai pekan depan.'],
  ['Presiden Joko Widodo meresmikan jalan tol Trans Sumatera sepanjang 189 kilometer di Lampung.', 'Jalan tol itu menghubungkan Bakauheni dan Terbanggi Besar, kata Menteri Basuki Hadimuljono.'],
  ['Peneliti Universitas Gadjah Mada menemukan spesies anggrek baru di hutan Kalimantan Tengah.', 'Anggrek berwarna ungu itu diberi nama Dendrobium Sutrisnoi, sesuai nama penemunya.'],
];
const SOURCE = sourceFromGroups(GROUPS, [
  { question: 'Siapa yang mencetak gol kemenangan Indonesia melawan Thailand?', group: 2, sentence: 1, answer: 'Bambang Pamungkas' },
  { question: 'Berapa harga beras di Pasar Jatinegara?', group: 3, sentence: 0, answer: '14.000 rupiah' },
]);

describe('GIVEN an in-memory set of sentences', () => {
  it('WHEN built twice with the same seed THEN the corpus is identical; another seed gives another corpus', () => {
    const a = buildCorpus(SOURCE, { paragraphs: 40, seed: 1 });
    const b = buildCorpus(SOURCE, { paragraphs: 40, seed: 1 });
    const c = buildCorpus(SOURCE, { paragraphs: 40, seed: 2 });
    expect(a.articles.map((x) => x.text)).toEqual(b.articles.map((x) => x.text));
    expect(c.articles.map((x) => x.text)).not.toEqual(a.articles.map((x) => x.text));
  });

  it('WHEN asked for N paragraphs THEN it has exactly N, in articles of 5–15 with a title line', () => {
    const corpus = buildCorpus(SOURCE, { paragraphs: 73 });
    expect(corpus.paragraphs).toHaveLength(73);
    for (const article of corpus.articles.slice(0, -1)) expect(article.paragraphs.length).toBeGreaterThanOrEqual(5);
    for (const article of corpus.articles) {
      expect(article.paragraphs.length).toBeLessThanOrEqual(15);
      const [title, ...body] = article.text.trim().split('\n\n');
      expect(title).toBe(article.title);
      expect(title).not.toMatch(/\.$/);
      expect(body).toEqual(article.paragraphs.map((p) => p.text));
      article.paragraphs.forEach((p, i) => expect(p.key).toBe(`${article.id}#${i + 1}`));
    }
  });

  it('WHEN the corpus is larger than the source THEN every sentence is placed verbatim exactly once, in the paragraph the bookkeeping names', () => {
    const corpus = buildCorpus(SOURCE, { paragraphs: 60 });
    expect(corpus.verbatim.size).toBe(SOURCE.sentences.length);
    const byKey = new Map(corpus.paragraphs.map((p) => [p.key, p]));
    for (const s of SOURCE.sentences) {
      const holders = corpus.paragraphs.filter((p) => p.sentences.some((x) => x.verbatim && x.origin === s.id));
      expect(holders.map((p) => p.key)).toEqual([corpus.verbatim.get(s.id)]);
      expect(byKey.get(corpus.verbatim.get(s.id) ?? '')?.text).toContain(s.text);
    }
    const copies = corpus.paragraphs.flatMap((p) => p.sentences).filter((x) => !x.verbatim);
    expect(copies.length).toBeGreaterThan(0);
    for (const x of copies) expect(x.text).not.toBe(SOURCE.sentences[x.origin]?.text);
  });

  it('WHEN a smaller corpus is built THEN it is a prefix of a larger one', () => {
    const small = buildCorpus(SOURCE, { paragraphs: 25 });
    const large = buildCorpus(SOURCE, { paragraphs: 80 });
    expect(small.paragraphs.map((p) => [p.key, p.text])).toEqual(large.paragraphs.slice(0, 25).map((p) => [p.key, p.text]));
  });

  it('WHEN questions are made THEN each names sources that hold its words, FacQA ones the paragraph of the gold sentence', () => {
    const corpus = buildCorpus(SOURCE, { paragraphs: 60 });
    const questions = makeQuestions(corpus, SOURCE, { count: 12 });
    expect(questions).toHaveLength(12);
    const byKey = new Map(corpus.paragraphs.map((p) => [p.key, p]));
    for (const q of questions) {
      expect(q.sources.length).toBeGreaterThan(0);
      for (const key of q.sources) expect(byKey.has(key)).toBe(true);
    }
    const facqa = questions.filter((q) => q.kind === 'facqa');
    expect(facqa).toHaveLength(2);
    for (const gold of SOURCE.facqa) {
      const primary = corpus.verbatim.get(gold.origin);
      expect(byKey.get(primary ?? '')?.text).toContain(SOURCE.sentences[gold.origin]?.text);
      expect(facqa.some((x) => x.sources[0] === primary)).toBe(true);
    }
    expect(questions.filter((x) => x.typo !== null).length).toBeGreaterThan(0);
  });

  it('WHEN a typo is injected THEN one word of ≥5 letters changes, never its first letter', () => {
    const random = createRandom(3);
    for (let i = 0; i < 50; i += 1) {
      const text = 'Siapa yang mencetak gol kemenangan Indonesia?';
      const typo = injectTypo(text, random);
      expect(typo).not.toBeNull();
      const before = text.split(' ');
      const after = (typo?.text ?? '').split(' ');
      const changed = before.filter((w, j) => w !== after[j]);
      expect(changed).toHaveLength(1);
      const j = before.indexOf(changed[0] ?? '');
      expect(after[j]?.[0]).toBe(before[j]?.[0]);
      expect(before[j]?.length).toBeGreaterThanOrEqual(5);
    }
  });
});
