import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../../src/engine/ingest/blocks.ts';
import { layout } from '../../../src/engine/ingest/layout.ts';
import { readByline } from '../../../src/engine/ingest/bylines.ts';
import { readCredits } from '../../../src/engine/ingest/credits.ts';
import { authorFrom, leadingDate, parseDateLineInfo, parseDateline, stripTrailingCredit } from '../../../src/engine/ingest/meta.ts';
import { outletLike } from '../../../src/engine/ingest/outlet-like.ts';
import { outletInBody, sourceLineOutlet } from '../../../src/engine/ingest/outlet.ts';
import { photoCredit } from '../../../src/engine/ingest/photo-credit.ts';

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
    ['Liputan6.com, Jakarta - Sekretaris…', 'Liputan6.com, Jakarta -', 'Jakarta', 'Liputan6.com'],
    ['Jakarta (ANTARA) - Harga beras…', 'Jakarta (ANTARA) -', 'Jakarta', 'ANTARA'],
    ['WARTAKOTALIVE.COM, CIBINONG - Pemerintah…', 'WARTAKOTALIVE.COM, CIBINONG -', 'CIBINONG', 'WARTAKOTALIVE.COM'],
    ['Singapura, Kompas-Indonesia diperkirakan…', 'Singapura, Kompas-', 'Singapura', 'Kompas'],
    ['New York, rabu-Sekretaris Jenderal PBB…', 'New York, rabu-', 'New York', null],
  ])('GIVEN %j WHEN parsed THEN the dateline is %j', (text, prefix, place, outlet) => {
    expect(parseDateline(text)).toEqual({ text: prefix, place, outlet });
  });

  it('GIVEN prose with a spaced dash WHEN parsed THEN it is not a dateline', () => {
    expect(parseDateline('Presiden Joko Widodo - yang hadir pagi itu - meninjau pasar.')).toBeNull();
    expect(parseDateline('Harga beras naik lagi minggu ini.')).toBeNull();
    // A hyphenated word after a comma is no glued dateline: "Hezb-ul" goes on in lower case.
    expect(parseDateline('Lewat telepon, Hezb-ul Mujahedeen menyatakan bertanggung jawab.')).toBeNull();
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

  it.each([
    ['Reporter: Ratih Waseso | Editor: Noverius Laoli', 'Ratih Waseso', 'Noverius Laoli', null],
    ['Penulis Ayu Kartika Sari | Editor Bondan Prasetyo', 'Ayu Kartika Sari', 'Bondan Prasetyo', null],
    ['Rep: Dian Fatimah/ Red: Yoga Saputra', 'Dian Fatimah', 'Yoga Saputra', null],
    ['(Reporting by Loren Park in Sydney; Editing by Tom Hale)', 'Loren Park', 'Tom Hale', null],
    ['Laporan wartawan Wartakotalive.com Hironimus Rama', 'Hironimus Rama', null, 'Wartakotalive.com'],
    ['Laporan Wartawan Tribunkota.com, Dedi Kurniawan', 'Dedi Kurniawan', null, 'Tribunkota.com'],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe', null, null],
    ['By Jane Doe, Reuters', 'Jane Doe', null, 'Reuters'],
    ['By MARTA KLINE United Press Network', 'MARTA KLINE', null, 'United Press Network'],
    ['Editor: Feryanto Hadi', null, 'Feryanto Hadi', null],
  ])('GIVEN the credit line %j WHEN read THEN the writer is %j, the editor %j, the outlet %j', (line, author, editor, outlet) => {
    expect(readCredits(line)).toMatchObject({ author, editor, outlet });
  });

  it.each([
    ['Rina Marlina - lintasFinance', { author: 'Rina Marlina', outlet: 'lintasFinance', staff: false }],
    ['Rani Kusuma (The Archipelago Post)', { author: 'Rani Kusuma', outlet: 'The Archipelago Post', staff: false }],
    ['Reuters Staff', { author: 'Reuters Staff', outlet: 'Reuters', staff: true }],
    ['Tim Redaksi', { author: 'Tim Redaksi', outlet: null, staff: true }],
    ['Presiden Joko Widodo - Istana', null],
    ['Tim Sepak Bola', null],
  ])('GIVEN the unlabelled byline %j WHEN read THEN %j', (line, want) => {
    expect(readByline(line)).toEqual(want);
  });

  it.each([
    ['Jumat 04 Aug 2017 10:22 WIB', null, null],
    ['Wed, September 20, 2023', null, null],
    ['Kompas.com - 08/06/2021, 14:14 WIB', null, 'Kompas.com'],
    ['CNN Indonesia | Senin, 03 Jul 2023 15:20 WIB', null, 'CNN Indonesia'],
    ['Raka Dwi Novianto , Jurnalis-Kamis, 14 September 2023 |19:34 WIB', 'Raka Dwi Novianto', null],
  ])('GIVEN the date line %j WHEN read THEN the weekday is no writer: author %j, outlet %j', (line, author, outlet) => {
    expect(parseDateLineInfo(line)).toMatchObject({ author, outlet });
  });

  it('GIVEN an update date glued to a caption WHEN read THEN the verbatim date prefix is kept, marked as an update', () => {
    expect(leadingDate('diperbarui 01 Okt 2014, 18:56 WIBPresiden terpilih adakan jumpa pers (Foto/Nama)')).toMatchObject({
      text: 'diperbarui 01 Okt 2014, 18:56', publishedIso: '2014-10-01T18:56', updated: true,
    });
    expect(leadingDate('5 Desember 2024, warga berkumpul di alun-alun kota.')).toBeNull();
  });
});

