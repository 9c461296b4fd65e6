/**
 * Question analysis: the kind of span a question wants and the noun it asks about, in both
 * languages, with chat spellings — the first stage the typed candidates are weighed against.
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/engine/question/analyze.ts';

const cases: [string, string, string | null][] = [
  ['How many passengers were on the plane?', 'count', 'passengers'],
  ['Berapa penumpang pesawat itu?', 'count', 'penumpang'],
  ['brp kios yang terbakar?', 'count', 'kios'],
  ['How many of Riau\'s hotspots were confirmed?', 'count', 'hotspots'],
  ['Berapa harga beras di pasar?', 'money', 'harga'],
  ['How much does a kilo of rice cost?', 'money', null],
  ['What did the cheapest rice cost before?', 'money', null],
  ['Berapa persen sewa yang dibayar?', 'percent', null],
  ['How long will the program run?', 'duration', null],
  ['berapa lama ancaman hukumannya?', 'duration', null],
  ['How old is the passenger?', 'age', null],
  ['What time did the flight leave?', 'time', null],
  ['pukul berapa pesawat mendarat?', 'time', null],
  ['Kapan banjir terjadi?', 'date', null],
  ['edisi keberapa festival ini?', 'ordinal', null],
  ['What was the flight number?', 'code', 'number'],
  ['Which market did Jokowi inspect?', 'place', 'market'],
  ['which provnce is karawang in?', 'place', 'provnce'],
  ['Which company organised the festival?', 'organization', 'company'],
  ["What's Danang's job?", 'role', null],
  ['Kenapa harga naik?', 'reason', null],
  ['What caused the fire?', 'reason', null],
  ['Who said the discount was a bonus?', 'speaker', null],
];

describe('question analysis: the wanted kind and head noun', () => {
  it.each(cases)('GIVEN %s WHEN analyzed THEN it wants %s about %s', (q, kind, head) => {
    const a = analyzeQuestion(q);
    expect(a.kind).toBe(kind);
    if (head) expect(a.head).toBe(head);
  });

  it('GIVEN "status siaga … smpai kapan?" WHEN analyzed THEN a real word one letter from "siapa" stays itself and the question is a when-question', () => {
    expect(analyzeQuestion('status siaga karhutla diperpanjang smpai kapan?').type).toBe('when');
  });

  it('GIVEN "what about on thursday?" WHEN analyzed THEN the swap phrase is not read as a what-question', () => {
    const a = analyzeQuestion('what about on thursday?');
    expect(a.swapSubject).toBe(true);
    expect(a.type).toBe('unknown');
  });

  it.each([
    ['How long is the meal program supposed to run?', 'long'],
    ['How soon does Jokowi expect rice prices to come down?', 'soon'],
    ['Berapa lama program itu berjalan?', 'lama'],
    ['Seberapa jauh jarak bandara dari kota?', 'jauh'],
  ])('GIVEN %j WHEN analyzed THEN the measure word %j is the question\'s, not a word to search for', (q, measure) => {
    expect(analyzeQuestion(q).words.map((w) => w.folded)).not.toContain(measure);
  });

  it('GIVEN "What time …?" WHEN analyzed THEN the unit word "time" is not searched for', () => {
    expect(analyzeQuestion('What time did the flight end up leaving?').words.map((w) => w.folded)).not.toContain('time');
  });
});
