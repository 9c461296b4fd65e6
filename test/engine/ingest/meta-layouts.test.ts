/**
 * Metadata on the header and trailer layouts of many outlets: one invented article per layout in
 * test/fixtures/articles/meta/ (see test/fixtures/README.md), and what ingestion reads from each —
 * writer, editor, outlet, publication date, photo credit — with the body left whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ingestFile, para } from './helpers.ts';

const META = join(FIXTURES, 'meta');

interface Row {
  file: string;
  /** The outlet layout the file imitates, and what it exercises. */
  layout: string;
  author: string | null;
  editor: string | null;
  outlet: string | null;
  published: string | null;
  iso: string | null;
  photo: string | null;
  paragraphs: number;
  /** How body paragraph 1 begins. */
  first: string;
}

const ROWS: readonly Row[] = [
  { file: 'id-lentera-penulis-editor', layout: 'Kompas: masthead domain, "Outlet.com - dd/mm/yyyy, hh:mm WIB", "Penulis X | Editor Y" without colons, "(OUTLET.com/NAME)" photo', author: 'Ayu Kartika Sari', editor: 'Bondan Prasetyo', outlet: 'Lentera.com', published: '08/06/2021, 14:14 WIB', iso: '2021-06-08T14:14', photo: 'LENTERA.com/AYU KARTIKA', paragraphs: 3, first: 'CIMAHI, Lentera.com - Sebanyak 40 perahu' },
  { file: 'id-lintas-desk', layout: 'Detik: "Name - deskBrand", caption text above "Foto: Name/deskBrand", "Jakarta -", closing "(abc/def)"', author: 'Rina Marlina', editor: null, outlet: 'lintasFinance', published: 'Selasa, 19 Sep 2023 14:30 WIB', iso: '2023-09-19T14:30', photo: 'Grandi Yusuf/lintasFinance', paragraphs: 4, first: 'Jakarta - Operator kereta api' },
  { file: 'id-lintaswarta-reporter-lines', layout: 'Tempo: "Reporter:" and "Editor:" on separate lines, "OUTLET.CO, City -", "OUTLET/Name" photo', author: 'Galih Permana', editor: 'Siti Nurhaliza Putri', outlet: 'LINTASWARTA.CO', published: 'Senin, 12 Juni 2023 10:05 WIB', iso: '2023-06-12T10:05', photo: 'LINTASWARTA/Galih Permana', paragraphs: 3, first: 'LINTASWARTA.CO, Surabaya - Pemerintah Kota' },
  { file: 'id-knn-pipe-date', layout: 'CNN Indonesia: "Outlet | weekday, date", "Jakarta, Outlet --", "(Foto: Outlet/Name)", closing initials only', author: 'fby/srf', editor: null, outlet: 'KNN Indonesia', published: 'Senin, 03 Jul 2023 15:20 WIB', iso: '2023-07-03T15:20', photo: 'KNN Indonesia/Adhi Wirawan', paragraphs: 4, first: 'Jakarta, KNN Indonesia -- Pemerintah' },
  { file: 'id-wartara-pewarta', layout: 'Antara: "City (AGENCY) -", "AGENCY FOTO/Name/abc." caption, "Pewarta:" and "Editor:" after the body', author: 'Yudi Manurung', editor: 'Hendra Gunawan', outlet: 'WARTARA', published: 'Kamis, 6 Juli 2023 16:40 WIB', iso: '2023-07-06T16:40', photo: 'WARTARA FOTO/Yudi Manurung/abc', paragraphs: 2, first: 'Deli Serdang (WARTARA) - Pembangunan' },
  { file: 'id-tribunkota-laporan', layout: 'Tribun: "Penulis:"/"Editor:" lines, a caption sentence above "Laporan Wartawan Outlet.com, Name", "OUTLET.COM, CITY -", no date', author: 'Dedi Kurniawan', editor: 'Ratna Sari', outlet: 'TRIBUNKOTA.COM', published: null, iso: null, photo: null, paragraphs: 3, first: 'TRIBUNKOTA.COM, PENJARINGAN - Banjir rob' },
  { file: 'id-suarapagi-jurnalis', layout: 'Okezone: "Name , Jurnalis-weekday, date |hh:mm WIB", "(Foto: Outlet.com/Setpres)", "JAKARTA -"', author: 'Bima Aditya Pratama', editor: null, outlet: 'Suarapagi.com', published: 'Rabu, 10 April 2024 |11:05 WIB', iso: '2024-04-10T11:05', photo: 'Suarapagi.com/Setpres', paragraphs: 3, first: 'JAKARTA - Presiden Joko Widodo' },
  { file: 'id-warta9-inisial', layout: 'Liputan6: "Outlet6.com, Jakarta -", closing "(Nur)", an update date glued to the caption, "(Outlet.com/Name)"', author: 'Nur', editor: null, outlet: 'Warta9.com', published: '02 Feb 2022, 10:15', iso: '2022-02-02T10:15', photo: 'Warta9.com/Fajri Ananda', paragraphs: 3, first: 'Warta9.com, Jakarta - Ketua Komisi' },
  { file: 'id-lensaku-diterima', layout: 'kumparan: glued footer menu, date + "Diperbarui", no byline, lowercase brand only in "keterangan yang diterima brand"', author: null, editor: null, outlet: 'lensaku', published: '17 Juli 2018 15:25 WIB', iso: '2018-07-17T15:25', photo: null, paragraphs: 3, first: 'Sebuah pesawat rute Ambon–Makassar' },
  { file: 'id-kabarniaga-reporter-editor', layout: 'Kontan: masthead domain, ticker, "weekday, date / hh:mm WIB", "Reporter: X | Editor: Y", "OUTLET.CO.ID - CITY."', author: 'Lestari Wulandari', editor: 'Agus Salim Harahap', outlet: 'kabarniaga.co.id', published: 'Selasa, 19 September 2023 / 09:44 WIB', iso: '2023-09-19T09:44', photo: null, paragraphs: 3, first: 'KABARNIAGA.CO.ID - BREBES. Harga bawang' },
  { file: 'id-suaraumat-rep-red', layout: 'Republika: "Rep: X/ Red: Y", "weekday dd Mon yyyy hh:mm WIB", agency photo "Foto: ANTARA/Name", "OUTLET.CO.ID, CITY --"', author: 'Dian Fatimah', editor: 'Yoga Saputra', outlet: 'SUARAUMAT.CO.ID', published: '04 Aug 2017 10:22 WIB', iso: '2017-08-04T10:22', photo: 'ANTARA/Rony Muharram', paragraphs: 3, first: 'SUARAUMAT.CO.ID, PEKANBARU -- Satelit' },
  { file: 'en-meridian-staff', layout: 'Reuters: "Outlet Staff", "CITY, Month d (Outlet) -", "OUTLET/Name" photo, "(Reporting by X in City; Editing by Y)"', author: 'Loren Park', editor: 'Tom Hale', outlet: 'Meridian', published: 'March 3, 2024 10:05 AM GMT+11', iso: '2024-03-03T10:05', photo: 'MERIDIAN/Loren Park', paragraphs: 3, first: 'SYDNEY, March 3 (Meridian) - Australian' },
  { file: 'en-allied-press-caps', layout: 'AP: "By NAME IN CAPS Outlet", "Updated h:mm PM, Month d, yyyy", "(ABC Photo/Name)", "CITY, St. (ABC) —"', author: 'MARTA KLINE', editor: null, outlet: 'UPN', published: '3:14 PM GMT+7, March 5, 2024', iso: '2024-03-05T15:14', photo: 'UPN Photo/Jon Reyes', paragraphs: 3, first: 'PORTLAND, Ore. (UPN) — The city council' },
  { file: 'en-sgn-name-twice', layout: 'CNA: the name printed twice above "dd Mon yyyy hh:mmPM (Updated: …)", "CITY:", "(Photo: Name)", "Source: OUTLET/xy"', author: 'Daniel Koh', editor: null, outlet: 'SGN', published: '19 May 2022 08:53PM', iso: '2022-05-19T20:53', photo: 'Priya Nair', paragraphs: 3, first: 'SINGAPORE: A floating solar park' },
  { file: 'en-harbour-times-correspondent', layout: 'Straits Times: name, job line, "UPDATED Mon d, yyyy, h:mm AM", "XY PHOTO: NAME", "CITY -", no outlet named', author: 'Aisha Rahman', editor: null, outlet: null, published: 'Dec 5, 2024, 11:53 AM', iso: '2024-12-05T11:53', photo: 'KEVIN LIM', paragraphs: 3, first: 'SINGAPORE - Rents for stalls' },
  { file: 'en-archipelago-post', layout: 'Jakarta Post: "Name (The Outlet Post)", "City ● Tue, Month d, yyyy / hh:mm am", "(JP/Name)"', author: 'Rani Kusuma', editor: null, outlet: 'The Archipelago Post', published: 'Tue, June 13, 2023 / 10:05 am', iso: '2023-06-13T10:05', photo: 'JP/Seto Wibowo', paragraphs: 3, first: "Jakarta's commuter rail operator" },
  { file: 'en-globe-news-affiliation', layout: 'BBC: name over "Outlet News, City", "Published d Month yyyy", "Image source, Agency"', author: 'Lara Wen', editor: null, outlet: 'Globe News', published: '5 December 2024', iso: '2024-12-05', photo: 'Getty Images', paragraphs: 3, first: 'Thousands of people have been moved' },
];