describe('photo credits', () => {
  it.each([
    ['Kenny Wong has been running his noodle shop. (Photo: Corine Tiah)', 'Corine Tiah'],
    ['Jokowi Cek Harga Beras di Karawang. (Foto: Okezone.com/Setpres)', 'Okezone.com/Setpres'],
    ['Cyclists ride along Main Street on Monday. (AP Photo/Evan Vucci)', 'AP Photo/Evan Vucci'],
    ['Sheep are herded at a farm near Dubbo. REUTERS/Loren Park', 'REUTERS/Loren Park'],
    ['Pasukan Korea Utara dalam sebuah parade. Foto: KCNA', 'KCNA'],
    ['Pedagang melayani pembeli. (Foto: Dok. Humas Pemkot)', 'Dok. Humas Pemkot'],
    ['Jumpa pers di Rumah Transisi, Jakarta (15/9/2014) (Liputan6.com/Herman Zakharia)', 'Liputan6.com/Herman Zakharia'],
    ['Pekerja menyelesaikan saluran. ANTARA FOTO/Yudi Manurung/abc.', 'ANTARA FOTO/Yudi Manurung/abc'],
    ['Image source, Getty Images', 'Getty Images'],
    ['Diners at a hawker centre in Bedok. ST PHOTO: KEVIN LIM', 'KEVIN LIM'],
  ])('GIVEN the caption %j WHEN read THEN the credit is %j', (line, credit) => {
    expect(photoCredit(line)).toBe(credit);
  });

  it.each([
    '• USD/IDR 16.860 -50,00 -0,30%',
    'Koalisi itu terdiri atas dua partai (KIH/KMP).',
    'Harga beras naik lagi minggu ini.',
    '… karena gangguan baterai. (grd/yk)',
    '… salah satu pemasok minyak terbesar ke AS. (AFP / AP / MON)',
    '… di Kabupaten Serang, Provinsi Banten. (EVY/DOE/CAL)',
  ])('GIVEN %j WHEN read THEN it has no photo credit', (line) => {
    expect(photoCredit(line)).toBeNull();
  });
});

describe('outlets', () => {
  it.each(['Kompas.com', 'detikFinance', 'kumparanNEWS', 'Reuters', 'The Jakarta Post', 'BBC News', 'CNN Indonesia', 'Tribun Jabar', 'Metro TV'])(
    'GIVEN %j WHEN judged THEN it is an outlet name', (name) => expect(outletLike(name)).toBe(true));

  it.each(['Jane Doe', 'Presiden Joko Widodo', 'NEA', 'Jakarta', 'Pasar Jatinegara', 'wartawan'])(
    'GIVEN %j WHEN judged THEN it is not an outlet name', (name) => expect(outletLike(name)).toBe(false));

  it('GIVEN "Source: CNA/ja" or "Sumber: Antara" WHEN read THEN the source line names the outlet', () => {
    expect(sourceLineOutlet('Source: CNA/ja')).toBe('CNA');
    expect(sourceLineOutlet('Sumber: Antara')).toBe('Antara');
    expect(sourceLineOutlet('Sumber: BPS')).toBeNull();
  });

  it('GIVEN a body phrase naming who received a statement WHEN the page chrome prints the same lowercase brand THEN it is the outlet', () => {
    const body = ['Pesawat tertunda dua jam.', 'Tidak ditemukan benda berbahaya, menurut keterangan yang diterima lensaku.'];
    expect(outletInBody(body, 'Tentang KamiCara Menulis di lensakuKarir')).toEqual({ outlet: 'lensaku', text: 'keterangan yang diterima lensaku', paragraph: 2 });
    expect(outletInBody(body, 'Tentang Kami')).toBeNull();
    expect(outletInBody(['"Kami siap," kata Budi kepada Kompas.com, Senin.'], '')).toMatchObject({ outlet: 'Kompas.com', paragraph: 1 });
    expect(outletInBody(['"We are ready," she told reporters.'], 'reporters')).toBeNull();
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
