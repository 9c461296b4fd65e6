/**
 * Sentence ranking: a BM25-style sum over term groups, where a group counts once per sentence
 * (its best alternative) and a group found elsewhere in the same paragraph counts half — the
 * subject is often named one sentence earlier ("Rutte …. Ia menambahkan …").
 *
 * Example, "What did Russia provide to North Korea?" over the Metro TV article:
 *   groups russia (idf 0.63), provide (2.37), north korea (0.83); translations count 0.9
 *   ¶3 s1 "…Rusia memberikan dukungan pada program…"      score 2.24  coverage 0.70
 *   ¶5 s1 "…Korea Utara telah mengirimkan tentara ke Rusia…" score 1.17  coverage 0.34
 *
 * Cost: one pass over the postings of the question's keys into flat typed arrays; hit objects
 * are built for the best `limit` sentences only (a bounded heap), so a 100k-paragraph corpus
 * allocates little per question.
 */
import type { SentenceDoc, SentenceIndex } from './sentence-index.ts';
import type { TermGroup } from './expand.ts';

export interface SentenceHit {
  id: number;
  doc: SentenceDoc;
  score: number;
  /** Share of the question's weight this sentence (and its paragraph) covers, 0..1. */
  coverage: number;
  /** Per group: the matched alternative's weight in this sentence (0 when absent). */
  groupScores: number[];
  /** Per group: matched in the sentence or elsewhere in its paragraph. */
  inParagraph: boolean[];
  /** Every name group of the question is matched in the sentence or its paragraph. */
  namesMatched: boolean;
}

export interface Ranking {
  hits: SentenceHit[];
  /** Weight of each group (idf of its best present alternative; full weight when absent). */
  weights: number[];
  /** Groups matched nowhere in the scope. */
  missing: boolean[];
  /** Per group: the best alternative quality found anywhere in scope (0 when missing). */
  bestQuality: number[];
}

function intersect(lists: readonly Int32Array[]): Int32Array {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  const [first, ...rest] = sorted;
  if (!first) return new Int32Array(0);
  const sets = rest.map((l) => new Set(l));
  return first.filter((id) => sets.every((s) => s.has(id)));
}

/** Per-sentence group values in one growable flat array: slot × groups. */
class Rows {
  values: Float64Array;
  readonly slotOf = new Map<number, number>();
  readonly ids: number[] = [];

  constructor(private readonly width: number) {
    this.values = new Float64Array(Math.max(1, width) * 256);
  }

  slot(id: number): number {
    let slot = this.slotOf.get(id);
    if (slot !== undefined) return slot;
    slot = this.ids.length;
    this.ids.push(id);
    this.slotOf.set(id, slot);
    if ((slot + 1) * this.width > this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    return slot;
  }
}

/** Keep the `limit` best (score, slot) pairs: a small min-heap. */
function topSlots(scores: Float64Array, count: number, limit: number): number[] {
  const heap: number[] = [];
  const less = (a: number, b: number) => (scores[a] ?? 0) < (scores[b] ?? 0);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l] as number, heap[m] as number)) m = l;
      if (r < heap.length && less(heap[r] as number, heap[m] as number)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m] as number, heap[i] as number];
      i = m;
    }
  };
  for (let s = 0; s < count; s += 1) {
    if (heap.length < limit) {
      heap.push(s);
      for (let i = heap.length - 1; i > 0;) {
        const p = (i - 1) >> 1;
        if (!less(heap[i] as number, heap[p] as number)) break;
        [heap[i], heap[p]] = [heap[p] as number, heap[i] as number];
        i = p;
      }
    } else if (less(heap[0] as number, s)) {
      heap[0] = s;
      down(0);
    }
  }
  return heap;
}

/** The scope of an unrestricted question: every article (recognized, so no per-posting call). */
export const ALL = (): boolean => true;

