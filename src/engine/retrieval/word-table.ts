/**
 * Word as written → a packed number, looked up by a text range without slicing it into a string.
 * Indexing 7 million words, a Map<string, …> costs a new substring and its hash per word; this
 * open-addressing table hashes the characters in place and compares them against the stored word,
 * so a word seen before allocates nothing.
 */
const EMPTY = -1;

export class WordTable {
  private words: string[] = [];
  private values: number[] = [];
  private slots = new Int32Array(1 << 16).fill(EMPTY);
  private hashes = new Int32Array(1 << 16);

  get size(): number {
    return this.words.length;
  }

  private static hash(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h | 0;
  }

  private static same(word: string, text: string, start: number, end: number): boolean {
    if (word.length !== end - start) return false;
    for (let i = 0; i < word.length; i += 1) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
    return true;
  }

  // Where the last missed lookup would go, so `add` need not search again.
  private missAt = 0;
  private missHash = 0;

  /** The value stored for text[start, end), or -1 (then `add` it: no other call in between). */
  find(text: string, start: number, end: number): number {
    const h = WordTable.hash(text, start, end);
    const mask = this.slots.length - 1;
    let at = h & mask;
    for (;;) {
      const entry = this.slots[at] ?? EMPTY;
      if (entry === EMPTY) break;
      if (this.hashes[at] === h && WordTable.same(this.words[entry] ?? '', text, start, end)) return this.values[entry] ?? 0;
      at = (at + 1) & mask;
    }
    this.missAt = at;
    this.missHash = h;
    return -1;
  }

  /** Store the value of the word `find` just missed. */
  add(word: string, value: number): void {
    this.slots[this.missAt] = this.words.length;
    this.hashes[this.missAt] = this.missHash;
    this.words.push(word);
    this.values.push(value);
    if (this.words.length * 2 > this.slots.length) this.grow();
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const hashes = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let i = 0; i < this.slots.length; i += 1) {
      const entry = this.slots[i] ?? EMPTY;
      if (entry === EMPTY) continue;
      const h = this.hashes[i] ?? 0;
      let at = h & mask;
      while ((slots[at] ?? EMPTY) !== EMPTY) at = (at + 1) & mask;
      slots[at] = entry;
      hashes[at] = h;
    }
    this.slots = slots;
    this.hashes = hashes;
  }

  clear(): void {
    this.words = [];
    this.values = [];
    this.slots = new Int32Array(1 << 16).fill(EMPTY);
    this.hashes = new Int32Array(1 << 16);
  }
}
