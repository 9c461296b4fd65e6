import { describe, it, expect } from 'vitest';
import { englishLemmas, normalizeEnglish } from '../../../src/engine/lexicon/english.ts';

const first = (word: string): string | undefined => englishLemmas(word)[0];

describe('englishLemmas', () => {
  it.each([
    ['supports', 'support'],
    ['troops', 'troop'],
    ['weapons', 'weapon'],
    ['allies', 'ally'],
    ['countries', 'country'],
    ['taxes', 'tax'],
    ['pushes', 'push'],
    ['forces', 'force'],
  ])('When given the plural or third person "%s" it guesses "%s" first', (word, base) => {
    expect(first(word)).toBe(base);
  });

  it.each([
    ['criticized', 'criticize'],
    ['provided', 'provide'],
    ['stated', 'state'],
    ['urged', 'urge'],
    ['accused', 'accuse'],
    ['announced', 'announce'],
    ['released', 'release'],
    ['continued', 'continue'],
    ['handled', 'handle'],
    ['warned', 'warn'],
    ['claimed', 'claim'],
    ['stressed', 'stress'],
    ['called', 'call'],
    ['added', 'add'],
    ['attacked', 'attack'],
    ['planned', 'plan'],
    ['agreed', 'agree'],
    ['supplied', 'supply'],
    ['died', 'die'],
  ])('When given the past form "%s" it guesses "%s" first', (word, base) => {
    expect(first(word)).toBe(base);
  });

  it.each([
    ['sending', 'send'],
    ['making', 'make'],
    ['running', 'run'],
    ['saying', 'say'],
    ['using', 'use'],
    ['visiting', 'visit'],
    ['happening', 'happen'],
    ['giving', 'give'],
  ])('When given the -ing form "%s" it guesses "%s" first', (word, base) => {
    expect(first(word)).toBe(base);
  });

  it.each([
    ['said', 'say'],
    ['told', 'tell'],
    ['sent', 'send'],
    ['gave', 'give'],
    ['given', 'give'],
    ['won', 'win'],
    ['was', 'be'],
    ['children', 'child'],
  ])('When given the irregular form "%s" it returns "%s"', (word, base) => {
    expect(first(word)).toBe(base);
  });

  it('When given adverbs it offers the adjective: "recently" → "recent", "easily" → "easy"', () => {
    expect(first('recently')).toBe('recent');
    expect(first('easily')).toBe('easy');
  });

  it('When the word is already a base form it returns just that word', () => {
    expect(englishLemmas('support')).toEqual(['support']);
    expect(englishLemmas('war')).toEqual(['war']);
  });

  it('When a word only looks inflected ("news", "during", "analysis", "sing") it is left whole', () => {
    for (const word of ['news', 'during', 'analysis', 'sing', 'status', 'only', 'hundred']) {
      expect(englishLemmas(word)).toEqual([word]);
    }
  });

  it('When inflected, the word itself still comes last so a caller can look it up too', () => {
    expect(englishLemmas('troops')).toEqual(['troop', 'troops']);
    expect(englishLemmas('building').at(-1)).toBe('building');
  });

  it('When the word is capitalized, possessive or wrapped in punctuation it is normalized first', () => {
    expect(englishLemmas("Russia's")).toEqual(['russia']);
    expect(englishLemmas('Troops’')).toEqual(['troop', 'troops']);
    expect(englishLemmas('"Kyiv,"')).toEqual(['kyiv']);
  });

  it('When given nothing usable it returns no candidates', () => {
    expect(englishLemmas('')).toEqual([]);
    expect(englishLemmas(' ?! ')).toEqual([]);
  });
});

describe('normalizeEnglish', () => {
  it('When given a dotted abbreviation it keeps the dots, so "U.S." does not become the pronoun "us"', () => {
    expect(normalizeEnglish('U.S.')).toBe('u.s.');
  });

  it('When given a phrase it lowercases it and collapses spaces', () => {
    expect(normalizeEnglish('  North   Korea ')).toBe('north korea');
  });
});
