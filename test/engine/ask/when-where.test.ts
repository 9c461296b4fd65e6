/**
 * When / kapan → the date span as the article writes it, plus the date normalized in the asker's
 * language ("3 March 2025" for English, "3 Maret 2025" for Indonesian), with the year from the article.
 * Where / di mana → the place the event happened.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED, BUS, type Case, EARNINGS, engineOverAll, expectCase, FLOOD, MARKET, title, TRANSFER, WIRE } from './support.ts';

const engine = engineOverAll();

interface WhenCase extends Case {
  /** The normalized date must contain this (in the asker's language). */
  normalized: string;
}

const when: WhenCase[] = [
  { q: 'Kapan Sungai Cikaret meluap?', article: FLOOD, lang: 'id', contains: '3/3/2025', paragraph: 1, normalized: '3 Maret 2025' },
  { q: 'When did the Cikaret river overflow?', article: FLOOD, lang: 'en', contains: '3/3/2025', paragraph: 1, normalized: '3 March 2025' },
  { q: 'Kapan Rafael akan dimainkan?', article: TRANSFER, lang: 'id', contains: '25/1', paragraph: 4, normalized: '25 Januari 2025' },
  { q: 'When will Rafael play against Bhayangkara Selatan?', article: TRANSFER, lang: 'en', contains: '25/1', paragraph: 4, normalized: '25 January 2025' },
  { q: 'Kapan pasar murah digelar?', article: MARKET, lang: 'id', contains: '10/1', paragraph: 8, normalized: '10 Januari 2025' },
  { q: 'When will the cheap market be held?', article: MARKET, lang: 'en', contains: '10/1', paragraph: 8, normalized: '10 January 2025' },
  { q: 'Kapan uji coba dimulai?', article: BUS, lang: 'id', contains: '19/9', paragraph: 1, normalized: '19 September 2024' },
  { q: 'When did the trial start?', article: BUS, lang: 'en', contains: '19/9', paragraph: 1, normalized: '19 September 2024' },
  { q: 'When did Mark Rutte speak?', article: BUNDLED, lang: 'en', contains: '2 Desember 2024', paragraph: 1, normalized: '2 December 2024' },
  { q: 'Kapan Rutte menyampaikan pernyataan itu?', article: BUNDLED, lang: 'id', contains: '2 Desember 2024', paragraph: 1, normalized: '2 Desember 2024' },
  { q: 'Kapan Mark Rutte berbicara?', article: BUNDLED, lang: 'id', contains: '2 Desember 2024', paragraph: 1, normalized: '2 Desember 2024' },
  { q: 'When did Solvane report its results?', article: EARNINGS, lang: 'en', contains: 'Wednesday', paragraph: 1, normalized: '12 February 2025' },
];

const where: Case[] = [
  { q: 'Di mana Hendra meninjau posko pengungsian?', article: FLOOD, lang: 'id', contains: 'Desa Sukarindang', paragraph: 3, type: 'where' },
  { q: 'Di mana transfer diumumkan?', article: TRANSFER, lang: 'id', contains: 'Stadion Mandala Krida', paragraph: 2, type: 'where' },
  { q: 'Where was the transfer announced?', article: TRANSFER, lang: 'en', contains: 'Stadion Mandala Krida', paragraph: 2, type: 'where' },
  { q: 'Where will Solvane open two new factories?', article: EARNINGS, lang: 'en', contains: 'Vietnam', paragraph: 3, type: 'where' },
  { q: 'Where did Okafor speak to reporters?', article: EARNINGS, lang: 'en', contains: 'Singapore', paragraph: 3, type: 'where' },
  { q: 'Di mana Rutte menyampaikan pernyataannya?', article: BUNDLED, lang: 'id', contains: 'Brussels', paragraph: 1, type: 'where' },
  { q: 'Where will the company close its warehouse?', article: WIRE, lang: 'en', contains: 'Leicester', paragraph: 4, type: 'where' },
  { q: 'Where did Rutte make the statement?', article: BUNDLED, lang: 'en', contains: 'Brussels', paragraph: 1, type: 'where' },
];

describe('when: the date as written, normalized in the asker\'s language', () => {
  it.each(when.map((c) => [`${title(c)}, normalized to "${c.normalized}"`, c] as const))('%s', (_name, c) => {
    const a = expectCase(engine, { ...c, type: 'when' });
    expect(a.normalized, 'normalized date').not.toBeNull();
    expect(a.normalized).toContain(c.normalized);
  });

  it('GIVEN the same date question in English and in Indonesian THEN both cite the same span and normalize it each in its own language', () => {
    const en = expectCase(engine, when[1] as WhenCase);
    const id = expectCase(engine, when[0] as WhenCase);
    expect(en.answer).toBe(id.answer);
    expect(en.normalized).not.toBe(id.normalized);
    expect(en.normalized).toMatch(/March/);
    expect(id.normalized).toMatch(/Maret/);
  });

  it('GIVEN a future date written without a year ("April 24") THEN the verbatim span is the answer', () => {
    // The normalized year is a known gap (see known-gaps.test.ts); the span itself must be right.
    expectCase(engine, { q: 'When will Solvane hold its annual shareholder meeting?', article: EARNINGS, lang: 'en', contains: 'April 24', paragraph: 7, type: 'when' });
    expectCase(engine, { q: 'When will Harrow & Finch publish full-year results?', article: WIRE, lang: 'en', contains: 'Feb. 20', paragraph: 7, type: 'when' });
  });
});

describe('where: the place of the event', () => {
  it.each(where.map((c) => [title(c), c] as const))('%s', (_name, c) => {
    const a = expectCase(engine, c);
    // A place, not a sentence.
    expect(a.answer?.split(/\s+/).length ?? 0).toBeLessThanOrEqual(6);
  });
});
