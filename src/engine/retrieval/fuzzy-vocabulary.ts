/**
 * Typo correction with fuse.js over the corpus vocabulary (tens of thousands of short words)
 * instead of over the paragraphs: "rusai" → "rusia", "nuklr" → "nuklir".
 *
 * Words are bucketed by first letter and length, and a lookup searches only the buckets within
 * two characters of the word's length that share its first letter: people rarely mistype the
 * first letter, and this keeps a lookup to a few hundred candidates over a 100k-paragraph corpus.
 * Small vocabularies (under `allLettersBelow` words) also search the other first letters.
 */
import Fuse from 'fuse.js';

export interface FuzzyHit {
  word: string;
  /** fuse.js score: 0 is a perfect match, 1 no match. */
  score: number;
}

const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 0.34, minMatchCharLength: 2, isCaseSensitive: true };

export class FuzzyVocabulary {
  private buckets = new Map<string, string[]>();
  private fuses = new Map<string, Fuse<string>>();
  private size = 0;
  private builtFor = -1;
  // Misspellings recur (and a follow-up repeats the previous words): remember recent corrections.
  private readonly memo = new Map<string, FuzzyHit[]>();

  constructor(
    private readonly words: () => Iterable<string>,
    private readonly version: () => number,
    private readonly maxLengthDelta = 2,
    private readonly allLettersBelow = 20_000,
  ) {}

  private ensureBuilt(): void {
    const v = this.version();
    if (v === this.builtFor) return;
    this.buckets = new Map();
    this.fuses = new Map();
    this.size = 0;
    for (const w of this.words()) {
      if (w.length < 4 || /\d/.test(w)) continue;
      const key = `${w[0]}${w.length}`;
      const list = this.buckets.get(key);
      if (list) list.push(w);
      else this.buckets.set(key, [w]);
      this.size += 1;
    }
    this.builtFor = v;
    this.memo.clear();
  }

  // fuse.js indexes are built per bucket on first use: most buckets are never searched.
  private fuse(key: string): Fuse<string> | undefined {
    let f = this.fuses.get(key);
    if (f) return f;
    const list = this.buckets.get(key);
    if (!list) return undefined;
    f = new Fuse(list, FUSE_OPTIONS);
    this.fuses.set(key, f);
    return f;
  }

  /** Closest vocabulary words to a folded (misspelt) word, best first. */
  correct(folded: string, limit = 3): FuzzyHit[] {
    if (folded.length < 4) return [];
    this.ensureBuilt();
    const memoKey = `${limit}\u0000${folded}`;
    const known = this.memo.get(memoKey);
    if (known) return known;
    const letters = this.size < this.allLettersBelow ? new Set([...this.buckets.keys()].map((k) => k[0] ?? '')) : new Set([folded[0] ?? '']);
    const hits: FuzzyHit[] = [];
    for (const letter of letters) {
      for (let len = folded.length - this.maxLengthDelta; len <= folded.length + this.maxLengthDelta; len += 1) {
        const fuse = this.fuse(`${letter}${len}`);
        if (!fuse) continue;
        // Same first letter is strong evidence for the intended word; typos rarely hit it.
        const penalty = letter === folded[0] ? 0 : 0.1;
        for (const r of fuse.search(folded, { limit })) hits.push({ word: r.item, score: (r.score ?? 1) + penalty });
      }
    }
    const result = hits.filter((h) => h.score <= FUSE_OPTIONS.threshold).sort((a, b) => a.score - b.score).slice(0, limit);
    if (this.memo.size >= 5000) this.memo.clear();
    this.memo.set(memoKey, result);
    return result;
  }
}