describe('metadata across outlet layouts', () => {
  it.each(ROWS)('GIVEN the $layout layout ($file) WHEN ingested THEN writer, editor, outlet, date and photo credit are read', (row) => {
    const a = ingestFile(META, row.file);
    expect({
      author: a.meta.author,
      editor: a.meta.editor,
      outlet: a.meta.outlet,
      published: a.meta.published,
      iso: a.meta.publishedIso,
      photo: a.meta.photos[0]?.credit ?? null,
    }).toEqual({ author: row.author, editor: row.editor, outlet: row.outlet, published: row.published, iso: row.iso, photo: row.photo });
  });

  it.each(ROWS)('GIVEN $file WHEN ingested THEN the body paragraphs stay whole, from the dateline on', (row) => {
    const a = ingestFile(META, row.file);
    expect(a.paragraphs).toHaveLength(row.paragraphs);
    expect(para(a, 1).startsWith(row.first)).toBe(true);
  });

  it.each(ROWS)('GIVEN $file WHEN ingested THEN each value is inside the verbatim line it is credited to', (row) => {
    const a = ingestFile(META, row.file);
    const raw = readFileSync(join(META, `${row.file}.txt`), 'utf8');
    for (const [field, source] of Object.entries(a.meta.sources)) {
      const value = a.meta[field as keyof typeof a.meta.sources];
      expect(raw, `${field} line`).toContain(source.text);
      expect(source.text, field).toContain(value);
      if (source.paragraph > 0) expect(para(a, source.paragraph)).toContain(source.text);
    }
    for (const photo of a.meta.photos) expect(photo.line).toContain(photo.credit);
  });
});

