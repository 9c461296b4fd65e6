/**
 * What did X give/send/offer → the object span ("20 ton beras dan 500 paket obat-obatan").
 * Why / mengapa → the reason clause ("karena …", "because …"), not the event it explains.
 * Which / what name → the named entity that fits.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED, BUS, type Case, EARNINGS, engineOverAll, expectCase, FLOOD, title, TRANSFER } from './support.ts';

const engine = engineOverAll();

const objects: Case[] = [
  { q: 'Apa yang dikirimkan pemerintah kabupaten ke posko pengungsian?', article: FLOOD, lang: 'id', contains: '20 ton beras', paragraph: 5 },
  { q: 'What did the regency government send to the shelters?', article: FLOOD, lang: 'en', contains: '20 ton beras', paragraph: 5 },
  { q: 'What did the government send?', article: FLOOD, lang: 'en', contains: '20 ton beras', paragraph: 5 },
  { q: 'Apa yang diberikan Persita Raya kepada Rafael?', article: TRANSFER, lang: 'id', contains: 'rumah dinas dan mobil', paragraph: 7 },
  { q: 'What did Persita Raya give Rafael?', article: TRANSFER, lang: 'en', contains: 'rumah dinas dan mobil', paragraph: 7 },
  { q: 'What did the board approve?', article: EARNINGS, lang: 'en', contains: 'special dividend', paragraph: 4 },
  { q: 'What was the transfer value?', article: TRANSFER, lang: 'en', contains: 'Rp12 miliar', paragraph: 2 },
  { q: 'What did Russia offer North Korea?', article: BUNDLED, lang: 'en', contains: ['rudal', 'nuklir'], paragraph: [1, 3] },
  { q: 'Apa yang diberikan Rusia kepada Korea Utara?', article: BUNDLED, lang: 'id', contains: ['rudal', 'nuklir'], paragraph: [1, 3] },
  { q: 'What did Trump criticize?', article: BUNDLED, lang: 'en', contains: 'dukungan militer', paragraph: 9 },
];

const reasons: Case[] = [
  { q: 'Mengapa Rafael memilih Indonesia?', article: TRANSFER, lang: 'id', contains: 'karena ingin bermain', paragraph: 5, type: 'why' },
  { q: 'Why did Rafael choose Indonesia?', article: TRANSFER, lang: 'en', contains: 'karena ingin bermain', paragraph: 5, type: 'why' },
  { q: 'Why did the board approve a special dividend?', article: EARNINGS, lang: 'en', contains: 'because the company had more cash', paragraph: 4, type: 'why' },
  { q: 'Mengapa uji coba di Bogor dihentikan?', article: BUS, lang: 'id', contains: 'gangguan baterai', paragraph: 8, type: 'why' },
  { q: 'Why was the trial in Bogor stopped?', article: BUS, lang: 'en', contains: 'gangguan baterai', paragraph: 8, type: 'why' },
];

const which: Case[] = [
  { q: 'Which analyst commented on the results?', article: EARNINGS, lang: 'en', contains: 'Ken Ishida', paragraph: 6 },
  { q: 'Which country has strong demand for rice crackers?', article: EARNINGS, lang: 'en', contains: ['Vietnam', 'Philippines'], paragraph: 1 },
  { q: 'Which newspaper is the quote attributed to?', article: BUNDLED, lang: 'en', contains: 'The Straits Times', paragraph: 3 },
];

describe('what did X give / send / offer: the object span', () => {
  it.each(objects.map((c) => [title(c), c] as const))('%s', (_name, c) => {
    const a = expectCase(engine, c);
    // The object, not the whole sentence it sits in.
    const sentence = a.citations[0]?.excerpt ?? '';
    expect((a.answer ?? '').length).toBeLessThan(sentence.length);
  });
});

/** Words that open a reason clause, in either language. */
const REASON = /^(karena|sebab|akibat|lantaran|demi|sebagai imbalan|untuk|agar|supaya|because|since|as|after|due to|owing to|helped by|blaming|in exchange)\b/i;

/** Quote marks come in pairs inside a span: a lone one means the span cut through a quotation. */
function balancedQuotes(s: string): boolean {
  const straight = (s.match(/"/g) ?? []).length;
  const open = (s.match(/“/g) ?? []).length;
  const close = (s.match(/”/g) ?? []).length;
  return straight % 2 === 0 && open === close;
}

describe('why / mengapa: the reason clause', () => {
  it.each(reasons.map((c) => [title(c), c] as const))('%s', (_name, c) => {
    const a = expectCase(engine, c);
    expect(a.answer, 'the answer opens with the reason, not with the event it explains').toMatch(REASON);
    expect(balancedQuotes(a.answer ?? ''), `unbalanced quote marks in ${JSON.stringify(a.answer)}`).toBe(true);
  });
});

describe('which / what name: the entity that fits', () => {
  it.each(which.map((c) => [title(c), c] as const))('%s', (_name, c) => {
    const a = expectCase(engine, c);
    expect(a.answer?.split(/\s+/).length ?? 0).toBeLessThanOrEqual(6);
  });
});
