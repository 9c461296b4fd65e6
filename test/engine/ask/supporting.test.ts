/**
 * Citations contain the answer or the question's matched words, and are of the kind asked for:
 * "and when did he say it?" cites no paragraph without a date; a question about garlic prices over
 * two articles cites neither the egg article nor its paragraphs as related.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, newConversation } from '../../../src/engine/index.ts';
import { ask, BUNDLED, engineOverAll, register } from './support.ts';

const GARLIC = register({
  id: 'harga-bawang-putih',
  text: [
    'Harga Bawang Putih di Pasar Kediri Naik Jelang Ramadan',
    '',
    'Kediri - Harga bawang putih di Pasar Setonobetek, Kediri, naik menjadi Rp38.000 per kilogram pada Senin (3/3/2025), dari Rp32.000 sepekan sebelumnya.',
    '',
    'Pedagang bawang putih, Suminah, mengatakan pasokan dari distributor berkurang sejak akhir Februari.',
    '',
    '"Bawang putih impor datangnya terlambat, jadi harga naik," kata Suminah.',
    '',
    'Dinas Perdagangan Kota Kediri berjanji menggelar operasi pasar pekan depan untuk menekan harga.',
  ].join('\n'),
});
const EGGS = register({
  id: 'harga-telur',
  text: [
    'Harga Telur Ayam Stabil di Blitar',
    '',
    'Blitar - Harga telur ayam ras di pasar tradisional Blitar stabil di Rp28.000 per kilogram pada Senin (3/3/2025).',
    '',
    'Peternak menyebut harga pakan jagung turun sehingga harga telur tidak ikut naik.',
    '',
    'Harga daging ayam juga bertahan di Rp36.000 per kilogram.',
  ].join('\n'),
});

describe('citations that support the answer', () => {
  it('GIVEN "Who said …?" then "and when did he say it?" WHEN answered THEN every citation has a date', () => {
    const engine = engineOverAll();
    const conversation = newConversation();
    ask(engine, "Who said Russia supports North Korea's nuclear program?", { article: BUNDLED, conversation });
    const when = ask(engine, 'and when did he say it?', { article: BUNDLED, conversation });
    expect(when.found).toBe(true);
    for (const c of when.citations) {
      const paragraph = engine.article(c.article)?.paragraphs.find((p) => p.number === c.paragraph);
      expect(paragraph?.dates.length, `¶${c.paragraph} has no date`).toBeGreaterThan(0);
    }
    // ¶7 ("… kata Rutte") matches the question's words but holds no date.
    expect(when.citations.map((c) => c.paragraph)).not.toContain(7);
  });

  it.each([
    ['Berapa harga bawang putih di Kediri?'],
    ['How much does garlic cost in Kediri?'],
  ])('GIVEN a garlic article and an egg article WHEN asked %j THEN nothing of the egg article is cited or related', (question) => {
    const engine = createEngine([GARLIC, EGGS]);
    const a = ask(engine, question);
    expect(a.found).toBe(true);
    expect(a.answer).toContain('38.000');
    expect(a.citations.map((c) => c.article)).toEqual(a.citations.map(() => GARLIC.id));
    expect(a.related.map((r) => r.article)).not.toContain(EGGS.id);
  });

  it('GIVEN a who-said question WHEN answered THEN each further citation names the speaker and the question\'s words', () => {
    const engine = engineOverAll();
    const a = ask(engine, "Who said Russia supports North Korea's nuclear program?", { article: BUNDLED });
    for (const c of a.citations.slice(1)) expect(c.excerpt).toMatch(/Rutte/);
    // ¶5 mentions Rutte but not the nuclear programme: not a related paragraph any more.
    expect(a.related.map((r) => r.paragraph)).not.toContain(5);
  });
});
