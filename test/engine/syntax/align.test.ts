import { describe, expect, it } from 'vitest';
import { alignTags, locate } from '../../../src/engine/syntax/align.ts';
import type { Upos } from '../../../src/engine/syntax/upos.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';

describe("GIVEN another tokenizer's tagged tokens over the same text", () => {
  it('WHEN our token spans a symbol and a number THEN it is NUM; a contraction keeps its host tag', () => {
    const text = "Rp12,5 didn't (19/9)";
    const values = ['Rp', '12,5', 'did', "n't", '(', '19', '/', '9', ')'];
    const tags: Upos[] = ['SYM', 'NUM', 'AUX', 'PART', 'PUNCT', 'NUM', 'SYM', 'NUM', 'PUNCT'];
    const spans = locate(text, values).map((r, k) => ({ ...r, tag: tags[k] ?? ('X' as Upos) }));
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Rp12,5', "didn't", '19', '9']);
    expect(alignTags(tokens, spans)).toEqual(['NUM', 'AUX', 'NUM', 'NUM']);
  });

  it('WHEN a value is missing from the text THEN the others still align and an uncovered token is X', () => {
    const text = 'Harga naik tajam';
    const tags: Upos[] = ['NOUN', 'NOUN', 'VERB'];
    const spans = locate(text, ['Harga', 'NOPE', 'naik']).map((r, k) => ({ ...r, tag: tags[k] ?? ('X' as Upos) }));
    expect(alignTags(tokenize(text), spans)).toEqual(['NOUN', 'VERB', 'X']);
  });
});
