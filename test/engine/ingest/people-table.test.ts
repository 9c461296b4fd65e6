import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/engine/ingest/ingest.ts';
import { explainPeople } from '../../../src/engine/ingest/people.ts';
import type { Person } from '../../../src/engine/types.ts';

const article = (...paragraphs: string[]) => ingestArticle({ id: 't', text: ['Judul Berita Uji Coba', '', ...paragraphs].join('\n\n') });

/** A person as the table states it: name, and the titles and aliases that must be among theirs. */
interface Expected {
  name: string;
  titles?: string[];
  aliases?: string[];
}

const brief = (p: Person, e: Expected) => ({
  name: p.name,
  ...(e.titles ? { titles: p.titles.filter((t) => e.titles?.includes(t)) } : {}),
  ...(e.aliases ? { aliases: p.aliases.filter((a) => e.aliases?.includes(a)) } : {}),
});

// Sentences in both languages, each with the people it names: roles before the name with "dan",
// commas and lowercase words inside, roles after it, honorifics, ages, aliases and pairs.
const PEOPLE: [string, string[], Expected[]][] = [
  ['a role before the name with "dan" inside', ['"Hujan mulai turun," kata Kepala Seksi Data dan Informasi BMKG Medan, Rudi Hartono di Medan.'],
    [{ name: 'Rudi Hartono', titles: ['Kepala Seksi Data dan Informasi BMKG Medan'] }]],
  ['an English job title after "terang" in an Indonesian article', ['"Tidak ada ancaman," terang Corporate Communications Strategic Nusa Air, Bimo Santoso, dari keterangan tertulis.'],
    [{ name: 'Bimo Santoso', titles: ['Corporate Communications Strategic Nusa Air'] }]],
  ['a role with lowercase words and a company', ['Direktur festival dari PT Suara Kencana Nusantara, Dewa Pratama, mengatakan tiket sudah habis.'],
    [{ name: 'Dewa Pratama', titles: ['Direktur festival dari PT Suara Kencana Nusantara'] }]],
  ['a lowercase English appositive after the name', ['Prices will keep rising, said Mr Daniel Koh, head of research at property agency Maple Realty.'],
    [{ name: 'Daniel Koh', titles: ['head of research at property agency Maple Realty'] }]],
  ['a CEO title with the company in it', ['CEO Agrinusa, Fajar Hidayat, mengatakan perusahaan akan merekrut 50 orang.'], [{ name: 'Fajar Hidayat', titles: ['CEO Agrinusa'] }]],
  ['"Hj." between the role and the name', ['Sekretaris Daerah Sumbawa, Hj. Siti Aminah, menyatakan pemkab siap hadir.'], [{ name: 'Siti Aminah', titles: ['Sekretaris Daerah Sumbawa'] }]],
  ['"dr." between the role and the name', ['"Kasus naik," kata Kepala Dinkes Sleman, dr. Ratih Purnama, di kantornya.'], [{ name: 'Ratih Purnama', titles: ['Kepala Dinkes Sleman'] }]],
  ['a role with commas inside', ['Kepala Dinas Koperasi, Usaha Mikro, dan Perdagangan Kota Blitar, Agus Salim, mengatakan stok aman.'],
    [{ name: 'Agus Salim', titles: ['Kepala Dinas Koperasi, Usaha Mikro, dan Perdagangan Kota Blitar'] }]],
  ['an English title joined by "of", "for" and "and the"', ['Exports grew 4 percent, Minister of State for Trade and the Economy Alvin Tan said on Monday.'],
    [{ name: 'Alvin Tan', titles: ['Minister of State for Trade and the Economy'] }]],
  ['"Member of Parliament" before the name', ['Member of Parliament Wendy Ho asked whether the plan was fair to renters.'], [{ name: 'Wendy Ho', titles: ['Member of Parliament'] }]],
  ['a nickname in parentheses', ['Gubernur Basuki Tjahaja Purnama (Ahok) meninjau pompa air.', 'Ahok mengatakan pompa bekerja normal.'],
    [{ name: 'Basuki Tjahaja Purnama', titles: ['Gubernur'], aliases: ['Ahok'] }]],
  ['a surname used alone later', ['Wakil Menteri Dewi Lestari meninjau pasar.', 'Lestari menambahkan bahwa stok cukup.'], [{ name: 'Dewi Lestari', aliases: ['Lestari'] }]],
  ['a pair joined by a hyphen', ['Pasangan Agus Salim-Rina Marlina (Agus-Rina) unggul di 12 kecamatan.'],
    [{ name: 'Agus Salim', aliases: ['Agus'] }, { name: 'Rina Marlina', aliases: ['Rina'] }]],
  ['an age in parentheses', ['Salah satu penonton asal Depok, Bayu (27), mengaku puas dengan konser itu.'], [{ name: 'Bayu' }]],
  ['an age between commas', ['Retiree Tan Ah Kow, 71, said he would buy one in July.'], [{ name: 'Tan Ah Kow' }]],
  ['an honorific and a given name used later', ['Minister of State for Trade Grace Lee said on Tuesday that vouchers would go out.', '"We are ready," said Ms Lee.'],
    [{ name: 'Grace Lee', aliases: ['Lee'] }]],
  ['a title that ends in a rank and an honorific', ['Health Minister Datuk Seri Dr Ahmad Zaki said cases had doubled.'], [{ name: 'Ahmad Zaki', titles: ['Health Minister'] }]],
  ['a role noun before the name', ['Penyanyi Laras Wening tampil di hari pertama.', 'Laras Wening membawakan lima lagu.'], [{ name: 'Laras Wening' }]],
  ['a police rank between the title and the name', ['Kapolres Banjarnegara AKBP Dimas Prasetyo mengatakan bus membawa 48 penumpang.'],
    [{ name: 'Dimas Prasetyo', titles: ['Kapolres Banjarnegara AKBP'] }]],
  ['a lowercase role and a name inside the clause before another name', ['Founded in 2018 by Arif and chief technology officer Nina Hartono, Kargoku raised $20 million.'],
    [{ name: 'Nina Hartono', titles: ['chief technology officer'] }]],
  ['a line-up of players after a colon', ['Persikota (4-4-2): Andi Saputra; Budi Cahyono, Rian Hidayat, Joko Susilo.'],
    [{ name: 'Andi Saputra' }, { name: 'Budi Cahyono' }, { name: 'Rian Hidayat' }, { name: 'Joko Susilo' }]],
];