/** Rank the sentences of the articles in scope against the term groups. */
export function rankSentences(index: SentenceIndex, groups: readonly TermGroup[], inScope: (article: string) => boolean = ALL, limit = 40): Ranking {
  const n = groups.length;
  const rows = new Rows(n);
  const weights: number[] = [];
  const missing: boolean[] = [];
  const bestQuality: number[] = [];
  groups.forEach((g, gi) => {
    let weight = 0;
    let found = false;
    let quality = 0;
    for (const alt of g.alternatives) {
      const lists = alt.keys.map((k) => index.lookup(k));
      if (lists.some((l) => l.length === 0)) continue;
      const ids = alt.keys.length === 1 ? (lists[0] ?? new Int32Array(0)) : intersect(lists);
      const idf = alt.keys.reduce((s, k) => s + index.idf(k), 0) / alt.keys.length;
      const value = idf * alt.quality;
      for (const id of ids) {
        if (!index.isAlive(id) || (inScope !== ALL && !inScope(index.articleOf(id)))) continue;
        found = true;
        quality = Math.max(quality, alt.quality);
        const at = rows.slot(id) * n + gi;
        if ((rows.values[at] ?? 0) < value) rows.values[at] = value;
        weight = Math.max(weight, idf);
      }
    }
    const factor = g.isHead ? 0.3 : g.known ? 1 : 0.3;
    weights.push((found ? weight : index.maxIdf()) * factor);
    missing.push(!found);
    bestQuality.push(quality);
  });
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const count = rows.ids.length;
  // Best value of each group per paragraph, keyed by the paragraph's number.
  const paragraphBest = new Map<number, Float64Array>();
  for (let slot = 0; slot < count; slot += 1) {
    const key = index.paragraphKey(rows.ids[slot] as number);
    let best = paragraphBest.get(key);
    if (!best) {
      best = new Float64Array(n);
      paragraphBest.set(key, best);
    }
    for (let gi = 0; gi < n; gi += 1) best[gi] = Math.max(best[gi] ?? 0, rows.values[slot * n + gi] ?? 0);
  }
  const scores = new Float64Array(count);
  const covered = new Float64Array(count);
  const names = new Uint8Array(count);
  const averageLength = index.averageLength;
  for (let slot = 0; slot < count; slot += 1) {
    const id = rows.ids[slot] as number;
    const para = paragraphBest.get(index.paragraphKey(id));
    let score = 0;
    let cover = 0;
    let namesMatched = 1;
    for (let gi = 0; gi < n; gi += 1) {
      const s = rows.values[slot * n + gi] ?? 0;
      const p = para?.[gi] ?? 0;
      const w = weights[gi] ?? 0;
      if (s > 0) { score += s; cover += w * Math.min(1, s / (w || 1)); }
      else if (p > 0) { score += 0.5 * p; cover += 0.5 * w; }
      else if (groups[gi]?.isName) namesMatched = 0;
    }
    // Long sentences match more by chance: a mild BM25-like length penalty.
    score /= 1 + 0.15 * (index.tokenCount(id) / averageLength);
    if (!namesMatched) score *= 0.3;
    scores[slot] = score;
    covered[slot] = cover;
    names[slot] = namesMatched;
  }
  const hits: SentenceHit[] = topSlots(scores, count, limit).map((slot) => {
    const id = rows.ids[slot] as number;
    const doc = index.doc(id) as SentenceDoc;
    const para = paragraphBest.get(doc.paragraphKey);
    const groupScores = Array.from(rows.values.subarray(slot * n, slot * n + n));
    return {
      id,
      doc,
      score: scores[slot] ?? 0,
      coverage: Math.min(1, (covered[slot] ?? 0) / total),
      groupScores,
      inParagraph: groupScores.map((v, gi) => v > 0 || (para?.[gi] ?? 0) > 0),
      namesMatched: names[slot] === 1,
    };
  });
  hits.sort((a, b) => b.score - a.score || a.id - b.id);
  return { hits, weights, missing, bestQuality };
}
