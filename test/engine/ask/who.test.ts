/**
 * "Who is the <title> of <place/organization>?" / "Siapa <jabatan> <X>?": a reader expects the person
 * the article gives that title to, as a name, citing the paragraph where the title is given.
 */
import { describe, expect, it } from 'vitest';
import { ask, BUNDLED, BUS, type Case, EARNINGS, engineOverAll, expectCase, FLOOD, MARKET, MINIMAL, title, TRANSFER } from './support.ts';

const engine = engineOverAll();

const titleToPerson: Case[] = [
  { q: 'Siapa Bupati Lembah Hijau?', article: FLOOD, lang: 'id', contains: 'Hendra Wijayakusuma', paragraph: 2, type: 'who' },
  { q: 'Who is the regent of Lembah Hijau?', article: FLOOD, lang: 'en', contains: 'Hendra Wijayakusuma', paragraph: 2, type: 'who' },
  { q: 'Siapa Kepala Pelaksana BPBD Lembah Hijau?', article: FLOOD, lang: 'id', contains: 'Sri Wahyuningsih', paragraph: 4, type: 'who' },
  { q: 'Who is the head of BPBD Lembah Hijau?', article: FLOOD, lang: 'en', contains: 'Sri Wahyuningsih', paragraph: 4, type: 'who' },
  { q: 'Siapa pelatih Persita Raya?', article: TRANSFER, lang: 'id', contains: 'Marco Vidal', paragraph: 4, type: 'who' },
  { q: 'Who is the coach of Persita Raya?', article: TRANSFER, lang: 'en', contains: 'Marco Vidal', paragraph: 4, type: 'who' },
  { q: 'Siapa presiden klub Persita Raya?', article: TRANSFER, lang: 'id', contains: 'Bambang Sutrisno', paragraph: 2, type: 'who' },
  { q: 'Who is the president of Persita Raya?', article: TRANSFER, lang: 'en', contains: 'Bambang Sutrisno', paragraph: 2, type: 'who' },
  { q: 'Who is the chief financial officer?', article: EARNINGS, lang: 'en', contains: 'Helena Marsh', paragraph: 5, type: 'who' },
  { q: 'Siapa Kepala Dinas Perdagangan Kota Semarang?', article: MARKET, lang: 'id', contains: 'Budi Santoso Wibowo', paragraph: 2, type: 'who' },
  { q: 'Who is the head of the Semarang trade office?', article: MARKET, lang: 'en', contains: 'Budi Santoso Wibowo', paragraph: 2, type: 'who' },
  { q: 'Siapa Kepala Bidang Angkutan Dishub Jawa Barat?', article: BUS, lang: 'id', contains: 'Rina Kartika Sari', paragraph: 2, type: 'who' },
  { q: 'Siapa Kepala Desa Sukamaju?', article: MINIMAL, lang: 'id', contains: 'Endang Suherman', paragraph: 2, type: 'who' },
  { q: "Who is NATO's secretary general?", article: BUNDLED, lang: 'en', contains: 'Mark Rutte', paragraph: 1, type: 'who' },
  { q: 'Siapa Sekretaris Jenderal NATO?', article: BUNDLED, lang: 'id', contains: 'Mark Rutte', paragraph: 1, type: 'who' },
  { q: 'Siapa presiden Amerika Serikat yang akan dilantik?', article: BUNDLED, lang: 'id', contains: 'Donald Trump', paragraph: 9, type: 'who' },
];

const whoDid: Case[] = [
  { q: 'Siapa yang menetapkan status tanggap darurat?', article: FLOOD, lang: 'id', contains: 'Hendra', paragraph: 2 },
  { q: 'Who declared a state of emergency?', article: FLOOD, lang: 'en', contains: 'Hendra', paragraph: 2 },
  { q: 'Who announced the transfer?', article: TRANSFER, lang: 'en', contains: 'Bambang', paragraph: 2 },
];

describe('who: a title or role in the question → the person the article gives it to', () => {
  it.each(titleToPerson.map((c) => [title(c), c] as const))('%s', (_name, c) => {
    const a = expectCase(engine, c);
    // A "who" answer is a name, not the title it was asked about.
    expect(a.answer).not.toMatch(/^(Bupati|Kepala|Presiden|Pelatih|Sekretaris|chief|head)\b/i);
  });
});

describe('who did <action>: the subject of the action', () => {
  it.each(whoDid.map((c) => [title(c), c] as const))('%s', (_name, c) => {
    expectCase(engine, c);
  });
});

describe('who, with every article loaded and no scope', () => {
  it.each([
    ['Siapa Bupati Lembah Hijau?', FLOOD, 'Hendra Wijayakusuma', 2],
    ['Who is the coach of Persita Raya?', TRANSFER, 'Marco Vidal', 4],
    ['Siapa Kepala Desa Sukamaju?', MINIMAL, 'Endang Suherman', 2],
    ["Who is NATO's secretary general?", BUNDLED, 'Mark Rutte', 1],
  ] as const)('GIVEN all articles WHEN asked %j THEN the article that names the title answers (%s: %s, ¶%i)', (q, article, name, paragraph) => {
    const a = ask(engine, q);
    expect(a.found).toBe(true);
    expect(a.answer).toContain(name);
    expect(a.citations[0]?.article).toBe(article);
    expect(a.citations[0]?.paragraph).toBe(paragraph);
  });
});