// Sentences that name places, venues, brands, bands, bodies and things, and no person.
const NOBODY: [string, string[]][] = [
  ['a venue after "di"', ['Konser itu digelar di Balai Sarbini Kemang, Jakarta, pada Sabtu malam.']],
  ['a park after "at"', ['Stallholders at Tampines Greenwood will pay lower rents from September.']],
  ['a band named with "Band"', ['Band Senandung Fajar tampil sebagai penutup.', 'Senandung Fajar membawakan sepuluh lagu.']],
  ['an airline', ['Penerbangan Nusa Air tertunda dua jam.', 'Nusa Air kemudian melanjutkan penerbangan ke Jakarta.']],
  ['a satellite', ['Titik panas terpantau melalui pencitraan Satelit Aqua dan Terra.']],
  ['a list of regencies after a locative', ['Titik panas terpantau di Rokan Hilir, Kampar Kiri, dan Kuantan Singingi.']],
  ['a regional nickname after "di"', ['Program itu dijalankan di sejumlah sekolah di Bumi Lancang Kuning.']],
  ['a club and a cup', ['Eastern Rovers won the Coastal Cup on Sunday.']],
  ['a start-up described before its name', ['Perusahaan rintisan asal Bandung, Tanibumi, mengumumkan pendanaan baru.', 'Tanibumi mengatakan dana akan dipakai untuk ekspansi.']],
  ['a shipping company', ['Golden Wave Shipping Lines said the ferry had been cleared to sail.']],
  ['a bus company', ['Bus PO Sinar Jaya terguling di turunan tajam.']],
  ['villages and districts', ['Warga Desa Sukamulya, Kecamatan Ciawi, mengungsi ke balai desa.']],
  ['nationalities before nouns', ['Two passengers, a 71-year-old Japanese woman and a 34-year-old Thai man, were taken to hospital.']],
  ['a programme spelt out before its acronym', ['Siswa tidak tertampung pada Penerimaan Peserta Didik Baru (PPDB) tahun ini.']],
  ['a hospital named after a doctor', ['Pasien dirujuk ke RSUD dr. Soekardjo Tasikmalaya pada Senin.']],
  ['a title run that ends with a police unit', ['Kasat Resnarkoba Polres Binjai memimpin penggerebekan itu.']],
  ['a capitalized headline line', ['Senandung Fajar Umumkan Tur Lima Kota Tahun Depan']],
];

describe('people table', () => {
  it.each(PEOPLE)('GIVEN %s WHEN ingested THEN the people and their roles are found', (_what, paragraphs, expected) => {
    const people = article(...paragraphs).people;
    expect(expected.map((e) => { const p = people.find((x) => x.name === e.name); return p ? brief(p, e) : null; })).toEqual(
      expected.map((e) => ({ name: e.name, ...(e.titles ? { titles: e.titles } : {}), ...(e.aliases ? { aliases: e.aliases } : {}) })),
    );
  });

  it.each(NOBODY)('GIVEN %s WHEN ingested THEN nobody is a person', (_what, paragraphs) => {
    expect(article(...paragraphs).people.map((p) => p.name)).toEqual([]);
  });

  it('GIVEN a role before a name WHEN ingested THEN the capitalized words of the role are not people', () => {
    const a = article('Kepala Dinas Koperasi, Usaha Mikro, dan Perdagangan Kota Blitar, Agus Salim, mengatakan stok aman.', 'CEO Agrinusa, Fajar Hidayat, hadir.');
    expect(a.people.map((p) => p.name)).toEqual(['Agus Salim', 'Fajar Hidayat']);
  });

  it('GIVEN a rejected name WHEN explained THEN its evidence against it is named', () => {
    const a = article('Konser itu digelar di Balai Sarbini Kemang.', 'Band Senandung Fajar tampil sebagai penutup. Senandung Fajar membawakan sepuluh lagu.', 'Budi Santoso, 45, menonton dari depan.');
    const explained = explainPeople(a.paragraphs);
    expect(explained.find((e) => e.name === 'Senandung Fajar')).toMatchObject({ person: false, evidence: expect.arrayContaining(['org-word']) });
    expect(explained.find((e) => e.name === 'Budi Santoso')).toMatchObject({ person: true, evidence: expect.arrayContaining(['age', 'shape']) });
  });
});
