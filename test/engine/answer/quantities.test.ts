/** Amounts typed in sentences of both languages, and their values under both number conventions. */
import { describe, expect, it } from 'vitest';
import { amountValue, findQuantities } from '../../../src/engine/answer/quantities.ts';

const kinds = (text: string): string[] => findQuantities(text).map((q) => `${q.kind}:${text.slice(q.start, q.end)}`);

describe('quantities', () => {
  it('GIVEN clock times with zones WHEN read THEN each is a time', () => {
    expect(kinds('jadwal terbaru yakni pukul 09.44 WITA dari jadwal seharusnya pukul 08.01 WITA, mendarat 8 p.m.')).toEqual(['time:pukul 09.44 WITA', 'time:pukul 08.01 WITA', 'time:8 p.m.']);
  });

  it('GIVEN money in rupiah, Singapore and US dollars WHEN read THEN each is money with its scale', () => {
    expect(kinds('naik hampir Rp2 ribu, ke Rp12,5 (ribu); median S$2,000 dan US$1.2 million')).toEqual(['money:hampir Rp2 ribu', 'money:Rp12,5 (ribu)', 'money:S$2,000', 'money:US$1.2 million']);
  });

  it('GIVEN percentages, durations and ages WHEN read THEN each has its kind', () => {
    expect(kinds('80 per cent in the first year, 70 persen, selama 5 tahun ke depan, two years and nine months, a 35-year-old hawker')).toEqual([
      'percent:80 per cent', 'ordinal:first', 'percent:70 persen', 'duration:5 tahun ke depan', 'duration:two years and nine months', 'age:35-year-old',
    ]);
  });

  it('GIVEN counts WHEN read THEN the counted noun phrase is part of the count, and a seat code is a code', () => {
    expect(kinds('bagasi 148 penumpangnya di kursi 6A, penerbangan ID6541')).toEqual(['count:148 penumpangnya', 'code:6A', 'code:ID6541']);
    const [count] = findQuantities('tujuh kru pesawat');
    expect(count?.unitStart).toBe(6);
  });

  it('GIVEN an English count with a long noun phrase WHEN read THEN the phrase reaches its head noun', () => {
    expect(kinds('apply to the 13 new social enterprise hawker centres (SEHCs)')).toEqual(['count:13 new social enterprise hawker centres']);
  });

  it('GIVEN a number followed by an adverb WHEN read THEN it counts nothing, while a measure word or "other" still opens a count', () => {
    expect(kinds('hanya satu memang masih tinggi')).toEqual(['number:hanya satu']);
    expect(kinds('ada 130 macam persyaratan, two other ships')).toEqual(['count:130 macam persyaratan', 'count:two other ships']);
  });

  it('GIVEN ranks WHEN read THEN "ke-31", "31st" and "ketiga" are ordinals', () => {
    expect(kinds('SEA Games ke-31, the 31st Games, peringkat ketiga')).toEqual(['ordinal:ke-31', 'ordinal:31st', 'ordinal:ketiga']);
  });

  it('GIVEN both number conventions WHEN valued THEN thousands and decimals are told apart', () => {
    expect(amountValue('1.138 orang')).toBe(1138);
    expect(amountValue('400.000 ton')).toBe(400000);
    expect(amountValue('1,6 juta ton')).toBe(1600000);
    expect(amountValue('S$2,000')).toBe(2000);
    expect(amountValue('21.93')).toBe(21.93);
    expect(amountValue('tujuh titik')).toBe(7);
  });
});
