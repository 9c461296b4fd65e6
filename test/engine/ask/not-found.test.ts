/**
 * "Not found" is a first-class answer: a question the articles do not answer gets found:false, no
 * citation, and a hint of what the articles do cover, never the nearest paragraph.
 */
import { describe, expect, it } from 'vitest';
import { ask, BUNDLED, EARNINGS, engineOverAll, FLOOD, MARKET, TRANSFER, WIRE } from './support.ts';

const engine = engineOverAll();

/** Facts outside every article, in both languages. */
const outOfScope = [
  'What is the capital of France?',
  'Ibu kota Prancis apa?',
  'Siapa pemenang Piala Dunia 2018?',
  'Who won the 2018 World Cup?',
  'Who is the president of France?',
  'How many people died in the flood?',
  'When did the Ciliwung river overflow?',
];

/** People none of the articles mention. */
const unknownPeople = [
  'What did Joko Widodo say about the flood?',
  'Apa kata Cristiano Ronaldo?',
  'What did Elon Musk say about Solvane?',
  'What did Barack Obama say?',
];

describe('out-of-scope facts, over every article', () => {
  it.each(outOfScope)('GIVEN all articles WHEN asked %j THEN found is false with a hint and no citation', (q) => {
    const a = ask(engine, q);
    expect(a.found).toBe(false);
    expect(a.answer).toBeNull();
    expect(a.citations).toEqual([]);
    expect(a.hint?.titles.length).toBeGreaterThan(0);
    expect(a.confidence).toBeLessThan(0.5);
  });
});

describe('a person the articles never mention', () => {
  it.each(unknownPeople)('GIVEN all articles WHEN asked %j THEN found is false', (q) => {
    const a = ask(engine, q);
    expect(a.found).toBe(false);
    expect(a.hint).not.toBeNull();
  });
});

describe('out-of-scope questions about one article', () => {
  it.each([
    [FLOOD, 'Siapa Presiden Amerika Serikat?'],
    [FLOOD, 'Berapa korban meninggal akibat banjir?'],
    [FLOOD, 'Who is the mayor?'],
    [TRANSFER, 'Who won the 2018 World Cup?'],
    [EARNINGS, 'What is the capital of France?'],
    [BUNDLED, 'Who won the 2018 World Cup?'],
    [BUNDLED, 'Who is the president of France?'],
  ] as const)('GIVEN %s WHEN asked %j THEN found is false', (article, q) => {
    const a = ask(engine, q, { article });
    expect(a.found).toBe(false);
  });
});

describe('the hint says what the scoped articles cover', () => {
  it.each([
    [TRANSFER, 'Persita Raya Resmi Datangkan Gelandang Brasil Rafael Lima', 'Marco Vidal'],
    [WIRE, 'Harrow & Finch shares slump after profit warning', 'Margaret Ellison'],
    [MARKET, 'Harga Cabai di Pasar Kliwon Turun, Pedagang Masih Waswas', 'Budi Santoso Wibowo'],
    [BUNDLED, 'Rusia Dukung Program Nuklir Korea Utara Demi Imbalan Bantuan Pasukan ke Ukraina', 'Mark Rutte'],
  ] as const)('GIVEN %s WHEN asked an out-of-scope question THEN the hint names its headline %j and its main person %j', (article, headline, person) => {
    const a = ask(engine, 'What is the capital of France?', { article });
    expect(a.found).toBe(false);
    expect(a.hint?.titles).toEqual([headline]);
    expect(a.hint?.people).toContain(person);
  });

  it('GIVEN two articles in scope WHEN nothing answers THEN the hint covers exactly those two articles', () => {
    const a = ask(engine, 'Siapa pemenang Piala Dunia 2018?', { articles: [TRANSFER, BUNDLED] });
    expect(a.found).toBe(false);
    expect(a.hint?.titles).toHaveLength(2);
    expect(a.hint?.people).toContain('Mark Rutte');
    expect(a.hint?.people.some((p) => p.includes('Vidal') || p.includes('Rafael') || p.includes('Bambang'))).toBe(true);
  });
});
