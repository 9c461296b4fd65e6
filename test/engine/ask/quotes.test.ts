/**
 * Who said <paraphrase>? / Siapa yang mengatakan …? → the speaker of the quote or reported speech.
 * What did X say? / Apa kata X? → the words attributed to X, verbatim, without the quote marks.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED, type Case, EARNINGS, engineOverAll, expectCase, FLOOD, MARKET, title, TRANSFER, WIRE } from './support.ts';

const engine = engineOverAll();

const whoSaid: Case[] = [
  { q: 'Siapa yang mengatakan keselamatan warga adalah prioritas?', article: FLOOD, lang: 'id', contains: 'Hendra', paragraph: 3, type: 'who-said' },
  { q: 'Who said the safety of residents is the priority?', article: FLOOD, lang: 'en', contains: 'Hendra', paragraph: 3, type: 'who-said' },
  { q: 'Who said Asia is more than half of the business?', article: EARNINGS, lang: 'en', contains: 'Okafor', paragraph: 3, type: 'who-said' },
  { q: 'Siapa yang mengatakan Asia lebih dari separuh bisnis?', article: EARNINGS, lang: 'id', contains: 'Okafor', paragraph: 3, type: 'who-said' },
  { q: 'Who said margins recovered faster than expected?', article: EARNINGS, lang: 'en', contains: 'Helena Marsh', paragraph: 5, type: 'who-said' },
  { q: 'Who said the dividend would please investors?', article: EARNINGS, lang: 'en', contains: 'Ishida', paragraph: 6, type: 'who-said' },
  { q: 'Siapa yang mengatakan atmosfernya luar biasa?', article: TRANSFER, lang: 'id', contains: 'Rafael', paragraph: 6, type: 'who-said' },
  { q: 'Who said the atmosphere is extraordinary?', article: TRANSFER, lang: 'en', contains: 'Rafael', paragraph: 6, type: 'who-said' },
  // "…," she said. → the last named speaker.
  { q: 'Who said the balance sheet is strong?', article: WIRE, lang: 'en', contains: 'Margaret Ellison', paragraph: 5, type: 'who-said' },
  { q: 'Siapa yang mengatakan pembeli belum ramai?', article: MARKET, lang: 'id', contains: 'Siti', paragraph: 7, type: 'who-said' },
  { q: "Who said Russia supports North Korea's nuclear program?", article: BUNDLED, lang: 'en', contains: 'Rutte', paragraph: 1, type: 'who-said' },
  { q: 'Siapa yang mengatakan Rusia mendukung program nuklir Korea Utara?', article: BUNDLED, lang: 'id', contains: 'Rutte', paragraph: 1, type: 'who-said' },
];

const whatSaid: Case[] = [
  { q: 'What did Hendra say?', article: FLOOD, lang: 'en', contains: 'Keselamatan warga adalah prioritas kami', paragraph: 3, type: 'what-said' },
  { q: 'Apa kata Hendra?', article: FLOOD, lang: 'id', contains: 'Keselamatan warga adalah prioritas kami', paragraph: 3, type: 'what-said' },
  { q: 'What did Darmi say?', article: FLOOD, lang: 'en', contains: ['sepinggang', 'air masuk ke rumahnya'], paragraph: 7, type: 'what-said' },
  { q: 'Apa kata Darmi?', article: FLOOD, lang: 'id', contains: ['sepinggang', 'air masuk ke rumahnya'], paragraph: 7, type: 'what-said' },
  { q: 'What did Helena Marsh say?', article: EARNINGS, lang: 'en', contains: ['palm oil', 'Margins recovered'], paragraph: 5, type: 'what-said' },
  { q: 'Apa kata Helena Marsh?', article: EARNINGS, lang: 'id', contains: ['palm oil', 'Margins recovered'], paragraph: 5, type: 'what-said' },
  { q: 'What did Ken Ishida say?', article: EARNINGS, lang: 'en', contains: ['dividend would please investors', 'results beat forecasts'], paragraph: 6, type: 'what-said' },
  { q: 'What did Okafor say?', article: EARNINGS, lang: 'en', contains: ['Asia is now more than half', 'special dividend', 'two new factories'], paragraph: [3, 4], type: 'what-said' },
  { q: 'Apa kata Okafor?', article: EARNINGS, lang: 'id', contains: ['Asia is now more than half', 'special dividend', 'two new factories'], paragraph: [3, 4], type: 'what-said' },
  { q: 'What did Margaret Ellison say?', article: WIRE, lang: 'en', contains: 'Demand in our largest export market', paragraph: 3, type: 'what-said' },
  { q: 'Apa kata Budi?', article: MARKET, lang: 'id', contains: ['pasokan', 'Pasokan'], paragraph: [2, 3], type: 'what-said' },
  { q: 'Apa kata Vidal?', article: TRANSFER, lang: 'id', contains: ['memperkuat lini tengah', 'langsung dimainkan'], paragraph: 4, type: 'what-said' },
];

describe('who said <paraphrase of a quote>', () => {
  it.each(whoSaid.map((c) => [title(c), c] as const))('%s', (_name, c) => {
    expectCase(engine, c);
  });
});

describe('what did <speaker> say', () => {
  it.each(whatSaid.map((c) => [title(c), c] as const))('%s', (_name, c) => {
    const a = expectCase(engine, c);
    // The words themselves: not wrapped in quote marks, not the speaker's name.
    expect(a.answer).not.toMatch(/^["“”]|["“”]$/);
    expect(a.answer?.length ?? 0).toBeGreaterThan(15);
  });
});
