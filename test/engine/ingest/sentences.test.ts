import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/engine/ingest/sentences.ts';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('GIVEN a quote with its attribution WHEN split THEN quote and attribution stay one sentence', () => {
    const t = '“Rusia memberikan dukungan pada program rudal,” ujar Rutte, seperti dilansir The Straits Times. Ia menambahkan.';
    expect(texts(t)).toEqual(['“Rusia memberikan dukungan pada program rudal,” ujar Rutte, seperti dilansir The Straits Times.', 'Ia menambahkan.']);
  });

  it('GIVEN a closing quote after a period WHEN split THEN the sentence ends after the quote mark', () => {
    expect(texts('"Ya baik." Lalu dia pergi.')).toEqual(['"Ya baik."', 'Lalu dia pergi.']);
  });

  it('GIVEN a quote of two sentences WHEN split THEN it is not cut inside the quotation marks', () => {
    expect(texts('"Kalimat satu. Kalimat dua," kata Halid. Selesai.')).toEqual(['"Kalimat satu. Kalimat dua," kata Halid.', 'Selesai.']);
  });

  it('GIVEN Indonesian and English abbreviations WHEN split THEN they do not end sentences', () => {
    const t = 'Dr. Budi dan Prof. H. Ahmad tinggal di Jl. Merdeka No. 5 a.n. keluarga. Mr. Smith met U.S. officials. Budi Santoso, S.H. hadir.';
    expect(texts(t)).toEqual(['Dr. Budi dan Prof. H. Ahmad tinggal di Jl. Merdeka No. 5 a.n. keluarga.', 'Mr. Smith met U.S. officials.', 'Budi Santoso, S.H. hadir.']);
  });

  it('GIVEN a single capital initial WHEN split THEN "Joko W." does not end the sentence', () => {
    expect(texts('Joko W. Santoso datang. Ia pulang.')).toEqual(['Joko W. Santoso datang.', 'Ia pulang.']);
  });

  it('GIVEN "dll." followed by a capital WHEN split THEN the sentence ends there', () => {
    expect(texts('Beras, gula, dll. Harga naik.')).toEqual(['Beras, gula, dll.', 'Harga naik.']);
  });

  it('GIVEN decimal commas and points WHEN split THEN numbers are not cut', () => {
    expect(texts('Emas naik 1,82% menjadi Rp12,5 juta. Output rose to 3.5 million tonnes.')).toEqual([
      'Emas naik 1,82% menjadi Rp12,5 juta.',
      'Output rose to 3.5 million tonnes.',
    ]);
  });

  it('GIVEN an ellipsis WHEN followed by a capital THEN it ends the sentence, else not', () => {
    expect(texts('Dia menunggu... Lalu pergi. Harga naik… turun lagi.')).toEqual(['Dia menunggu...', 'Lalu pergi.', 'Harga naik… turun lagi.']);
  });

  it('GIVEN unbalanced quotation marks WHEN split THEN the rest of the paragraph is still split', () => {
    expect(texts('Dia berkata “tunggu. Kalimat dua. Kalimat tiga.')).toHaveLength(3);
  });

  it('GIVEN any sentence WHEN split THEN text equals the paragraph slice at its start offset', () => {
    const t = '  Satu kalimat.   "Dua," kata dia.  Tiga!  ';
    const out = splitSentences(t);
    expect(out).toHaveLength(3);
    for (const s of out) expect(t.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('GIVEN empty or blank text WHEN split THEN there are no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   ')).toEqual([]);
  });
});
