/**
 * Near-duplicate lines: a repeated title, a caption or teaser that repeats the lead paragraph.
 * Two lines are compared by their comparison keys (lowercased words joined by single spaces):
 * near-duplicates when one key contains the other, or when they share most distinct words.
 *
 * Most comparisons are between clearly different paragraphs, so the words are not copied out:
 * each line becomes a bag of word spans with hashed distinct words, the shared-word count decides
 * most pairs, and the key strings are built only when containment is still possible.
 */
import { L, N, classOf } from './chars.ts';

/** The words of one line, as spans of its lowercase form. */
interface Bag {
  lower: string;
  starts: number[];
  ends: number[];
  /** Length of the comparison key: the words joined by single spaces. */
  keyLength: number;
  /**
   * Distinct words in an open-addressing table (a JS Map grows and rehashes as a paragraph's words
   * arrive): slot k holds hash + 1 at 2k (0 when empty) and a word index at 2k + 1.
   */
  table: Int32Array;
  mask: number;
  /** The distinct words: index of each, with its hash. */
  distinct: number[];
  hashes: number[];
  key: string | null;
}

/** Whether word `i` of bag `a` equals word `j` of bag `b`, compared in place. */
function sameWord(a: Bag, i: number, b: Bag, j: number): boolean {
  const as = a.starts[i] ?? 0;
  const bs = b.starts[j] ?? 0;
  const len = (a.ends[i] ?? 0) - as;
  if ((b.ends[j] ?? 0) - bs !== len) return false;
  for (let k = 0; k < len; k += 1) if (a.lower.charCodeAt(as + k) !== b.lower.charCodeAt(bs + k)) return false;
  return true;
}

/**
 * The table slot of the bag's word equal to word `j` of bag `o` (whose hash is `hash`), or of the
 * empty slot where it would go (its first cell is then 0).
 */
function slotOf(bag: Bag, o: Bag, j: number, hash: number): number {
  for (let k = hash & bag.mask; ; k = (k + 1) & bag.mask) {
    const stored = bag.table[2 * k] ?? 0;
    if (stored === 0 || (stored === hash + 1 && sameWord(bag, bag.table[2 * k + 1] ?? 0, o, j))) return k;
  }
}

const has = (bag: Bag, o: Bag, j: number, hash: number): boolean => bag.table[2 * slotOf(bag, o, j, hash)] !== 0;

// Letters and digits of ASCII, the common case, without a call.
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c += 1) ASCII_WORD[c] = (classOf(c) & (L | N)) !== 0 ? 1 : 0;
const isWordChar = (cp: number): boolean => (cp < 128 ? ASCII_WORD[cp] === 1 : (classOf(cp) & (L | N)) !== 0);
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45; // ' ’ -
const FNV_PRIME = 0x01000193;

function bagOf(text: string): Bag {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const lower = text.toLowerCase();
  const n = lower.length;
  // Words are separated, so there are at most (n + 1) / 2 of them: the table never fills.
  let size = 16;
  while (size < (n >> 1) + 2) size *= 2;
  const bag: Bag = { lower, starts: [], ends: [], keyLength: 0, table: new Int32Array(2 * size), mask: size - 1, distinct: [], hashes: [], key: null };
  // The words of `lower` exactly as words() found them, /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu,
  // hashed (FNV-1a over their UTF-16 units, cut to 30 bits) while they are scanned.
  let i = 0;
  while (i < n) {
    if (!isWordChar(lower.codePointAt(i) ?? 0)) {
      i += (lower.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    for (;;) {
      // A run of letters and digits…
      while (i < n) {
        const cp = lower.codePointAt(i) ?? 0;
        if (!isWordChar(cp)) break;
        h = Math.imul(h ^ lower.charCodeAt(i), FNV_PRIME);
        if (cp > 0xffff) h = Math.imul(h ^ lower.charCodeAt(i + 1), FNV_PRIME);
        i += cp > 0xffff ? 2 : 1;
      }
      // …continued by an apostrophe or hyphen only when another run follows it.
      if (i + 1 < n && isJoiner(lower.charCodeAt(i)) && isWordChar(lower.codePointAt(i + 1) ?? 0)) {
        h = Math.imul(h ^ lower.charCodeAt(i), FNV_PRIME);
        i += 1;
      } else break;
    }
    addWord(bag, start, i, h & 0x3fffffff);
  }
  if (memo.size > 500) memo.clear();
  memo.set(text, bag);
  return bag;
}

function addWord(bag: Bag, start: number, end: number, hash: number): void {
  const w = bag.starts.length;
  bag.starts.push(start);
  bag.ends.push(end);
  bag.keyLength += end - start + (w > 0 ? 1 : 0);
  const k = slotOf(bag, bag, w, hash);
  if (bag.table[2 * k] !== 0) return;
  bag.table[2 * k] = hash + 1;
  bag.table[2 * k + 1] = w;
  bag.distinct.push(w);
  bag.hashes.push(hash);
}
const memo = new Map<string, Bag>();

/** The comparison key: lowercased words joined by single spaces. */
function keyOf(bag: Bag): string {
  bag.key ??= bag.starts.map((s, i) => bag.lower.slice(s, bag.ends[i])).join(' ');
  return bag.key;
}

/** Number of distinct words the two bags share. */
function sharedWords(a: Bag, b: Bag): number {
  const [small, large] = a.distinct.length <= b.distinct.length ? [a, b] : [b, a];
  let shared = 0;
  for (let k = 0; k < small.distinct.length; k += 1) if (has(large, small, small.distinct[k] ?? 0, small.hashes[k] ?? 0)) shared += 1;
  return shared;
}

/**
 * Whether `a` near-duplicates `b`: one's word sequence contains the other's, or they share most
 * words (85% of the larger set of distinct words). Keys shorter than 12 characters must be equal.
 */
export function nearDuplicate(a: string, b: string): boolean {
  const ba = bagOf(a);
  const bb = bagOf(b);
  if (ba.keyLength < 12 || bb.keyLength < 12) return keyOf(ba) === keyOf(bb) && ba.keyLength > 0;
  const shared = sharedWords(ba, bb);
  const sizeA = ba.distinct.length;
  const sizeB = bb.distinct.length;
  // A key inside another has all its distinct words there, but for its first and last word, which
  // may be cut ("an b" in "xan by"): more than two missing rules containment out.
  const aInB = ba.keyLength <= bb.keyLength && sizeA - shared <= 2;
  const bInA = bb.keyLength <= ba.keyLength && sizeB - shared <= 2;
  if ((aInB || bInA) && (keyOf(bb).includes(keyOf(ba)) || keyOf(ba).includes(keyOf(bb)))) return true;
  return shared / Math.max(sizeA, sizeB) >= 0.85;
}
