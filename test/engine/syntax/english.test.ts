import { describe, expect, it } from 'vitest';
import { analyzeEnglish, englishEntities } from '../../../src/engine/syntax/english.ts';
import { tagSentence } from '../../../src/engine/syntax/tagger.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';
import { readEnglishGold } from './gold-fixture.ts';

describe('GIVEN the hand-tagged English sample (test/fixtures/syntax/english-gold.txt)', () => {
  const gold = readEnglishGold();

  it("WHEN its sentences are tokenized THEN the fixture's words are exactly the engine's tokens", () => {
    for (const sentence of gold) expect(tokenize(sentence.text).map((t) => t.text)).toEqual(sentence.words);
    expect(gold.reduce((n, s) => n + s.words.length, 0)).toBeGreaterThanOrEqual(300);
  });

  it('WHEN wink-nlp tags it THEN at least 94 % of the tokens get the gold tag (measured 94.9 %)', () => {
    let correct = 0;
    let total = 0;
    for (const sentence of gold) {
      const tags = tagSentence(sentence.text, tokenize(sentence.text), 'en');
      sentence.tags.forEach((tag, i) => {
        total += 1;
        correct += tags[i] === tag ? 1 : 0;
      });
    }
    expect(correct / total).toBeGreaterThanOrEqual(0.94);
  });
});

describe('GIVEN English text with dates, amounts and counts', () => {
  it('WHEN its entities are asked for THEN they come typed with character offsets', () => {
    const text = 'Prices rose 5% on Monday, the second rise in 3 weeks, to $12.5 million at 9:44 a.m.';
    const entities = englishEntities(text);
    expect(entities.map((e) => [e.kind, e.text])).toEqual([
      ['PERCENT', '5%'],
      ['DATE', 'Monday'],
      ['ORDINAL', 'second'],
      ['DURATION', '3 weeks'],
      ['MONEY', '$12.5 million'],
      ['TIME', '9:44 a.m.'],
    ]);
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('WHEN a sentence is analyzed THEN tags and entities come from one reading', () => {
    const text = 'The agency said 1,200 people were evacuated on December 2, 2024.';
    const analysis = analyzeEnglish(text, tokenize(text));
    expect(analysis.tags).toEqual(['DET', 'NOUN', 'VERB', 'NUM', 'NOUN', 'AUX', 'VERB', 'ADP', 'PROPN', 'NUM', 'NUM']);
    expect(analysis.entities.map((e) => [e.kind, e.text])).toEqual([
      ['CARDINAL', '1,200'],
      ['DATE', 'December 2, 2024'],
    ]);
  });
});
