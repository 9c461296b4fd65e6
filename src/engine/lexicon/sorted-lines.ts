/**
 * A large read-only table kept as the text of its file: lines `key<TAB>…`, sorted by key, looked
 * up by binary search. Opening one is a file read and a scan for line ends, with no object per
 * entry: the WordNet tier's 37,000 headwords would cost several times that as parsed JSON.
 */

/** The WordNet tier's translations in data/lexicon/ (written by scripts/build-wordnet.ts). */
export const TRANSLATIONS_FILE = 'wordnet-en-id.tsv';
/** The WordNet tier's English synonyms in data/lexicon/. */
export const SYNONYMS_FILE = 'wordnet-synonyms.tsv';

/** The order the files are sorted in, shared with the build script: plain UTF-16 code units. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const NEWLINE = 10;
const HASH = 35;

/** A sorted table over the text of one file; lines starting with "#" are comments. */
export class SortedLines {
  readonly #text: string;
  /** Start offset of every data line. */
  readonly #starts: Int32Array;

  constructor(text: string) {
    this.#text = text;
    const starts: number[] = [];
    let at = 0;
    while (at < text.length) {
      const end = text.indexOf('\n', at);
      const next = end < 0 ? text.length : end + 1;
      if (text.charCodeAt(at) !== HASH && text.charCodeAt(at) !== NEWLINE) starts.push(at);
      at = next;
    }
    this.#starts = Int32Array.from(starts);
  }

  /** Number of data lines. */
  get size(): number {
    return this.#starts.length;
  }

  /** The fields after the key of the line whose key is `key`, or undefined. */
  get(key: string): string[] | undefined {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const fields = this.fields(mid);
      const order = compareKeys(fields[0] ?? '', key);
      if (order === 0) return fields.slice(1);
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /**
   * Inverts the last field of every line, read as a `|`-separated list: each value → the codes
   * `line × 8 + place in the list` (places past 7 are dropped). One pass over the text with no
   * object per entry: the WordNet tier's 90,000 values invert in a few tens of milliseconds.
   */
  invertLastField(): Map<string, number[]> {
    const text = this.#text;
    const inverse = new Map<string, number[]>();
    for (let line = 0; line < this.#starts.length; line++) {
      const start = this.#starts[line] ?? 0;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let at = text.lastIndexOf('\t', end - 1) + 1;
      for (let place = 0; at < end && place < 8; place++) {
        let bar = text.indexOf('|', at);
        if (bar < 0 || bar > end) bar = end;
        const value = text.slice(at, bar);
        const code = line * 8 + place;
        const list = inverse.get(value);
        if (list === undefined) inverse.set(value, [code]);
        else list.push(code);
        at = bar + 1;
      }
    }
    return inverse;
  }

  /** All fields of the i-th data line, key first. */
  fields(i: number): string[] {
    const start = this.#starts[i] ?? 0;
    let end = this.#text.indexOf('\n', start);
    if (end < 0) end = this.#text.length;
    return this.#text.slice(start, end).split('\t');
  }
}
