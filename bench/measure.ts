/** Latency percentiles, recall@k and memory snapshots. */

/** One question's outcome: time, and the 1-based rank of the first correct paragraph (null: not returned). */
export interface Outcome {
  id: string;
  /** 'facqa' / 'generated' / 'public', and whether the question carries an injected typo. */
  kind: string;
  typo: boolean;
  /** Kutip only: whether `ask` answered (a not-found answer has no citations). */
  found?: boolean;
  ms: number;
  rank: number | null;
  /** Distinct paragraphs returned (Kutip: citations). */
  returned: number;
}

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  recall1: number;
  recall10: number;
  /** Mean number of paragraphs returned (recall@10 can only count these). */
  returned: number;
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function summarize(outcomes: readonly Outcome[]): Summary {
  const n = outcomes.length;
  const ms = outcomes.map((o) => o.ms);
  const within = (k: number) => (n ? outcomes.filter((o) => o.rank !== null && o.rank <= k).length / n : Number.NaN);
  return {
    n,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    mean: n ? ms.reduce((s, x) => s + x, 0) / n : Number.NaN,
    recall1: within(1),
    recall10: within(10),
    returned: n ? outcomes.reduce((s, o) => s + o.returned, 0) / n : Number.NaN,
  };
}

/** Rank of the first accepted key in a ranked list of paragraph keys (duplicates collapsed). */
export function rankOf(keys: readonly string[], accepted: ReadonlySet<string>, k = 10): { rank: number | null; returned: number } {
  const distinct = [...new Set(keys)].slice(0, k);
  const i = distinct.findIndex((key) => accepted.has(key));
  return { rank: i < 0 ? null : i + 1, returned: distinct.length };
}

export interface MemorySnapshot {
  heapMB: number;
  rssMB: number;
  /** False when run without --expose-gc: heap then includes garbage. */
  collected: boolean;
}

/** Heap used and RSS, after a full collection when the process allows it. */
export function memory(): MemorySnapshot {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return { heapMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20, collected: gc !== undefined };
}

/** Milliseconds since an earlier `performance.now()`. */
export function since(start: number): number {
  return performance.now() - start;
}
