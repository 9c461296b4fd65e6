/**
 * Typo correction with fuse.js over the corpus vocabulary (tens of thousands of short words)
 * instead of over the paragraphs: "rusai" → "rusia", "nuklr" → "nuklir". Words are bucketed by
 * length so a lookup only scans words within two characters of the query word's length.
 */
import Fuse from 'fuse.js';

export interface FuzzyHit {
  word: string;
  /** fuse.js score: 0 is a perfect match, 1 no match. */
  score: number;
}

const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 0.34, minMatchCharLength: 2, isCaseSensitive: true };

export class FuzzyVocabulary {
  private buckets = new Map<number, Fuse<string>>();
  private builtFor = -1;
  // Misspellings recur (and a follow-up repeats the previous words): remember recent corrections.
  private readonly memo = new Map<string, FuzzyHit[]>();

  constructor(
    private readonly words: () => Iterable<string>,
    private readonly version: () => number,
    private readonly maxLengthDelta = 2,
  ) {}

  private ensureBuilt(): void {
    const v = this.version();
    if (v === this.builtFor) return;
    const byLength = new Map<number, string[]>();
    for (const w of this.words()) {
      if (w.length < 4 || /\d/.test(w)) continue;
      const list = byLength.get(w.length);
      if (list) list.push(w);
      else byLength.set(w.length, [w]);
    }
    this.buckets = new Map([...byLength].map(([len, list]) => [len, new Fuse(list, FUSE_OPTIONS)]));
    this.builtFor = v;
    this.memo.clear();
  }

  /** Closest vocabulary words to a folded (misspelt) word, best first. */
  correct(folded: string, limit = 3): FuzzyHit[] {
    if (folded.length < 4) return [];
    this.ensureBuilt();
    const key = `${limit}\u0000${folded}`;
    const known = this.memo.get(key);
    if (known) return known;
    const hits: FuzzyHit[] = [];
    for (let len = folded.length - this.maxLengthDelta; len <= folded.length + this.maxLengthDelta; len += 1) {
      const fuse = this.buckets.get(len);
      if (!fuse) continue;
      for (const r of fuse.search(folded, { limit })) hits.push({ word: r.item, score: r.score ?? 1 });
    }
    // Same first letter is strong evidence for the intended word; typos rarely hit it.
    for (const h of hits) if (h.word[0] !== folded[0]) h.score += 0.1;
    const result = hits.filter((h) => h.score <= FUSE_OPTIONS.threshold).sort((a, b) => a.score - b.score).slice(0, limit);
    if (this.memo.size >= 5000) this.memo.clear();
    this.memo.set(key, result);
    return result;
  }
}
