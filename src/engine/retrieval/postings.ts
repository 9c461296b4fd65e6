/**
 * Postings lists of term ids → sentence ids, stored as one frozen CSR block (an offsets array and
 * one Int32Array of ids) plus a log of what was added since the last freeze. At 100k paragraphs this is ~6 million ids: 24 MB as Int32 instead of ~70 MB of JS
 * arrays with their growth slack, and the block can be written to disk and read back as is.
 */

/** A growable Int32 column (amortized doubling). */
export class IntColumn {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  static from(values: Int32Array): IntColumn {
    const column = new IntColumn(values.length);
    column.data.set(values);
    column.length = values.length;
    return column;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  get(i: number): number {
    return this.data[i] ?? 0;
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }

  /** The used part, copied to an exactly sized array (for persisting). */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** The frozen part of the postings, as persisted: term t owns ids[offsets[t] .. offsets[t+1]). */
export interface FrozenPostings {
  offsets: Int32Array;
  ids: Int32Array;
}

const EMPTY: Int32Array = new Int32Array(0);

export class PostingStore {
  private offsets: Int32Array = new Int32Array(1);
  private ids: Int32Array = EMPTY;
  /**
   * Additions since the last freeze, as a log of (term, id) pairs in two Int32 columns: appending
   * costs no per-term array (and no garbage); a freeze sorts the log into the block by counting.
   */
  private logTerms = new IntColumn();
  private logIds = new IntColumn();

  constructor(frozen?: FrozenPostings) {
    if (frozen) {
      this.offsets = frozen.offsets;
      this.ids = frozen.ids;
    }
  }

  private get frozenTerms(): number {
    return this.offsets.length - 1;
  }

  add(term: number, id: number): void {
    this.logTerms.push(term);
    this.logIds.push(id);
  }

  /** Ids of a term in ascending order (a view into the block; pending additions are folded in first). */
  list(term: number): Int32Array {
    if (this.logTerms.length) this.freeze(Math.max(this.frozenTerms, this.maxLoggedTerm() + 1), undefined, false);
    return term < this.frozenTerms ? this.ids.subarray(this.offsets[term] ?? 0, this.offsets[term + 1] ?? 0) : EMPTY;
  }

  count(term: number): number {
    if (this.logTerms.length) this.freeze(Math.max(this.frozenTerms, this.maxLoggedTerm() + 1), undefined, false);
    return term < this.frozenTerms ? (this.offsets[term + 1] ?? 0) - (this.offsets[term] ?? 0) : 0;
  }

  private maxLoggedTerm(): number {
    let max = -1;
    const terms = this.logTerms.data;
    for (let i = 0; i < this.logTerms.length; i += 1) if ((terms[i] ?? 0) > max) max = terms[i] ?? 0;
    return max;
  }

  /** Whether enough was added since the last freeze that folding it in pays (reads fold it anyway). */
  get needsFreeze(): boolean {
    return this.logTerms.length > Math.max(1_000_000, this.ids.length / 2);
  }

  /** Fold the log into the block, dropping ids that `keep` rejects (`prune`: some may be dead). */
  freeze(termCount: number, keep: (id: number) => boolean = () => true, prune = true): void {
    const pending = this.logTerms.length;
    // Nothing added and nothing to drop: the block is already what freezing would make.
    if (pending === 0 && !prune && termCount <= this.frozenTerms) return;
    const terms = Math.max(termCount, this.frozenTerms);
    // Counting sort: per-term sizes, prefix sums, then scatter (old ids first: they are smaller).
    const offsets = new Int32Array(terms + 1);
    for (let t = 0; t < this.frozenTerms; t += 1) offsets[t + 1] = (this.offsets[t + 1] ?? 0) - (this.offsets[t] ?? 0);
    const logTerms = this.logTerms.data;
    const logIds = this.logIds.data;
    for (let i = 0; i < pending; i += 1) offsets[(logTerms[i] ?? 0) + 1] = (offsets[(logTerms[i] ?? 0) + 1] ?? 0) + 1;
    for (let t = 0; t < terms; t += 1) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
    const cursor = offsets.slice(0, terms);
    const ids = new Int32Array(offsets[terms] ?? 0);
    for (let t = 0; t < this.frozenTerms; t += 1) {
      const from = this.offsets[t] ?? 0;
      const to = this.offsets[t + 1] ?? 0;
      ids.set(this.ids.subarray(from, to), cursor[t] ?? 0);
      cursor[t] = (cursor[t] ?? 0) + (to - from);
    }
    for (let i = 0; i < pending; i += 1) {
      const t = logTerms[i] ?? 0;
      ids[cursor[t] ?? 0] = logIds[i] ?? 0;
      cursor[t] = (cursor[t] ?? 0) + 1;
    }
    this.logTerms = new IntColumn();
    this.logIds = new IntColumn();
    if (!prune) {
      this.offsets = offsets;
      this.ids = ids;
      return;
    }
    // Drop dead ids in place, term by term.
    let at = 0;
    const kept = new Int32Array(terms + 1);
    for (let t = 0; t < terms; t += 1) {
      kept[t] = at;
      for (let k = offsets[t] ?? 0; k < (offsets[t + 1] ?? 0); k += 1) {
        const id = ids[k] ?? 0;
        if (keep(id)) ids[at++] = id;
      }
    }
    kept[terms] = at;
    this.offsets = kept;
    this.ids = at === ids.length ? ids : ids.slice(0, at);
  }

  frozen(): FrozenPostings {
    return { offsets: this.offsets, ids: this.ids };
  }
}
