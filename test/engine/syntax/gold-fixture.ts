/** Reads test/fixtures/syntax/english-gold.txt: hand-tagged English sentences. */
import { readFileSync } from 'node:fs';

/** One hand-tagged sentence: its text and each engine token with its gold UPOS. */
export interface GoldSentence {
  text: string;
  words: string[];
  tags: string[];
}

/** The fixture's sentences, in file order. */
export function readEnglishGold(): GoldSentence[] {
  const source = readFileSync(new URL('../../fixtures/syntax/english-gold.txt', import.meta.url), 'utf8');
  const out: GoldSentence[] = [];
  const lines = source.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  for (let k = 0; k + 1 < lines.length; k += 2) {
    const text = (lines[k] as string).replace(/^text: /, '');
    const pairs = (lines[k + 1] as string).trim().split(/\s+/).map((p) => p.split('/'));
    out.push({ text, words: pairs.map((p) => p[0] ?? ''), tags: pairs.map((p) => p[1] ?? '') });
  }
  return out;
}
