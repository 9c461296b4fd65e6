/**
 * Typed candidates of a sentence: names typed by what ingestion learnt of the article, amounts,
 * dates, the dateline — and what is not a candidate (a number inside a date or a name).
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from '../../../src/engine/answer/candidates.ts';
import { properWordsOf } from '../../../src/engine/answer/spans.ts';
import { prepareArticle } from '../../../src/engine/ingest/prepare.ts';

const ARTICLE = `Kapal Tenggelam di Selat Lombok, 3 Penumpang Hilang

Mataram: Kapal motor KM Sinar Laut tenggelam di Selat Lombok pada Senin (6/1/2025) pukul 21.30 WITA.
Kepala Kantor SAR Mataram, Budi Santoso, mengatakan kapal membawa 42 penumpang dan 6 awak.
"Pencarian kami lanjutkan besok pagi," kata Budi di Pelabuhan Lembar, Selasa (7/1/2025).
Kapal berangkat dari Pelabuhan Padangbai menuju Lembar dengan tarif Rp45.000 per orang.
Korban dirawat di Puskesmas Lembar 1 dan RSUD Praya, sedangkan penumpang hilang di Mataram dua orang dan di Lembar satu orang.`;

const article = prepareArticle({ id: 'kapal', text: ARTICLE }).analyzeNow();
const properWords = properWordsOf(article.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)));

function kindsIn(paragraph: number): string[] {
  const p = article.paragraphs[paragraph - 1];
  const s = p?.sentences[0];
  if (!p || !s) throw new Error(`no paragraph ${paragraph}`);
  return candidatesOf({ text: s.text, offset: s.start, dates: p.dates, paragraph: p.number, article }, { properWords }).candidates.map((c) => `${c.kind}:${c.text}${c.dateline ? '*' : ''}`);
}

describe('candidates of a sentence', () => {
  it('GIVEN the first sentence WHEN read THEN the dateline city, the date and the clock time are candidates, and no number inside the date', () => {
    const kinds = kindsIn(1);
    expect(kinds).toContain('place:Mataram*');
    expect(kinds.some((k) => k.startsWith('date:Senin (6/1/2025)'))).toBe(true);
    expect(kinds).toContain('time:pukul 21.30 WITA');
    // A time zone is not a name.
    expect(kinds).not.toContain('name:WITA');
    expect(kinds.some((k) => /^(?:number|count):(?:6|1|2025)$/.test(k))).toBe(false);
  });

  it('GIVEN two counts of different nouns WHEN read THEN each is a count with its noun, and the speaker is a person', () => {
    const kinds = kindsIn(2);
    expect(kinds).toContain('count:42 penumpang');
    expect(kinds).toContain('count:6 awak');
    expect(kinds).toContain('person:Budi Santoso');
  });

  it('GIVEN places after "dari" and "menuju" and a price WHEN read THEN they are places and money', () => {
    const kinds = kindsIn(4);
    expect(kinds).toContain('place:Pelabuhan Padangbai');
    expect(kinds).toContain('money:Rp45.000');
  });

  it('GIVEN a number that ends a name and counts after place names WHEN read THEN the first is part of the name, the counts stay counts', () => {
    const kinds = kindsIn(5);
    expect(kinds.some((k) => /^number:1$/.test(k))).toBe(false);
    expect(kinds).toContain('count:dua orang');
    expect(kinds).toContain('count:satu orang');
  });
});
