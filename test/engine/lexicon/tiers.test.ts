import { describe, it, expect } from 'vitest';
import { createLexicon, LEXICON_SETTINGS, type MoreTiers } from '../../../src/engine/lexicon/lexicon.ts';
import type { WordnetTexts } from '../../../src/engine/lexicon/wordnet.ts';

/** A WordNet tier in the shipped file format, counting how often it is read. */
function wordnetOf(translations: string[], synonyms: string[] = []): { load: () => WordnetTexts; reads: () => number } {
  let reads = 0;
  const text = (lines: string[]): string => `# header\n${[...lines].sort().join('\n')}\n`;
  return {
    load: () => {
      reads += 1;
      return { translations: text(translations), synonyms: text(synonyms) };
    },
    reads: () => reads,
  };
}

const wordnet = wordnetOf(
  ['attack\t40\tserangan|menyerang|gempur', 'massive\t9\traksasa|besar-besaran', 'reveal\t61\tmengungkap|membuka|menyingkap', 'unveil\t3\tmenyingkap', 'walk out\t3\tmogok'],
  ['criticize\tcriticise|knock', 'say\ttell|state'],
);
const more: MoreTiers = {
  abbreviations: { entries: [{ id: ['Kemlu', 'Kementerian Luar Negeri'], en: ['Foreign Ministry'] }] },
  regions: { 'south korea': ['korea selatan'] },
  wordnet: wordnet.load,
};
const lexicon = createLexicon(
  { attack: ['serang', 'serangan'], 'foreign ministry': ['kementerian luar negeri'] },
  { attack: ['penyerangan'], 'south korea': ['korsel'], 'foreign ministry': ['deplu'] },
  more,
);

describe('the lexicon tiers', () => {
  it('When loading it reads no WordNet file, and it reads them once on the first look-up that needs them', () => {
    const lazy = wordnetOf(['massive\t9\tbesar-besaran']);
    const lex = createLexicon({ troop: ['pasukan'] }, {}, { wordnet: lazy.load });
    expect(lazy.reads()).toBe(0);
    expect(lex.toEnglish('pasukan')).toEqual(['troop']);
    expect(lazy.reads()).toBe(0);
    expect(lex.toIndonesian('massive')).toEqual(['besar-besaran']);
    expect(lex.toIndonesian('massive')).toEqual(['besar-besaran']);
    expect(lazy.reads()).toBe(1);
  });

  it('When several tiers translate a word they come glossary, abbreviations, regions, dictionary, then WordNet', () => {
    const tiers = (word: string): string[] => lexicon.translate(word, 'en').map((t) => `${t.text}:${t.tier}`);
    expect(tiers('Foreign Ministry')).toEqual(['kementerian luar negeri:glossary', 'kemlu:abbreviation', 'deplu:dictionary']);
    expect(tiers('South Korea')).toEqual(['korea selatan:region', 'korsel:dictionary']);
    expect(tiers('attacks').slice(0, 3)).toEqual(['serang:glossary', 'serangan:glossary', 'penyerangan:dictionary']);
  });

  it('When a trusted tier translates a word WordNet adds only its first few translations, after them', () => {
    const fromWordnet = lexicon.translate('attack', 'en').filter((t) => t.tier === 'wordnet');
    expect(fromWordnet.map((t) => t.text)).toEqual(['menyerang', 'gempur'].slice(0, LEXICON_SETTINGS.wordnetWhenKnown));
  });

  it('When only WordNet knows a word it gives all its translations, best first', () => {
    expect(lexicon.toIndonesian('massive')).toEqual(['raksasa', 'besar-besaran']);
    expect(lexicon.toIndonesian('walked out')).toEqual(['mogok']);
  });

  it('When translating, each translation carries its tier quality, WordNet below the trusted tiers', () => {
    const byTier = new Map(lexicon.translate('attack', 'en').map((t) => [t.tier, t.quality]));
    expect(byTier.get('glossary')).toBe(LEXICON_SETTINGS.quality.glossary);
    expect(byTier.get('wordnet')).toBe(LEXICON_SETTINGS.quality.wordnet);
    expect(LEXICON_SETTINGS.quality.wordnet).toBeLessThan(LEXICON_SETTINGS.quality.dictionary);
    expect(LEXICON_SETTINGS.quality.synonym).toBeLessThan(LEXICON_SETTINGS.quality.wordnet);
  });

  it('When glossing, a word the trusted tiers know is never glossed by WordNet', () => {
    expect(lexicon.toEnglish('serangan')).toEqual(['attack']);
    expect(lexicon.translate('serangan', 'id').every((t) => t.tier !== 'wordnet')).toBe(true);
  });

  it('When only WordNet glosses a word it prefers the headword whose main translation it is, then the commoner one', () => {
    expect(lexicon.toEnglish('menyingkap')).toEqual(['unveil', 'reveal']);
    expect(lexicon.toEnglish('mengungkap')).toEqual(['reveal']);
    expect(lexicon.translate('mengungkap', 'id')[0]?.quality).toBe(LEXICON_SETTINGS.quality.wordnet);
  });

  it('When asked for synonyms it answers for the base form of an inflected word, and nothing for an unknown one', () => {
    expect(lexicon.synonyms('said')).toEqual(['tell', 'state']);
    expect(lexicon.synonyms('criticized')).toEqual(['criticise', 'knock']);
    expect(lexicon.synonyms('xyzzy')).toEqual([]);
  });
});
