import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/engine/ingest/ingest.ts';
import { isBlendOf, resolvePerson } from '../../../src/engine/ingest/people.ts';
import { FIXTURES, ingestFile } from './helpers.ts';

const article = (...paragraphs: string[]) => ingestArticle({ id: 't', text: ['Judul Berita Uji Coba', '', ...paragraphs].join('\n\n') });

describe('people', () => {
  it('GIVEN "Sekretaris Jenderal NATO, Mark Rutte" WHEN ingested THEN Mark Rutte has that title and the alias Rutte', () => {
    const a = article(
      'Brussels: Sekretaris Jenderal NATO, Mark Rutte, pada Senin mengungkapkan bahwa Rusia membantu Korea Utara.',
      'Rutte juga mengingatkan tentang ancaman global bagi Eropa.',
    );
    expect(a.people).toEqual([{ name: 'Mark Rutte', aliases: ['Rutte'], titles: ['Sekretaris Jenderal NATO'], paragraphs: [1, 2] }]);
  });

  it('GIVEN "Presiden Joko Widodo (Jokowi)" WHEN ingested THEN Jokowi is an alias and "Presiden" resolves to him', () => {
    const a = article('JAKARTA - Presiden Joko Widodo (Jokowi) mengungkapkan bahwa harga beras masih tinggi.', 'Menurut Presiden, stok beras cukup untuk tiga bulan.');
    const jokowi = a.people[0];
    expect(jokowi).toMatchObject({ name: 'Joko Widodo', aliases: ['Jokowi'], titles: ['Presiden'] });
    for (const surface of ['Jokowi', 'Presiden', 'Presiden Jokowi', 'Joko Widodo', 'Widodo']) expect(resolvePerson(a.people, surface)?.name).toBe('Joko Widodo');
  });

  it('GIVEN a nickname blended from the name WHEN matched THEN "Jokowi" and "SBY" are blends, "Rutte" is not', () => {
    expect(isBlendOf('Jokowi', 'Joko Widodo')).toBe(true);
    expect(isBlendOf('SBY', 'Susilo Bambang Yudhoyono')).toBe(true);
    expect(isBlendOf('Rutte', 'Mark Rutte')).toBe(false);
  });

  it('GIVEN English titles before and after a name WHEN ingested THEN both are recorded', () => {
    const a = ingestArticle({
      id: 'en',
      text: 'Nato chief warns allies\n\nBRUSSELS — NATO Secretary General Mark Rutte said on Tuesday that allies must do more.\n\nMark Rutte, NATO\'s secretary general, added that the threat was growing.',
    });
    expect(a.people[0]).toMatchObject({ name: 'Mark Rutte', titles: ['NATO Secretary General', "NATO's secretary general"] });
  });

  it('GIVEN places, organizations and sentence starts WHEN ingested THEN none of them is a person', () => {
    const a = article(
      'Pasukan Korea Utara dikirim ke Rusia. Semenanjung Korea dan Amerika Serikat ikut terancam.',
      'Situasi di medan perang semakin sulit, seperti dilansir dari The Straits Times. Kepala Bulog meninjau Gudang Bulog Purwosari.',
    );
    expect(a.people).toEqual([]);
  });

  it('GIVEN a title run followed by an appositive name WHEN ingested THEN the place in the title is not a person', () => {
    const a = ingestFile(FIXTURES, 'minimal');
    expect(a.people.map((p) => p.name)).toEqual(['Endang Suherman']);
    expect(a.people[0]?.titles).toEqual(['Kepala Desa Sukamaju']);
  });

  it('GIVEN a one-word speaker introduced as "seorang pedagang" WHEN ingested THEN the role becomes the title', () => {
    const a = article(
      'Salah seorang pedagang beras di Pasar Johar juga mengatakan bahwa harga naik. Menurut Halid, kenaikan hampir Rp2 ribu per kilo.',
      '"Ada pelonjakan 2 ribu per kilo," kata Halid.',
    );
    expect(a.people).toEqual([{ name: 'Halid', aliases: [], titles: ['pedagang beras'], paragraphs: [1, 2] }]);
  });

  it('GIVEN a capitalized phrase whose words also appear lowercase WHEN ingested THEN it is a term, not a name', () => {
    const a = article('Pemerintah menggelar Operasi Pasar Murah di lima kota. Operasi pasar murah berlangsung sepekan dengan harga murah.');
    expect(a.people).toEqual([]);
  });
});
