import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../../src/engine/ingest/blocks.ts';
import { layout } from '../../../src/engine/ingest/layout.ts';
import { authorFrom, parseDateline, stripTrailingCredit } from '../../../src/engine/ingest/meta.ts';

describe('datelines', () => {
  it.each([
    ['Brussels: Sekretaris Jenderal NATO…', 'Brussels:', 'Brussels', null],
    ['JAKARTA - Presiden Joko Widodo…', 'JAKARTA -', 'JAKARTA', null],
    ['KONTAN.CO.ID - JAKARTA. Presiden Joko Widodo…', 'KONTAN.CO.ID - JAKARTA.', 'JAKARTA', 'KONTAN.CO.ID'],
    ['TEMPO.CO, Jakarta - Harga beras…', 'TEMPO.CO, Jakarta -', 'Jakarta', 'TEMPO.CO'],
    ['LONDON (Reuters) - Shares fell…', 'LONDON (Reuters) -', 'LONDON', 'Reuters'],
    ['LONDON, Dec 5 (Reuters) - Shares fell…', 'LONDON, Dec 5 (Reuters) -', 'LONDON', 'Reuters'],
    ['WASHINGTON — The president said…', 'WASHINGTON —', 'WASHINGTON', null],
    ['Jakarta, CNBC Indonesia - Harga…', 'Jakarta, CNBC Indonesia -', 'Jakarta', 'CNBC Indonesia'],
  ])('GIVEN %j WHEN parsed THEN the dateline is %j', (text, prefix, place, outlet) => {
    expect(parseDateline(text)).toEqual({ text: prefix, place, outlet });
  });

  it('GIVEN prose with a spaced dash WHEN parsed THEN it is not a dateline', () => {
    expect(parseDateline('Presiden Joko Widodo - yang hadir pagi itu - meninjau pasar.')).toBeNull();
    expect(parseDateline('Harga beras naik lagi minggu ini.')).toBeNull();
  });
});

describe('credits and bylines', () => {
  it('GIVEN a closing "(Name)" after the last sentence WHEN stripped THEN text and credit separate', () => {
    expect(stripTrailingCredit('… laju pasukan Rusia. (Muhammad Reyhansyah)')).toEqual({ text: '… laju pasukan Rusia.', credit: '(Muhammad Reyhansyah)' });
    expect(stripTrailingCredit('… baterai. (grd/yk)').credit).toBe('(grd/yk)');
    expect(stripTrailingCredit('kata Presiden Joko Widodo (Jokowi).').credit).toBeNull();
  });

  it('GIVEN byline fragments WHEN read THEN only the name remains', () => {
    expect(authorFrom('Raka Dwi Novianto , Jurnalis-')).toBe('Raka Dwi Novianto');
    expect(authorFrom('Fajar Nugraha • ')).toBe('Fajar Nugraha');
    expect(authorFrom('By Jane Doe, Reuters')).toBe('Jane Doe');
    expect(authorFrom('Updated ')).toBeNull();
  });
});

describe('layout', () => {
  it('GIVEN a hard-wrapped article WHEN split THEN wrapped lines rejoin into paragraphs', () => {
    const text = [
      'Harbour ferry fares to rise in April',
      '',
      'PORTSMOUTH, England - The operator of the harbour ferry said on',
      'Monday that adult fares would rise by 20 pence in April, blaming higher',
      'fuel and insurance costs for the first increase in three years.',
      '',
      'Marsh said the company would keep its discount for schoolchildren and',
      'pensioners unchanged.',
    ].join('\n');
    const { meta, body } = layout(text);
    expect(meta.title).toBe('Harbour ferry fares to rise in April');
    expect(body).toHaveLength(2);
    expect(body[0]?.endsWith('in three years.')).toBe(true);
  });

  it('GIVEN a title line followed by a caption-like sentence WHEN split THEN they stay separate units', () => {
    expect(splitUnits('Jokowi Tinjau Harga Pangan di Pasar Jatinegara, Harga Beras Masih Tinggi\nPresiden meninjau harga di pasar pada Selasa pagi.')).toHaveLength(2);
  });

  it('GIVEN a prose line that repeats the lead WHEN laid out THEN it is the caption, not ¶1', () => {
    const text = 'Harga Beras Masih Tinggi di Pasar Induk\n\nPresiden meninjau harga beras di Pasar Induk pada Selasa pagi.\n\nJAKARTA - Presiden meninjau harga beras di Pasar Induk pada Selasa pagi.\n\nHarga beras medium masih Rp13.000 per kilogram.';
    const { meta, body } = layout(text);
    expect(meta.caption).toBe('Presiden meninjau harga beras di Pasar Induk pada Selasa pagi.');
    expect(body[0]?.startsWith('JAKARTA - ')).toBe(true);
    expect(body).toHaveLength(2);
  });

  it('GIVEN trailing follow calls and a related list WHEN laid out THEN the body ends before them', () => {
    const text = 'Judul Berita Pasar Hari Ini\n\nHarga cabai turun di pasar tradisional kota.\n\nPedagang berharap pembeli kembali ramai.\n\nDapatkan update berita pilihan setiap hari. Gabung di kanal Telegram kami.\n\nBerita Lainnya\nHarga Emas Naik Lagi.\nBanjir Rob Genangi Pelabuhan.';
    expect(layout(text).body).toEqual(['Harga cabai turun di pasar tradisional kota.', 'Pedagang berharap pembeli kembali ramai.']);
  });
});
