import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/engine/ingest/ingest.ts';
import { quoteSpans } from '../../../src/engine/ingest/quotes.ts';
import { reportingVerb } from '../../../src/engine/ingest/reporting.ts';
import type { Quote } from '../../../src/engine/types.ts';
import { FIXTURES, ingestFile } from './helpers.ts';

const quotesOf = (...paragraphs: string[]): Quote[] =>
  ingestArticle({ id: 't', text: ['Judul Berita Uji Coba', '', ...paragraphs].join('\n\n') }).quotes;
const brief = (q: Quote) => [q.paragraph, q.kind, q.speaker];

describe('reporting verbs', () => {
  it('GIVEN prefixed, bare, -nya and English forms WHEN classified THEN each gets its form', () => {
    const forms = ['mengatakan', 'menegaskan', 'menambahkan', 'menyerukan', 'mengkritisi', 'menyoroti', 'kata', 'ujar', 'imbuhnya', 'tegasnya', 'said', 'told'];
    expect(forms.map(reportingVerb)).toEqual(['prefixed', 'prefixed', 'prefixed', 'prefixed', 'prefixed', 'prefixed', 'bare', 'bare', 'nya', 'nya', 'en', 'en']);
  });

  it('GIVEN meN- words whose plain form is not speech WHEN classified THEN they are not reporting verbs', () => {
    expect(['menambah', 'menekan', 'mengingat', 'bertambah', 'memberikan', 'menutup', 'menurutnya'].map(reportingVerb)).toEqual([null, null, null, null, null, null, null]);
  });
});

describe('quotes', () => {
  it('GIVEN curly and straight quotes WHEN scanned THEN spans pair up and an unclosed one runs to the end', () => {
    expect(quoteSpans('“a,” kata X. "b" lalu "c')).toEqual([
      { open: 0, innerStart: 1, innerEnd: 3, end: 4 },
      { open: 13, innerStart: 14, innerEnd: 15, end: 16 },
      { open: 22, innerStart: 23, innerEnd: 24, end: 24 },
    ]);
  });

  it('GIVEN `“…,” ujar Rutte` WHEN ingested THEN the quote is Mark Rutte\'s without marks or trailing comma', () => {
    const [q] = quotesOf('Sekretaris Jenderal NATO, Mark Rutte, hadir di Brussels.', '“Rusia memberikan dukungan pada program rudal,” ujar Rutte, seperti dilansir media.').filter((x) => x.kind === 'direct');
    expect(q).toEqual({ speaker: 'Mark Rutte', text: 'Rusia memberikan dukungan pada program rudal', kind: 'direct', paragraph: 2, sentence: 0 });
  });

  it('GIVEN a -nya chain after a named quote WHEN ingested THEN every link goes to the last named speaker', () => {
    const a = ingestFile(FIXTURES, 'id-pasar-ticker');
    const direct = a.quotes.filter((q) => q.kind === 'direct').map(brief);
    expect(direct).toEqual([
      [3, 'direct', 'Budi Santoso Wibowo'],
      [4, 'direct', 'Budi Santoso Wibowo'],
      [5, 'direct', 'Budi Santoso Wibowo'],
      [7, 'direct', 'Siti Rahmawati'],
    ]);
  });

  it('GIVEN "Ia menambahkan bahwa" and "menurutnya" WHEN ingested THEN they go to the last named speaker', () => {
    const q = quotesOf(
      'Mark Rutte menegaskan bahwa aliansi itu berbahaya bagi Eropa.',
      'Ia menambahkan bahwa ancaman meningkat di kawasan.',
      'Situasi di medan perang, menurutnya, semakin sulit.',
    );
    expect(q.map(brief)).toEqual([
      [1, 'reported', 'Mark Rutte'],
      [2, 'reported', 'Mark Rutte'],
      [3, 'reported', 'Mark Rutte'],
    ]);
    expect(q[1]?.text).toBe('ancaman meningkat di kawasan');
  });

  it('GIVEN an appositive aside between subject and verb WHEN ingested THEN the subject is the speaker', () => {
    const [q] = quotesOf('Brussels: Sekretaris Jenderal NATO, Mark Rutte, pada Senin 2 Desember 2024, mengungkapkan bahwa Rusia membantu Korea Utara.');
    expect(q).toMatchObject({ speaker: 'Mark Rutte', kind: 'reported', text: 'Rusia membantu Korea Utara' });
  });

  it('GIVEN "Menurut X," and "Sebenarnya, kata X," WHEN ingested THEN X is the speaker of the rest', () => {
    const q = quotesOf('Menurut Halid, harga beras naik Rp2 ribu per kilo.', 'Sebenarnya, kata Jokowi, sejumlah komoditas dalam kondisi stabil.');
    expect(q.map((x) => [x.speaker, x.text])).toEqual([
      ['Halid', 'harga beras naik Rp2 ribu per kilo'],
      ['Jokowi', 'sejumlah komoditas dalam kondisi stabil'],
    ]);
  });

  it('GIVEN a title-only attribution "ujar Presiden" WHEN ingested THEN it resolves to the titled person', () => {
    const q = quotesOf('Presiden Joko Widodo meninjau pasar.', '"Tadi kita cek semuanya baik," ujar Presiden dalam keterangannya.');
    expect(q.map(brief)).toEqual([[2, 'direct', 'Joko Widodo']]);
  });

  it('GIVEN a non-person subject of a reporting verb WHEN ingested THEN the short subject phrase is the speaker', () => {
    const [q] = quotesOf('Ukraina dan sekutunya menuduh Korea Utara telah mengirimkan tentara ke Rusia.');
    expect(q).toMatchObject({ speaker: 'Ukraina dan sekutunya', text: 'Korea Utara telah mengirimkan tentara ke Rusia' });
  });

  it('GIVEN English wire attributions WHEN ingested THEN said/she said/according to are attributed', () => {
    const a = ingestFile(FIXTURES, 'en-wire');
    expect(a.quotes.map(brief)).toEqual([
      [2, 'reported', 'The company'],
      [3, 'direct', 'Margaret Ellison'],
      [3, 'direct', 'Margaret Ellison'],
      [4, 'reported', 'Margaret Ellison'],
      [5, 'direct', 'Margaret Ellison'],
      [6, 'reported', 'Tom Rivers'],
      [6, 'reported', 'Tom Rivers'],
    ]);
  });

  it('GIVEN scare quotes around a term WHEN ingested THEN they are not quotes', () => {
    expect(quotesOf('Pemerintah menggelar "operasi pasar" di lima kota besar.')).toEqual([]);
  });
});
