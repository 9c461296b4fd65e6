import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestArticle } from '../../../src/engine/ingest/ingest.ts';
import type { Article } from '../../../src/engine/types.ts';

/** Every structural promise of an Article that must hold for any input. */
function checkInvariants(a: Article): void {
  a.paragraphs.forEach((p, i) => {
    expect(p.number).toBe(i + 1);
    for (const s of p.sentences) expect(p.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    for (const d of p.dates) expect(p.text.slice(d.start, d.start + d.text.length)).toBe(d.text);
  });
  for (const q of a.quotes) expect(q.paragraph).toBeLessThanOrEqual(a.paragraphs.length);
  for (const pl of a.places ?? []) expect(a.paragraphs[pl.paragraph - 1]?.text.slice(pl.start, pl.start + pl.name.length)).toBe(pl.name);
}

const LINES = [
  'Baca Juga: Judul Lain',
  '"Ya," kata Budi.',
  'JAKARTA - Presiden Budi Santoso (Budi) mengatakan bahwa harga naik pada Senin (19/9).',
  'Ia menambahkan bahwa “harga turun,” tegasnya.',
  '(Foto: Humas)',
  'Reporter: A | Editor: B',
  'Kamis (5/12/2024) pukul 11.53 WIB',
  'A',
  '',
  '“',
  '"',
  'Dr. H. Ahmad, S.H. dll. 1,5%.',
  'Populer',
  '(Fajar Nugraha)',
];
const lineMix = fc.array(fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(...LINES)), { maxLength: 60 }).map((ls) => ls.join('\n'));

describe('ingestArticle on arbitrary input', () => {
  it('GIVEN degenerate inputs WHEN ingested THEN nothing throws and there is no body', () => {
    for (const text of ['', '   \n\n  ', '.,;:!?…“”"\'()', '\u0000\u0001\uFFFF\uD800', 'x'.repeat(100_000)]) {
      const a = ingestArticle({ id: 'edge', text });
      expect(a.id).toBe('edge');
      checkInvariants(a);
    }
  });

  it('GIVEN one giant line of prose WHEN ingested THEN it is one paragraph with many sentences', () => {
    const a = ingestArticle({ id: 'g', text: 'Harga beras naik lagi di pasar. '.repeat(2000) });
    expect(a.paragraphs).toHaveLength(1);
    expect(a.paragraphs[0]?.sentences).toHaveLength(2000);
  });

  it('GIVEN arbitrary strings and line mixes WHEN ingested THEN invariants hold and re-ingesting is identical', () => {
    const property = (text: string): void => {
      const a = ingestArticle({ id: 'p', text });
      checkInvariants(a);
      expect(ingestArticle({ id: 'p', text }).paragraphs).toEqual(a.paragraphs);
    };
    fc.assert(fc.property(fc.string({ maxLength: 6000, unit: 'binary' }), property), { numRuns: 150 });
    fc.assert(fc.property(fc.string({ maxLength: 6000, unit: 'grapheme' }), property), { numRuns: 150 });
    fc.assert(fc.property(lineMix, property), { numRuns: 300 });
  });
});
