import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/engine/ingest/ingest.ts';
import type { Quote } from '../../../src/engine/types.ts';

const quotesOf = (...paragraphs: string[]): Quote[] => ingestArticle({ id: 't', text: ['Judul Berita Uji Coba', '', ...paragraphs].join('\n\n') }).quotes;

/** A quote as the table states it: paragraph, kind, speaker, and how its text starts (or all of it). */
type Expected = [number, Quote['kind'], string, string];

const brief = (q: Quote, e: Expected | undefined): Expected => [q.paragraph, q.kind, q.speaker, e && q.text.startsWith(e[3]) ? e[3] : q.text];

// Attribution is right or absent (issue 11): the speaker is the person as the article introduced
// them, and reported speech is what they said, in both languages.
const SAID: [string, string[], Expected[]][] = [
  ['"mengatakan bahwa" after an appositive aside', ['Sekretaris Jenderal PBB, Antonio Guterres, pada Senin mengatakan bahwa konflik harus segera dihentikan.'],
    [[1, 'reported', 'Antonio Guterres', 'konflik harus segera dihentikan']]],
  ['"kata" before a role with "dan" and the name', ['"Stok beras aman," kata Kepala Seksi Data dan Informasi Bulog Jawa Barat, Budi Hartono di Bandung.'],
    [[1, 'direct', 'Budi Hartono', 'Stok beras aman']]],
  ['a given name used alone later', ['Direktur festival dari PT Gema Suara, Rangga Putra, mengatakan penonton turun karena hujan.', '"Kami tetap bersyukur," kata Rangga.'],
    [[1, 'reported', 'Rangga Putra', 'penonton turun karena hujan'], [2, 'direct', 'Rangga Putra', 'Kami tetap bersyukur']]],
  ['"ujarnya" after a named person', ['Kepala Desa Sukamaju, Endang Suherman, meninjau tanggul.', '"Air sudah surut sejak pagi," ujarnya.'],
    [[2, 'direct', 'Endang Suherman', 'Air sudah surut sejak pagi']]],
  ['"imbuhnya" and "tuturnya" after a named quote', ['"Harga cabai naik," kata Budi Santoso.', '"Pasokan dari Brebes berkurang," imbuhnya.', '"Semoga pekan depan turun," tuturnya.'],
    [[1, 'direct', 'Budi Santoso', 'Harga cabai naik'], [2, 'direct', 'Budi Santoso', 'Pasokan'], [3, 'direct', 'Budi Santoso', 'Semoga']]],
  ['"katanya" after a person introduced in the paragraph', ['"Cakupan harus 95 persen," kata Kepala Dinas Kesehatan, Yosefa Kaize.', 'Seorang ibu, Maria Ndoen (29), membawa dua anaknya. "Saya takut anak saya sakit," katanya.'],
    [[1, 'direct', 'Yosefa Kaize', 'Cakupan'], [2, 'direct', 'Maria Ndoen', 'Saya takut']]],
  ['"menurut" with an appositive role before the name', ['Menurut Kepala Dinas Pendidikan Kota Medan, Rahmat Siregar, kelas tambahan akan dibuka.'],
    [[1, 'reported', 'Rahmat Siregar', 'kelas tambahan akan dibuka']]],
  ['"mengimbau agar"', ['Juru bicara BPBD, Sri Wahyuni, mengimbau agar warga tidak panik.'], [[1, 'reported', 'Sri Wahyuni', 'warga tidak panik']]],
  ['"mendesak … untuk" keeps whom it urges', ['Presiden Prabowo mendesak para menteri untuk mempercepat belanja.'], [[1, 'reported', 'Prabowo', 'para menteri untuk mempercepat belanja']]],
  ['a subject with an age and a relative clause', ['Salah satu pemudik, Tarmizi (44), yang datang dari Bekasi ke Purworejo, Jawa Tengah, mengaku berangkat subuh.'],
    [[1, 'reported', 'Tarmizi', 'berangkat subuh']]],
  ['an attribution at the end of the sentence', ['Harga cabai naik dua kali lipat, kata Siti Aminah.'], [[1, 'reported', 'Siti Aminah', 'Harga cabai naik dua kali lipat']]],
  ['"Ms Lim" for the minister named before', ['Vouchers will go out in July, Minister of State for Trade and the Economy Grace Lim said on Tuesday.', '"We are ready," said Ms Lim.'],
    [[1, 'reported', 'Grace Lim', 'Vouchers will go out in July'], [2, 'direct', 'Grace Lim', 'We are ready']]],
  ['"according to" a titled analyst', ['According to analyst Ken Wu of Harbor Securities, the rally may fade next month.'], [[1, 'reported', 'Ken Wu', 'the rally may fade next month']]],
  ['"said" before a club, a role and an age', ['"It was a fair result," said Rovers coach Pedro Alves, 52, after the match.'], [[1, 'direct', 'Pedro Alves', 'It was a fair result']]],
  ['a subject with a relative clause before "said"', ['Chief executive Sarah Lim announced the results.', 'Lim, who took over in March, said the group would close two stores.'],
    [[2, 'reported', 'Sarah Lim', 'the group would close two stores']]],
  ['a time after "said"', ['The company said on Wednesday its annual profit rose 12%.'], [[1, 'reported', 'The company', 'its annual profit rose 12%']]],
  ['"told reporters" at the end', ['The runway will be extended by 400 metres, government spokeswoman Anna Reyes told reporters.'],
    [[1, 'reported', 'Anna Reyes', 'The runway will be extended by 400 metres']]],
  ['"he said in a statement" after the statement', ['Health Minister Ahmad Zaki said cases had doubled.', 'Deaths had also risen, to 41 from 17, he said in a statement today.'],
    [[1, 'reported', 'Ahmad Zaki', 'cases had doubled'], [2, 'reported', 'Ahmad Zaki', 'Deaths had also risen, to 41 from 17']]],
  ['"told the court" after the statement', ['Prosecutor Emma Tran said the firm was insolvent.', 'The money paid old debts instead, Ms Tran told the court.'],
    [[1, 'reported', 'Emma Tran', 'the firm was insolvent'], [2, 'reported', 'Emma Tran', 'The money paid old debts instead']]],
];

