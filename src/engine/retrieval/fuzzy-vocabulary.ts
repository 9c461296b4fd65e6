/**
 * Typo correction with fuse.js over the corpus vocabulary (tens of thousands of short words)
 * instead of over the paragraphs: "rusai" → "rusia", "nuklr" → "nuklir".
 *
 * A lookup considers words within two characters of the misspelling's length that share its first
 * letter (people rarely mistype it; small vocabularies, under `allLettersBelow` words, also try the
 * other letters). A large vocabulary is first narrowed to the 60 words sharing the most letter
 * pairs (plus anagrams, for transpositions): fuse.js then ranks 60 words, not thousands.
 */
import Fuse from 'fuse.js';
import { oneSlipApart } from '../text/edit-distance.ts';

export interface FuzzyHit {
  word: string;
  /** fuse.js score: 0 is a perfect match, 1 no match. */
  score: number;
}

const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 0.34, minMatchCharLength: 2, isCaseSensitive: true };

/** Vocabularies up to this size are searched whole; larger ones through a letter-pair shortlist. */
const SEARCH_WHOLE_BELOW = 5000;
/** How many words of a large vocabulary fuse.js ranks: those sharing the most letter pairs. */
const SHORTLIST = 60;

/** Letter pairs of a word ("rusia" → ru us si ia). */
function bigrams(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i += 1) out.push(word.slice(i, i + 2));
  return out;
}

/** A word's letters in order: a transposition typo ("kraya") has its word's ("karya"). */
const letters = (word: string): string => [...word].sort().join('');

/** Letter-pair and anagram index of a vocabulary, to shortlist the words most like a misspelling. */
class PairIndex {
  private readonly pairs = new Map<string, number[]>();
  private readonly anagrams = new Map<string, number[]>();
  private readonly counts: Uint16Array;

  constructor(private readonly words: readonly string[]) {
    this.counts = new Uint16Array(words.length);
    words.forEach((w, i) => {
      for (const b of new Set(bigrams(w))) {
        const list = this.pairs.get(b);
        if (list) list.push(i);
        else this.pairs.set(b, [i]);
      }
      const key = letters(w);
      const same = this.anagrams.get(key);
      if (same) same.push(i);
      else this.anagrams.set(key, [i]);
    });
  }

  /** Up to `limit` accepted words sharing the most letter pairs with `word`, plus its anagrams. */
  shortlist(word: string, limit: number, accept: (w: string) => boolean): string[] {
    const touched: number[] = [];
    for (const b of new Set(bigrams(word))) {
      for (const i of this.pairs.get(b) ?? []) {
        if (this.counts[i] === 0) touched.push(i);
        this.counts[i] = (this.counts[i] ?? 0) + 1;
      }
    }
    const kept = touched.filter((i) => accept(this.words[i] ?? ''));
    kept.sort((a, b) => (this.counts[b] ?? 0) - (this.counts[a] ?? 0) || a - b);
    for (const i of touched) this.counts[i] = 0;
    const chosen = new Set(kept.slice(0, limit).map((i) => this.words[i] ?? ''));
    for (const i of this.anagrams.get(letters(word)) ?? []) chosen.add(this.words[i] ?? '');
    return [...chosen];
  }
}

export class FuzzyVocabulary {
  private list: string[] = [];
  /** Per first letter (a large vocabulary is searched only under the misspelling's first letter). */
  private pairs: Map<string, PairIndex> | null = null;
  private builtFor = -1;
  // Misspellings recur (and a follow-up repeats the previous words): remember recent corrections.
  private readonly memo = new Map<string, FuzzyHit[]>();

  constructor(
    private readonly words: () => Iterable<string>,
    private readonly version: () => number,
    private readonly maxLengthDelta = 2,
    private readonly allLettersBelow = 20_000,
    /** How common a word is: among equally close corrections, the commoner is likelier meant. */
    private readonly frequency: (word: string) => number = () => 0,
  ) {}

  private ensureBuilt(): void {
    const v = this.version();
    if (v === this.builtFor) return;
    this.list = [];
    for (const w of this.words()) if (w.length >= 4 && !/\d/.test(w)) this.list.push(w);
    this.pairs = null;
    if (this.list.length >= SEARCH_WHOLE_BELOW) {
      const byLetter = new Map<string, string[]>();
      for (const w of this.list) {
        const group = byLetter.get(w[0] ?? '');
        if (group) group.push(w);
        else byLetter.set(w[0] ?? '', [w]);
      }
      this.pairs = new Map([...byLetter].map(([letter, group]) => [letter, new PairIndex(group)]));
    }
    this.builtFor = v;
    this.memo.clear();
  }

  /** Closest vocabulary words to a folded (misspelt) word, best first. */
  correct(folded: string, limit = 3): FuzzyHit[] {
    if (folded.length < 4) return [];
    this.ensureBuilt();
    const memoKey = `${limit}\u0000${folded}`;
    const known = this.memo.get(memoKey);
    if (known) return known;
    // Same first letter is strong evidence for the intended word (typos rarely hit it): a large
    // vocabulary is searched only there, a small one everywhere with a penalty.
    const anyLetter = this.list.length < this.allLettersBelow;
    const accept = (w: string): boolean => Math.abs(w.length - folded.length) <= this.maxLengthDelta && (anyLetter || w[0] === folded[0]);
    const indexes = this.pairs ? (anyLetter ? [...this.pairs.values()] : [this.pairs.get(folded[0] ?? '')].filter((x) => x !== undefined)) : [];
    const candidates = this.pairs ? indexes.flatMap((p) => p.shortlist(folded, SHORTLIST, accept)) : this.list.filter(accept);
    // One slip (a swapped pair "thrid", a missing or extra letter) is the commonest typo, and
    // Bitap scores a swap as two substitutions: such words are taken first.
    const slips: FuzzyHit[] = candidates.filter((w) => oneSlipApart(w, folded)).map((w) => ({ word: w, score: w[0] === folded[0] ? 0.05 : 0.15 }));
    const hits: FuzzyHit[] = [...slips, ...new Fuse(candidates, FUSE_OPTIONS).search(folded, { limit: limit * 4 })
      .filter((r) => !slips.some((s) => s.word === r.item))
      .map((r) => ({ word: r.item, score: (r.score ?? 1) + (r.item[0] === folded[0] ? 0 : 0.1) }))];
    // Equal scores (fuse.js often ties) go to the commoner word: "indoensia" means "indonesia".
    const result = hits.filter((h) => h.score <= FUSE_OPTIONS.threshold)
      .sort((a, b) => a.score - b.score || this.frequency(b.word) - this.frequency(a.word))
      .slice(0, limit);
    if (this.memo.size >= 5000) this.memo.clear();
    this.memo.set(memoKey, result);
    return result;
  }
}
