/**
 * Postings lists of term ids → sentence ids, stored as one frozen CSR block (an offsets array and
 * one Int32Array of ids) plus a small mutable tail per term for what was added since the last
 * freeze. At 100k paragraphs this is ~6 million ids: 24 MB as Int32 instead of ~70 MB of JS
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
  private tails: (number[] | undefined)[] = [];
  private tailSize = 0;

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
    const tail = this.tails[term];
    if (tail) tail.push(id);
    else this.tails[term] = [id];
    this.tailSize += 1;
  }

  /** Ids of a term in ascending order (a view into the frozen block when nothing was added since). */
  list(term: number): Int32Array {
    const frozen = term < this.frozenTerms ? this.ids.subarray(this.offsets[term] ?? 0, this.offsets[term + 1] ?? 0) : EMPTY;
    const tail = this.tails[term];
    if (!tail) return frozen;
    const out = new Int32Array(frozen.length + tail.length);
    out.set(frozen);
    out.set(tail, frozen.length);
    return out;
  }

  count(term: number): number {
    const frozen = term < this.frozenTerms ? (this.offsets[term + 1] ?? 0) - (this.offsets[term] ?? 0) : 0;
    return frozen + (this.tails[term]?.length ?? 0);
  }

  /** Whether enough was added since the last freeze that folding it in pays. */
  get needsFreeze(): boolean {
    return this.tailSize > Math.max(50_000, this.ids.length / 4);
  }

  /** Fold the tails into the frozen block, dropping ids that `keep` rejects (`prune`: some may be dead). */
  freeze(termCount: number, keep: (id: number) => boolean = () => true, prune = true): void {
    // Nothing added and nothing to drop: the block is already what freezing would make.
    if (this.tailSize === 0 && !prune) return;
    const offsets = new Int32Array(termCount + 1);
    let total = 0;
    for (let t = 0; t < termCount; t += 1) {
      offsets[t] = total;
      total += this.count(t);
    }
    offsets[termCount] = total;
    const ids = new Int32Array(total);
    let at = 0;
    for (let t = 0; t < termCount; t += 1) {
      offsets[t] = at;
      for (const id of this.list(t)) if (keep(id)) ids[at++] = id;
    }
    offsets[termCount] = at;
    this.offsets = offsets;
    this.ids = at === total ? ids : ids.slice(0, at);
    this.tails = [];
    this.tailSize = 0;
  }

  frozen(): FrozenPostings {
    return { offsets: this.offsets, ids: this.ids };
  }
}
