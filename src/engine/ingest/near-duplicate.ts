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
import { wordEnd } from './scan.ts';

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

/** FNV-1a of lower[start, end), cut to 30 bits so that it stays a small integer (a cheap Map key). */
function hashOf(lower: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i += 1) h = Math.imul(h ^ lower.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
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

function bagOf(text: string): Bag {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const lower = text.toLowerCase();
  const bag: Bag = { lower, starts: [], ends: [], keyLength: 0, distinct: new Map(), collided: [], collidedHashes: [], size: 0, key: null };
  // The words of `lower` exactly as words() finds them: [\p{L}\p{N}]+ joined by ' ’ -.
  for (let i = 0; i < lower.length; ) {
    const cp = lower.codePointAt(i) ?? 0;
    if ((classOf(cp) & (L | N)) === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const end = wordEnd(lower, i, L | N);
    const w = bag.starts.length;
    bag.starts.push(i);
    bag.ends.push(end);
    bag.keyLength += end - i + (w > 0 ? 1 : 0);
    const hash = hashOf(lower, i, end);
    if (!bag.distinct.has(hash)) {
      bag.distinct.set(hash, w);
      bag.size += 1;
    } else if (!has(bag, bag, w, hash)) {
      bag.collided.push(w);
      bag.collidedHashes.push(hash);
      bag.size += 1;
    }
    i = end;
  }
  if (memo.size > 500) memo.clear();
  memo.set(text, bag);
  return bag;
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