describe('what is not metadata', () => {
  it('GIVEN an agency photo credit ("Foto: ANTARA/Name") WHEN the dateline names the outlet THEN the outlet is the dateline\'s, not the agency', () => {
    expect(ingestFile(META, 'id-suaraumat-rep-red').meta.outlet).toBe('SUARAUMAT.CO.ID');
  });

  it('GIVEN a job line under the name ("Senior Correspondent") WHEN ingested THEN the name is the author, not the job', () => {
    expect(ingestFile(META, 'en-harbour-times-correspondent').meta.author).toBe('Aisha Rahman');
  });

  it('GIVEN a glued footer menu and a copyright line above the headline WHEN ingested THEN the headline is the line over the date', () => {
    const a = ingestFile(META, 'id-lensaku-diterima');
    expect(a.meta.title).toBe('Penumpang Bercanda Bawa Bom, Pesawat Tertunda Dua Jam');
    expect(a.meta.caption).toBeNull();
  });

  it('GIVEN a caption sentence above the byline WHEN ingested THEN it is the caption, and ¶1 is the dateline paragraph', () => {
    const a = ingestFile(META, 'id-tribunkota-laporan');
    expect(a.meta.caption).toBe('Warga menyeberangi genangan air laut di Muara Baru, Penjaringan, Jakarta Utara, Selasa (5/12/2023).');
    expect(a.meta.datelineText).toBe('TRIBUNKOTA.COM, PENJARINGAN -');
  });

  it('GIVEN "Image source, Agency" then "Image caption, Text" WHEN ingested THEN the credit is the photo\'s and the text is the caption', () => {
    const a = ingestFile(META, 'en-globe-news-affiliation');
    expect(a.meta.caption).toBe('Image caption, Residents wade through floodwater in East Jakarta');
    expect(a.meta.photos).toEqual([{ credit: 'Getty Images', line: 'Image source, Getty Images' }]);
  });

  it('GIVEN a newsroom byline and a named reporter WHEN ingested THEN the named reporter is the author', () => {
    expect(ingestFile(META, 'en-meridian-staff').meta.author).toBe('Loren Park');
  });
});