// Sentences whose reporting verb reports no statement of the speaker's.
const NOT_SAID: [string, string][] = [
  ['what was criticised', 'Budi mengkritik kebijakan impor beras pemerintah untuk tahun depan.'],
  ['what was criticised, in English', 'Trump criticised the military aid to Kyiv.'],
  ['a topic after "tentang"', 'Menteri Luar Negeri Retno Marsudi mengingatkan tentang ancaman perubahan iklim.'],
  ['what was highlighted', 'Ia juga menyoroti risiko yang ditimbulkan oleh perubahan kebijakan itu.'],
  ['what was declined', 'Namun Hasto enggan mengatakan siapa calon ketua partai.'],
  ['what was declined, in English', 'The minister declined to say when the talks would resume.'],
  ['a document as the source', 'Menurut dakwaan, terdakwa membuat laporan fiktif untuk tiga proyek.'],
  ['"added to" a tally', 'Tan added to his tally with a late goal in the second half.'],
  ['"menata" is not "kata"', 'Pedagang menata telur ayam di Pasar Setonobetek.'],
  ['"mencatat" data without a clause', 'BPS mencatat inflasi sebesar 0,04 persen pada September.'],
];

describe('attribution table', () => {
  it.each(SAID)('GIVEN %s WHEN ingested THEN the statement goes to its speaker', (_what, paragraphs, expected) => {
    const quotes = quotesOf(...paragraphs);
    expect(quotes.map((q, i) => brief(q, expected[i]))).toEqual(expected);
  });

  it.each(NOT_SAID)('GIVEN %s WHEN ingested THEN no statement is attributed', (_what, sentence) => {
    expect(quotesOf(sentence)).toEqual([]);
  });

  it('GIVEN reported speech WHEN ingested THEN no statement opens with a preposition of topic', () => {
    const q = quotesOf('Rutte menegaskan bahwa aliansi itu berbahaya.', 'Rutte juga mengingatkan tentang ancaman global.', 'Ia menambahkan bahwa ancaman meningkat.');
    expect(q.map((x) => [x.paragraph, x.speaker, x.text])).toEqual([
      [1, 'Rutte', 'aliansi itu berbahaya'],
      [3, 'Rutte', 'ancaman meningkat'],
    ]);
  });
});
