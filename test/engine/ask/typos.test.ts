/**
 * A misspelt word or two, lower case, a missing question mark: the question still finds the same
 * answer as its well-spelt form (fuzzy matching), in both languages.
 */
import { describe, expect, it } from 'vitest';
import { ask, BUNDLED, EARNINGS, engineOverAll, FLOOD, TRANSFER } from './support.ts';

const engine = engineOverAll();

/** [article, the well-spelt question, the same question with typos, what the answer contains]. */
const pairs = [
  [FLOOD, 'Siapa Bupati Lembah Hijau?', 'Siapa bupati lembah hijua?', 'Hendra Wijayakusuma'],
  [FLOOD, 'Who is the regent of Lembah Hijau?', 'Who is the regnt of Lembah Hijau?', 'Hendra Wijayakusuma'],
  [FLOOD, 'Kapan Sungai Cikaret meluap?', 'Kapan sungai cikaret melupa?', '3/3/2025'],
  [FLOOD, 'Siapa yang mengatakan keselamatan warga adalah prioritas?', 'Siapa yang mengatakan keselamtan warga adalah priorotas?', 'Hendra'],
  [TRANSFER, 'Siapa pelatih Persita Raya?', 'siapa pelatih persita rayaa', 'Marco Vidal'],
  [EARNINGS, 'Who is the chief financial officer?', 'Who is the chief financial oficer?', 'Helena Marsh'],
  [EARNINGS, 'How much did net profit rise?', 'how much did profit rise, acording to solvane', '22%'],
  [BUNDLED, "Who said Russia supports North Korea's nuclear program?", 'who sed rusia backs north korea nukes', 'Rutte'],
] as const;

describe('typos', () => {
  it.each(pairs)('GIVEN %s WHEN asked %j with typos as %j THEN the answer still contains %j from the same paragraph', (article, clean, typo, want) => {
    const good = ask(engine, clean, { article });
    const bad = ask(engine, typo, { article });
    expect(good.found).toBe(true);
    expect(bad.found).toBe(true);
    expect(bad.answer).toContain(want);
    expect(bad.citations[0]?.paragraph).toBe(good.citations[0]?.paragraph);
    expect(bad.language).toBe(good.language);
  });

  it('GIVEN the spec example "who sed rusia backs north korea nukes" over every article THEN Mark Rutte of the bundled article answers', () => {
    const a = ask(engine, 'who sed rusia backs north korea nukes');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('Rutte');
    expect(a.citations[0]?.article).toBe(BUNDLED);
  });
});
