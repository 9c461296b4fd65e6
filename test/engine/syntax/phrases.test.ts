import { describe, expect, it } from 'vitest';
import { baseNounPhrases, chunkSentence, type Chunk } from '../../../src/engine/syntax/phrases.ts';
import type { Upos } from '../../../src/engine/syntax/upos.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';

/** Chunks written as "NP[Mark Rutte]" with the head marked by "*": "NP[*Mark Rutte]". */
function show(text: string, tags: readonly Upos[], language: 'id' | 'en'): string {
  const tokens = tokenize(text);
  const chunks: Chunk[] = chunkSentence(text, tokens, tags, language);
  return chunks
    .map((c) => `${c.kind}[${tokens.slice(c.start, c.end).map((t, k) => (c.start + k === c.head ? `*${t.text}` : t.text)).join(' ')}]`)
    .join(' ');
}

describe('GIVEN tagged Indonesian sentences (head-initial noun phrases)', () => {
  it('WHEN chunked THEN subject, verbs and objects are NP VP NP with the first noun as head', () => {
    const text = 'Sekretaris Jenderal NATO Mark Rutte mengatakan Rusia mendukung program nuklir Korea Utara.';
    const tags: Upos[] = ['PROPN', 'PROPN', 'PROPN', 'PROPN', 'PROPN', 'VERB', 'PROPN', 'VERB', 'NOUN', 'ADJ', 'PROPN', 'PROPN'];
    expect(show(text, tags, 'id')).toBe('NP[*Sekretaris Jenderal NATO Mark Rutte] VP[*mengatakan] NP[*Rusia] VP[*mendukung] NP[*program nuklir Korea Utara]');
  });

  it('WHEN a noun phrase has a numeral before it and a "yang" clause after it THEN the clause stays out', () => {
    const text = 'Pemerintah telah menyalurkan 2.000 ton beras kepada warga yang terdampak banjir.';
    const tags: Upos[] = ['NOUN', 'AUX', 'VERB', 'NUM', 'NOUN', 'NOUN', 'ADP', 'NOUN', 'PRON', 'VERB', 'NOUN'];
    expect(show(text, tags, 'id')).toBe('NP[*Pemerintah] VP[telah *menyalurkan] NP[2.000 *ton beras] PP[*kepada] NP[*warga] O[*yang] VP[*terdampak] NP[*banjir]');
  });

  it('WHEN commas and parentheses stand between nouns THEN the noun phrases stop there', () => {
    const text = 'Jokowi meninjau Pasar Induk Cipinang, Jakarta, Selasa (19/9), bersama rencana kita.';
    const tags: Upos[] = ['PROPN', 'VERB', 'PROPN', 'PROPN', 'PROPN', 'PROPN', 'PROPN', 'NUM', 'NUM', 'ADP', 'NOUN', 'PRON'];
    const tokens = tokenize(text);
    expect(baseNounPhrases(text, tokens, tags, 'id')).toEqual([
      { start: 0, end: 1, head: 0 },
      { start: 2, end: 5, head: 2 },
      { start: 5, end: 6, head: 5 },
      { start: 6, end: 7, head: 6 },
      { start: 10, end: 12, head: 10 }, // "rencana kita": the possessor pronoun is inside
    ]);
  });

  it('WHEN a hyphen joins two names THEN they stay one noun phrase', () => {
    const text = 'Pesawat mendarat di Bandara Soekarno-Hatta.';
    const tags: Upos[] = ['NOUN', 'VERB', 'ADP', 'NOUN', 'PROPN', 'PROPN'];
    expect(show(text, tags, 'id')).toBe('NP[*Pesawat] VP[*mendarat] PP[*di] NP[*Bandara Soekarno Hatta]');
  });
});

describe('GIVEN tagged English sentences (head-final noun phrases)', () => {
  it("WHEN chunked THEN the possessor stays in the NP and the last noun is the head", () => {
    const text = "South Korea's president said the central bank raised its benchmark rate.";
    const tags: Upos[] = ['PROPN', 'PROPN', 'NOUN', 'VERB', 'DET', 'ADJ', 'NOUN', 'VERB', 'PRON', 'NOUN', 'NOUN'];
    expect(show(text, tags, 'en')).toBe('NP[South Korea *president] VP[*said] NP[the central *bank] VP[*raised] NP[its benchmark *rate]');
  });

  it('WHEN auxiliaries, negation and a preposition come between THEN they form VP and PP chunks', () => {
    const text = 'She was not elected mayor in 2020, and they cannot afford new fares.';
    const tags: Upos[] = ['PRON', 'AUX', 'PART', 'VERB', 'NOUN', 'ADP', 'NUM', 'CCONJ', 'PRON', 'AUX', 'VERB', 'ADJ', 'NOUN'];
    expect(show(text, tags, 'en')).toBe('NP[*She] VP[was not *elected] NP[*mayor] PP[*in] O[*2020] O[*and] NP[*they] VP[cannot *afford] NP[new *fares]');
  });
});
