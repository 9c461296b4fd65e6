import { describe, expect, it } from 'vitest';
import { findDateSpans, findDates, parseDateLine } from '../../../src/engine/ingest/dates.ts';
import { splitSentences } from '../../../src/engine/ingest/sentences.ts';

const REF = '2024-12-05T11:53'; // a Thursday
const one = (text: string, ref: string | null = REF, lang: 'id' | 'en' = 'id') => {
  const found = findDateSpans(text, ref, lang);
  expect(found).toHaveLength(1);
  const d = found[0];
  if (!d) throw new Error('no date');
  expect(text.slice(d.start, d.start + d.text.length)).toBe(d.text);
  return d;
};

describe('dates', () => {
  it('GIVEN "Senin 2 Desember 2024" WHEN parsed THEN it is 2024-12-02 without "pada"', () => {
    const d = one('Mark Rutte, pada Senin 2 Desember 2024, mengungkapkan');
    expect([d.text, d.iso, d.hasTime]).toEqual(['Senin 2 Desember 2024', '2024-12-02', false]);
  });

  it('GIVEN "Kamis, 5 Desember 2024 11:53 WIB" WHEN parsed THEN the written wall time is kept', () => {
    expect(one('Kamis, 5 Desember 2024 11:53 WIB').iso).toBe('2024-12-05T11:53');
  });

  it('GIVEN "5 Des 2024" and "5/12/2024" WHEN parsed as Indonesian THEN both are 5 December', () => {
    expect(one('5 Des 2024').iso).toBe('2024-12-05');
    expect(one('tanggal 5/12/2024 lalu').iso).toBe('2024-12-05');
  });

  it('GIVEN the English "5 December 2024 11:53" in an Indonesian text WHEN parsed THEN chrono.en reads it', () => {
    expect(one('Diperbarui 5 December 2024 11:53').iso).toBe('2024-12-05T11:53');
  });

  it('GIVEN "Kamis (5/12/2024) pukul 11.53 WIB" WHEN parsed THEN the three chrono pieces are one mention', () => {
    const d = one('Rapat digelar Kamis (5/12/2024) pukul 11.53 WIB di Jakarta.');
    expect([d.text, d.iso, d.hasTime]).toEqual(['Kamis (5/12/2024) pukul 11.53 WIB', '2024-12-05T11:53', true]);
  });

  it('GIVEN "Kamis (19/12/2024)" WHEN parsed THEN the closing parenthesis is part of the span', () => {
    expect(one('pada Kamis (19/12/2024).').text).toBe('Kamis (19/12/2024)');
  });

  it('GIVEN "(22/2)" without a year WHEN parsed THEN the year comes from the reference date', () => {
    const d = one('Harga naik sejak (22/2) lalu.');
    expect([d.text, d.iso]).toEqual(['(22/2)', '2024-02-22']);
  });

  it('GIVEN "Selasa pagi (19/9)" WHEN parsed with a 2023 reference THEN it is 2023-09-19', () => {
    const d = one('meninjau pasar pada Selasa pagi (19/9).', '2023-09-19T09:44');
    expect([d.text, d.iso, d.hasTime]).toEqual(['Selasa pagi (19/9)', '2023-09-19', false]);
  });

  it('GIVEN "(28/12)" in an article of early January WHEN parsed THEN it is last December, not next', () => {
    expect(one('sejak (28/12)', '2025-01-05').iso).toBe('2024-12-28');
  });

  it('GIVEN "10 Januari 2025 | 15.06 WIB" WHEN parsed THEN date and time merge across the bar', () => {
    const d = one('10 Januari 2025 | 15.06 WIB');
    expect([d.text, d.iso]).toEqual(['10 Januari 2025 | 15.06 WIB', '2025-01-10T15:06']);
  });

  it('GIVEN a bare weekday WHEN parsed THEN it is the most recent such day on or before the reference', () => {
    expect(one('Rapat digelar Sabtu.').iso).toBe('2024-11-30');
    expect(one('Rapat digelar Kamis.').iso).toBe('2024-12-05');
    expect(one('They met on Monday.', REF, 'en').iso).toBe('2024-12-02');
  });

  it('GIVEN "kemarin" WHEN parsed THEN it is the day before the reference; "now" is not a date', () => {
    expect(one('Harga naik kemarin.').iso).toBe('2024-12-04');
    expect(findDateSpans('It now expects profit of 31.5 million', REF, 'en')).toEqual([]);
  });

  it('GIVEN no reference date WHEN a date has no year THEN it is not guessed', () => {
    expect(findDateSpans('pada Selasa (19/9)', null)).toEqual([]);
    expect(one('pada Selasa (19/9/2023)', null).iso).toBe('2023-09-19');
  });

  it('GIVEN money, percentages and tonnage WHEN parsed THEN they are not dates', () => {
    expect(findDateSpans('Rp12,5 ribu, naik 1,82%, stok 1,6 juta ton dan 400.000 ton', REF)).toEqual([]);
  });

  it('GIVEN a paragraph WHEN dates are found per sentence THEN offsets are relative to the paragraph', () => {
    const text = 'Harga naik. Rapat digelar Senin (2/12/2024) di Jakarta.';
    const [d] = findDates(splitSentences(text), REF);
    expect(d && text.slice(d.start, d.start + d.text.length)).toBe('Senin (2/12/2024)');
  });

  it('GIVEN byline date lines WHEN parsed THEN the verbatim date and its ISO come back', () => {
    expect(parseDateLine('Fajar Nugraha • 5 December 2024 11:53')).toMatchObject({ text: '5 December 2024 11:53', iso: '2024-12-05T11:53' });
    expect(parseDateLine('Raka Dwi Novianto , Jurnalis-Kamis, 14 September 2023 |19:34 WIB')).toMatchObject({
      text: 'Kamis, 14 September 2023 |19:34 WIB',
      iso: '2023-09-14T19:34',
    });
    expect(parseDateLine('Selasa, 19 September 2023 / 09:44 WIB')?.iso).toBe('2023-09-19T09:44');
    expect(parseDateLine('Updated 2 hours ago')).toBeNull();
  });
});
