/**
 * Sentence ranking: a BM25-style sum over term groups, where a group counts once per sentence
 * (its best alternative) and a group found elsewhere in the same paragraph counts half — the
 * subject is often named one sentence earlier ("Rutte …. Ia menambahkan …").
 *
 * Example, "What did Russia provide to North Korea?" over the Metro TV article:
 *   groups russia (idf 1.1), provide (2.0), north korea (1.0)
 *   ¶1 s1 "…Rusia memberikan dukungan … Korea Utara…"   1.1 + 2.0·0.9 + 1.0 = 3.9  coverage 0.94
 *   ¶5 s1 "…Korea Utara telah mengirimkan tentara ke Rusia…" 1.1 + 1.0 = 2.1    coverage 0.51
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

function intersect(lists: (readonly number[])[]): number[] {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  const [first, ...rest] = sorted;
  if (!first) return [];
  const sets = rest.map((l) => new Set(l));
  return first.filter((id) => sets.every((s) => s.has(id)));
}

/** Rank the sentences of the articles in scope against the term groups. */
export function rankSentences(index: SentenceIndex, groups: readonly TermGroup[], inScope: (article: string) => boolean, limit = 40): Ranking {
  const n = groups.length;
  const perSentence = new Map<number, number[]>();
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
      const ids = alt.keys.length === 1 ? (lists[0] ?? []) : intersect(lists);
      const idf = alt.keys.reduce((s, k) => s + index.idf(k), 0) / alt.keys.length;
      const value = idf * alt.quality;
      for (const id of ids) {
        const doc = index.doc(id);
        if (!doc || !inScope(doc.article)) continue;
        found = true;
        quality = Math.max(quality, alt.quality);
        let row = perSentence.get(id);
        if (!row) {
          row = new Array<number>(n).fill(0);
          perSentence.set(id, row);
        }
        if ((row[gi] ?? 0) < value) row[gi] = value;
        weight = Math.max(weight, idf);
      }
    }
    const factor = g.isHead ? 0.3 : g.known ? 1 : 0.3;
    weights.push((found ? weight : index.maxIdf()) * factor);
    missing.push(!found);
    bestQuality.push(quality);
  });
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const paragraphBest = new Map<string, number[]>();
  for (const [id, row] of perSentence) {
    const doc = index.doc(id);
    if (!doc) continue;
    const key = `${doc.article}\u0000${doc.paragraph}`;
    const best = paragraphBest.get(key) ?? new Array<number>(n).fill(0);
    row.forEach((v, gi) => { if (v > (best[gi] ?? 0)) best[gi] = v; });
    paragraphBest.set(key, best);
  }
  const hits: SentenceHit[] = [];
  for (const [id, row] of perSentence) {
    const doc = index.doc(id);
    if (!doc) continue;
    const para = paragraphBest.get(`${doc.article}\u0000${doc.paragraph}`) ?? row;
    let score = 0;
    let covered = 0;
    let namesMatched = true;
    const inParagraph: boolean[] = [];
    groups.forEach((g, gi) => {
      const s = row[gi] ?? 0;
      const p = para[gi] ?? 0;
      const w = weights[gi] ?? 0;
      inParagraph.push(s > 0 || p > 0);
      if (s > 0) { score += s; covered += w * Math.min(1, s / (w || 1)); }
      else if (p > 0) { score += 0.5 * p; covered += 0.5 * w; }
      else if (g.isName) namesMatched = false;
    });
    // Long sentences match more by chance: a mild BM25-like length penalty.
    score /= 1 + 0.15 * (doc.length / index.averageLength);
    if (!namesMatched) score *= 0.3;
    hits.push({ id, doc, score, coverage: Math.min(1, covered / total), groupScores: row, inParagraph, namesMatched });
  }
  hits.sort((a, b) => b.score - a.score || a.id - b.id);
  return { hits: hits.slice(0, limit), weights, missing, bestQuality };
}
