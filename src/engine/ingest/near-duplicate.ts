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
  /** Distinct words: hash → index (into `starts`/`ends`) of the first word with that hash. */
  distinct: Map<number, number>;
  /** Distinct words whose hash another distinct word already has (rare): index and hash. */
  collided: number[];
  collidedHashes: number[];
  size: number;
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

/** Whether the bag has a word equal to word `j` of bag `o` (whose hash is `hash`). */
function has(bag: Bag, o: Bag, j: number, hash: number): boolean {
  const first = bag.distinct.get(hash);
  if (first === undefined) return false;
  if (sameWord(bag, first, o, j)) return true;
  for (let k = 0; k < bag.collided.length; k += 1) {
    if (bag.collidedHashes[k] === hash && sameWord(bag, bag.collided[k] ?? 0, o, j)) return true;
  }
  return false;
}

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
  const bag: Bag = { lower, starts: [], ends: [], keyLength: 0, distinct: new Map(), collided: [], collidedHashes: [], size: 0, key: null };
  // The words of `lower` exactly as words() found them, /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu,
  // hashed (FNV-1a over their UTF-16 units, as hashOf) while they are scanned.
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
  if (!bag.distinct.has(hash)) {
    bag.distinct.set(hash, w);
    bag.size += 1;
  } else if (!has(bag, bag, w, hash)) {
    bag.collided.push(w);
    bag.collidedHashes.push(hash);
    bag.size += 1;
  }
}
const memo = new Map<string, Bag>();

/** The comparison key: lowercased words joined by single spaces. */
function keyOf(bag: Bag): string {
  bag.key ??= bag.starts.map((s, i) => bag.lower.slice(s, bag.ends[i])).join(' ');
  return bag.key;
}

/** Number of distinct words the two bags share. */
function sharedWords(a: Bag, b: Bag): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  small.distinct.forEach((j, hash) => {
    if (has(large, small, j, hash)) shared += 1;
  });
  for (let k = 0; k < small.collided.length; k += 1) if (has(large, small, small.collided[k] ?? 0, small.collidedHashes[k] ?? 0)) shared += 1;
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
  // A key inside another has all its distinct words there, but for its first and last word, which
  // may be cut ("an b" in "xan by"): more than two missing rules containment out.
  const aInB = ba.keyLength <= bb.keyLength && ba.size - shared <= 2;
  const bInA = bb.keyLength <= ba.keyLength && bb.size - shared <= 2;
  if ((aInB || bInA) && (keyOf(bb).includes(keyOf(ba)) || keyOf(ba).includes(keyOf(bb)))) return true;
  return shared / Math.max(ba.size, bb.size) >= 0.85;
}
