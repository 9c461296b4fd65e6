import { describe, expect, it } from 'vitest';
import { tagTokens } from '../../../src/engine/syntax/decoder.ts';
import { tagTokensReference } from '../../../src/engine/syntax/perceptron.ts';
import { indonesianModel, tagSentence } from '../../../src/engine/syntax/tagger.ts';
import { UPOS_TAGS, isUpos } from '../../../src/engine/syntax/upos.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';

/** Tags as "word/TAG" for the words asked about (the first occurrence of each). */
function tagsOf(text: string, language: 'id' | 'en', words: readonly string[]): Record<string, string> {
  const tokens = tokenize(text);
  const tags = tagSentence(text, tokens, language);
  return Object.fromEntries(words.map((w) => [w, tags[tokens.findIndex((t) => t.text === w)] ?? 'missing']));
}

describe('GIVEN the Indonesian model in data/models', () => {
  it('WHEN it is loaded THEN it has the 17 UPOS tags, its weights and its dictionary', () => {
    const model = indonesianModel();
    expect(model.tags).toEqual([...UPOS_TAGS]);
    expect(model.features.length).toBeGreaterThan(10_000);
    expect(model.weights.length).toBe(model.features.length * UPOS_TAGS.length);
    expect(model.lexicon('mempercepat')).toBe('v');
    expect(model.tagDictionary.get('yang')).toBe(UPOS_TAGS.indexOf('PRON'));
  });

  it('WHEN it is loaded twice THEN the same model comes back (read once)', () => {
    expect(indonesianModel()).toBe(indonesianModel());
  });
});

describe('GIVEN hand-checked Indonesian news sentences (written for these tests)', () => {
  it.each([
    [
      'Sekretaris Jenderal NATO Mark Rutte mengatakan Rusia mendukung program nuklir Korea Utara.',
      { Rutte: 'PROPN', mengatakan: 'VERB', Rusia: 'PROPN', mendukung: 'VERB', program: 'NOUN', Korea: 'PROPN' },
    ],
    [
      'Pemerintah telah menyalurkan 2.000 ton beras kepada warga yang terdampak banjir.',
      { Pemerintah: 'NOUN', menyalurkan: 'VERB', '2.000': 'NUM', ton: 'NOUN', beras: 'NOUN', kepada: 'ADP', yang: 'PRON' },
    ],
    [
      'Polisi menangkap dua tersangka pencurian sepeda motor di Surabaya.',
      { Polisi: 'NOUN', menangkap: 'VERB', dua: 'NUM', tersangka: 'NOUN', di: 'ADP', Surabaya: 'PROPN' },
    ],
    [
      '"Kami akan membangun tiga rumah sakit baru tahun depan," kata Gubernur Jawa Barat kepada wartawan.',
      { Kami: 'PRON', akan: 'AUX', membangun: 'VERB', tiga: 'NUM', rumah: 'NOUN', kata: 'VERB', wartawan: 'NOUN' },
    ],
    [
      'Siapa Sekretaris Jenderal NATO?',
      { Siapa: 'PRON', NATO: 'PROPN' },
    ],
    [
      'Kapan Rusia mengirim pasukan ke Ukraina?',
      { Kapan: 'ADV', Rusia: 'PROPN', mengirim: 'VERB', pasukan: 'NOUN', ke: 'ADP', Ukraina: 'PROPN' },
    ],
  ])('WHEN "%s" is tagged THEN its key words get their tags', (text, expected) => {
    expect(tagsOf(text, 'id', Object.keys(expected))).toEqual(expected);
  });
});

describe('GIVEN hand-checked English news sentences (written for these tests)', () => {
  it.each([
    [
      'The minister visited flooded villages in Central Java and promised new homes for 300 families.',
      { minister: 'NOUN', visited: 'VERB', villages: 'NOUN', Java: 'PROPN', promised: 'VERB', '300': 'NUM', families: 'NOUN' },
    ],
    [
      'Police in Jakarta arrested two men on Friday after a shooting near the market.',
      { arrested: 'VERB', Jakarta: 'PROPN', two: 'NUM', men: 'NOUN', Friday: 'PROPN', market: 'NOUN' },
    ],
  ])('WHEN "%s" is tagged THEN its key words get their tags', (text, expected) => {
    expect(tagsOf(text, 'en', Object.keys(expected))).toEqual(expected);
  });
});

describe("GIVEN the engine's tokens (words only: no punctuation, possessive 's dropped)", () => {
  it('WHEN an Indonesian sentence has an amount, a date in parentheses, quotes and commas THEN each token gets one tag', () => {
    const text = '"Harga beras naik menjadi Rp12,5 ribu," kata Jokowi di Jakarta, Selasa (19/9).';
    const tokens = tokenize(text);
    const tags = tagSentence(text, tokens, 'id');
    expect(tokens.map((t) => t.text)).toEqual(['Harga', 'beras', 'naik', 'menjadi', 'Rp12,5', 'ribu', 'kata', 'Jokowi', 'di', 'Jakarta', 'Selasa', '19', '9']);
    expect(tags).toHaveLength(tokens.length);
    expect(tags.every(isUpos)).toBe(true);
    expect(tags[4]).toBe('NUM'); // Rp12,5
    expect(tags[6]).toBe('VERB'); // kata, after the closing quote
    expect([tags[7], tags[9], tags[10]]).toEqual(['PROPN', 'PROPN', 'PROPN']);
    expect([tags[11], tags[12]]).toEqual(['NUM', 'NUM']);
  });

  it("WHEN an English sentence has Korea's, a date in parentheses and a percentage THEN wink's tokens are carried to ours", () => {
    const text = "South Korea's exports rose 5%, officials said on Tuesday (19/9), citing \"strong demand\".";
    const tokens = tokenize(text);
    const tags = tagSentence(text, tokens, 'en');
    expect(tokens.map((t) => t.text)).toEqual(['South', 'Korea', 'exports', 'rose', '5', 'officials', 'said', 'on', 'Tuesday', '19', '9', 'citing', 'strong', 'demand']);
    expect(tags).toEqual(['PROPN', 'PROPN', 'NOUN', 'VERB', 'NUM', 'NOUN', 'VERB', 'ADP', 'PROPN', 'NUM', 'NUM', 'VERB', 'ADJ', 'NOUN']);
  });

  it('WHEN a sentence has no tokens THEN there are no tags', () => {
    expect(tagSentence('…', [], 'id')).toEqual([]);
    expect(tagSentence('!', [], 'en')).toEqual([]);
  });
});

describe('GIVEN the cached runtime decoder', () => {
  it('WHEN it tags sentences twice (cold and cached) THEN it agrees with the plain string-feature decoder', () => {
    const model = indonesianModel();
    for (const text of [
      'Menteri Keuangan Sri Mulyani menegaskan anggaran 2025 tetap aman, Senin (2/12).',
      'Negara-negara anggota sepakat mempercepat pengiriman bantuan ke Gaza.',
      'Menteri Keuangan Sri Mulyani menegaskan anggaran 2025 tetap aman, Senin (2/12).',
    ]) {
      const tokens = tokenize(text);
      expect(tagTokens(model, text, tokens)).toEqual(tagTokensReference(model, text, tokens));
    }
  });
});
