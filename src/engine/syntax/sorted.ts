/**
 * Binary search over a sorted string list (JavaScript's default sort order, UTF-16 code units).
 * The model's 45,000 features and 26,000 dictionary words stay plain sorted arrays: a Map of them
 * cost most of a model load, while the decoder looks a string up only on its first sight of a word.
 */

/** Index of `key` in `sorted`, or -1. */
export function findSorted(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = sorted[mid] as string;
    if (value < key) low = mid + 1;
    else if (value > key) high = mid - 1;
    else return mid;
  }
  return -1;
}

/** The range [from, to) of entries that start with `prefix`. */
export function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < prefix) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < sorted.length && (sorted[end] as string).startsWith(prefix)) end += 1;
  return [low, end];
}
