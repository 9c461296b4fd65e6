/**
 * How many / how much / berapa → the number with its unit, as the article writes it ("3.450 warga",
 * "1,5 meter", "22%"), the one that counts what the question asks about; normalized for the asker.
 */
import { describe, expect, it } from 'vitest';
import { BUS, type Case, EARNINGS, engineOverAll, expectCase, FLOOD, MARKET, MINIMAL, title, TRANSFER, WIRE } from './support.ts';

const engine = engineOverAll();

const howMany: Case[] = [
  { q: 'Berapa warga mengungsi?', article: FLOOD, lang: 'id', contains: '3.450 warga', paragraph: 4 },
  { q: 'Berapa ketinggian air?', article: FLOOD, lang: 'id', contains: '1,5 meter', paragraph: 1 },
  { q: 'How high was the water?', article: FLOOD, lang: 'en', contains: '1,5 meter', paragraph: 1 },
  { q: 'Berapa lama status tanggap darurat?', article: FLOOD, lang: 'id', contains: '14 hari', paragraph: 2 },
  { q: 'Berapa jembatan yang putus?', article: FLOOD, lang: 'id', contains: 'dua jembatan', paragraph: 4 },
  { q: 'How many bridges collapsed?', article: FLOOD, lang: 'en', contains: 'dua jembatan', paragraph: 4 },
  { q: 'How much rice was sent?', article: FLOOD, lang: 'en', contains: '20 ton', paragraph: 5 },
  { q: 'How much did net profit rise?', article: EARNINGS, lang: 'en', contains: '22%', paragraph: 1 },
  { q: 'How much was revenue?', article: EARNINGS, lang: 'en', contains: '3.2 billion dollars', paragraph: 2 },
  { q: 'How much did Solvane shares close higher?', article: EARNINGS, lang: 'en', contains: '6.4%', paragraph: 7 },
  { q: 'Berapa gol Rafael musim lalu?', article: TRANSFER, lang: 'id', contains: '9 gol', paragraph: 5 },
  { q: 'Berapa usia Rafael Lima?', article: TRANSFER, lang: 'id', contains: '27 tahun', paragraph: 1 },
  { q: 'Berapa karyawan Harrow & Finch?', article: WIRE, lang: 'id', contains: '2,300 people', paragraph: 7 },
  { q: 'How much did shares fall?', article: WIRE, lang: 'en', contains: '14%', paragraph: 1 },
  { q: 'Berapa buku baru?', article: MINIMAL, lang: 'id', contains: '300 buku', paragraph: 2 },
  { q: 'Berapa desa yang terendam banjir?', article: FLOOD, lang: 'id', contains: '12 desa', paragraph: 1 },
  { q: 'Berapa ton beras yang dikirim?', article: FLOOD, lang: 'id', contains: '20 ton', paragraph: 5 },
  { q: 'How many people does Harrow & Finch employ?', article: WIRE, lang: 'en', contains: '2,300', paragraph: 7 },
  { q: 'Di berapa kecamatan pasar murah digelar?', article: MARKET, lang: 'id', contains: '16 kecamatan', paragraph: 8 },
  { q: 'Berapa penumpang pada hari pertama?', article: BUS, lang: 'id', contains: '1.240 penumpang', paragraph: 4 },
  { q: 'Berapa bus listrik yang diuji coba?', article: BUS, lang: 'id', contains: 'dua bus', paragraph: 1 },
];

describe('how many / berapa: the number that counts what is asked, with its unit', () => {
  it.each(howMany.map((c) => [title(c), c] as const))('%s', (_name, c) => {
    const a = expectCase(engine, { ...c, type: 'how-many' });
    expect(a.answer, 'a number (digits or a number word)').toMatch(/\d|dua|tiga|empat|lima/i);
  });

  it('GIVEN a decimal comma number asked in English THEN normalized uses a decimal point', () => {
    const a = expectCase(engine, { q: 'How high was the water?', article: FLOOD, lang: 'en', contains: '1,5', paragraph: 1 });
    expect(a.normalized).toContain('1.5');
  });

  it('GIVEN a decimal comma number asked in Indonesian THEN no English normalization is forced on it', () => {
    const a = expectCase(engine, { q: 'Berapa ketinggian air?', article: FLOOD, lang: 'id', contains: '1,5', paragraph: 1 });
    expect(a.normalized ?? a.answer).toContain('1,5');
  });
});
