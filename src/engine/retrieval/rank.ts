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

/** Whether a sorted postings list holds `id` (binary search). */
function contains(list: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid] ?? 0;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Ids in every list (postings are ascending): walk the shortest, binary-search the others. */
function intersect(lists: readonly Int32Array[]): Int32Array {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  const [first, ...rest] = sorted;
  if (!first) return new Int32Array(0);
  return first.filter((id) => rest.every((l) => contains(l, id)));
}

/**
 * Dense scratch arrays, one set per index and reused by every question: sentence id → row slot
 * and paragraph key → paragraph slot (0 = none, else slot + 1). Only the touched entries are reset
 * afterwards, so a question costs its candidates, not the corpus size, and allocates no Map.
 */
class Scratch {
  slotOf = new Int32Array(0);
  paragraphSlotOf = new Int32Array(0);

  fit(index: SentenceIndex): void {
    if (this.slotOf.length < index.idSpan) this.slotOf = new Int32Array(Math.ceil(index.idSpan * 1.25) + 64);
    if (this.paragraphSlotOf.length < index.paragraphSpan) this.paragraphSlotOf = new Int32Array(Math.ceil(index.paragraphSpan * 1.25) + 64);
  }
}
const scratches = new WeakMap<SentenceIndex, Scratch>();

/** Per-sentence group values in one growable flat array: slot × groups. */
class Rows {
  values: Float64Array;
  readonly ids: number[] = [];

  constructor(private readonly width: number, private readonly slotOf: Int32Array) {
    this.values = new Float64Array(Math.max(1, width) * 256);
  }

  /** The slot of a sentence already a candidate, or -1. */
  find(id: number): number {
    return (this.slotOf[id] ?? 0) - 1;
  }

  slot(id: number): number {
    const known = this.find(id);
    if (known >= 0) return known;
    const slot = this.ids.length;
    this.ids.push(id);
    this.slotOf[id] = slot + 1;
    if ((slot + 1) * this.width > this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    return slot;
  }

  release(): void {
    for (const id of this.ids) this.slotOf[id] = 0;
  }
}

/**
 * Candidate sentences are created by the rarest groups first; once this many exist, commoner
 * groups ("indonesia", "pemerintah") only add to them. Over 100k paragraphs a common word is in
 * tens of thousands of sentences, none of which can outrank one that also holds the rare words.
 */
const CANDIDATE_CAP = 5000;
/**
 * Weight factor of an absent word known only through weak translations (WordNet): halfway, on a
 * log scale, between a known word's 1 and an unknown one's 0.3 (√0.3), as such a translation
 * may be wrong or incomplete, so the word's absence is weaker evidence.
 */
const WEAKLY_KNOWN = Math.sqrt(0.3);

/**
 * A stable order of sentences: by article id, then by place in the article (an article's sentences
 * have consecutive ids). Sentence ids alone follow load order, which a restart from the index cache
 * changes.
 */
function sentenceOrder(index: SentenceIndex, a: number, b: number): number {
  const x = index.articleOf(a);
  const y = index.articleOf(b);
  return x === y ? a - b : x < y ? -1 : 1;
}

/**
 * The `limit` best slots by score, in a small min-heap. Equal scores are ordered by `before` (a
 * stable order of the sentences), so which of them make the cut does not depend on the order
 * articles were loaded in.
 */
function topSlots(scores: Float64Array, count: number, limit: number, before: (a: number, b: number) => boolean): number[] {
  const heap: number[] = [];
  // "Worse than": a lower score, or the same score and later in the stable order.
  const less = (a: number, b: number) => {
    const sa = scores[a] ?? 0;
    const sb = scores[b] ?? 0;
    return sa < sb || (sa === sb && before(b, a));
  };
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
  let scratch = scratches.get(index);
  if (!scratch) {
    scratch = new Scratch();
    scratches.set(index, scratch);
  }
  scratch.fit(index);
  const rows = new Rows(n, scratch.slotOf);
  const weights: number[] = new Array<number>(n).fill(0);
  const missing: boolean[] = new Array<boolean>(n).fill(true);
  const bestQuality: number[] = new Array<number>(n).fill(0);
  // Each alternative's postings, looked up once; groups are then visited rarest first.
  // A multi-word alternative weighs the mean idf of its words ("garis depan"); a whole name, its
  // rarest word: "MOU Indonesia GAM" is as specific as "GAM", never less than one of its parts.
  const postings = groups.map((g) => g.alternatives.map((alt) => {
    const lists = alt.keys.map((k) => index.lookup(k));
    if (lists.some((l) => l.length === 0)) return null;
    const idfs = alt.keys.map((k) => index.idf(k));
    let idf = g.isName ? Math.max(...idfs) : idfs.reduce((a, b) => a + b, 0) / idfs.length;
    const sourceIdfs = (alt.source ?? []).filter((k) => index.hasLive(k)).map((k) => index.idf(k));
    if (sourceIdfs.length) idf = Math.min(idf, Math.max(...sourceIdfs));
    return { ids: alt.keys.length === 1 ? (lists[0] ?? new Int32Array(0)) : intersect(lists), idf, quality: alt.quality };
  }));
  const sizes = postings.map((alts) => alts.reduce((sum, a) => sum + (a?.ids.length ?? 0), 0));
  const order = groups.map((_, gi) => gi).sort((a, b) => (sizes[a] ?? 0) - (sizes[b] ?? 0));
  for (const gi of order) {
    const g = groups[gi] as TermGroup;
    let weight = 0;
    let found = false;
    let quality = 0;
    const create = rows.ids.length < CANDIDATE_CAP;
    for (const alt of postings[gi] ?? []) {
      if (!alt) continue;
      const value = alt.idf * alt.quality;
      // Updating few candidates from a long list: probe the list for each candidate instead.
      if (!create && rows.ids.length * Math.log2(alt.ids.length + 1) < alt.ids.length) {
        const candidates = rows.ids.length;
        for (let slot = 0; slot < candidates; slot += 1) {
          if (!contains(alt.ids, rows.ids[slot] as number)) continue;
          const at = slot * n + gi;
          if ((rows.values[at] ?? 0) < value) rows.values[at] = value;
        }
        // Whether the alternative occurs in scope at all (usually settled by the list's first id).
        if (alt.ids.some((id) => index.isAlive(id) && (inScope === ALL || inScope(index.articleOf(id))))) {
          found = true;
          quality = Math.max(quality, alt.quality);
          weight = Math.max(weight, alt.idf);
        }
        continue;
      }
      for (const id of alt.ids) {
        if (!index.isAlive(id) || (inScope !== ALL && !inScope(index.articleOf(id)))) continue;
        found = true;
        quality = Math.max(quality, alt.quality);
        weight = Math.max(weight, alt.idf);
        const slot = create ? rows.slot(id) : rows.find(id);
        if (slot < 0) continue;
        const at = slot * n + gi;
        if ((rows.values[at] ?? 0) < value) rows.values[at] = value;
      }
    }
    const factor = g.isHead ? 0.3 : g.known ? 1 : g.knownWeakly === true ? WEAKLY_KNOWN : 0.3;
    weights[gi] = (found ? weight : index.maxIdf()) * factor;
    missing[gi] = !found;
    bestQuality[gi] = quality;
  }
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const count = rows.ids.length;
  // Best value of each group per paragraph: paragraph slot × groups.
  const paragraphSlotOf = scratch.paragraphSlotOf;
  const paragraphKeys: number[] = [];
  const paragraphOfSlot = new Int32Array(count);
  for (let slot = 0; slot < count; slot += 1) {
    const key = index.paragraphKey(rows.ids[slot] as number);
    let p = (paragraphSlotOf[key] ?? 0) - 1;
    if (p < 0) {
      p = paragraphKeys.length;
      paragraphKeys.push(key);
      paragraphSlotOf[key] = p + 1;
    }
    paragraphOfSlot[slot] = p;
  }
  const paragraphBest = new Float64Array(Math.max(1, paragraphKeys.length * n));
  for (let slot = 0; slot < count; slot += 1) {
    const base = (paragraphOfSlot[slot] ?? 0) * n;
    for (let gi = 0; gi < n; gi += 1) {
      const v = rows.values[slot * n + gi] ?? 0;
      if (v > (paragraphBest[base + gi] ?? 0)) paragraphBest[base + gi] = v;
    }
  }
  for (const key of paragraphKeys) paragraphSlotOf[key] = 0;
  const scores = new Float64Array(count);
  const covered = new Float64Array(count);
  const names = new Uint8Array(count);
  const averageLength = index.averageLength;
  for (let slot = 0; slot < count; slot += 1) {
    const id = rows.ids[slot] as number;
    const pBase = (paragraphOfSlot[slot] ?? 0) * n;
    let score = 0;
    let cover = 0;
    let namesMatched = 1;
    for (let gi = 0; gi < n; gi += 1) {
      const s = rows.values[slot * n + gi] ?? 0;
      const p = paragraphBest[pBase + gi] ?? 0;
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
  const hits: SentenceHit[] = topSlots(scores, count, limit, (a, b) => sentenceOrder(index, rows.ids[a] as number, rows.ids[b] as number) < 0).map((slot) => {
    const id = rows.ids[slot] as number;
    const doc = index.doc(id) as SentenceDoc;
    const pBase = (paragraphOfSlot[slot] ?? 0) * n;
    const groupScores = Array.from(rows.values.subarray(slot * n, slot * n + n));
    return {
      id,
      doc,
      score: scores[slot] ?? 0,
      coverage: Math.min(1, (covered[slot] ?? 0) / total),
      groupScores,
      inParagraph: groupScores.map((v, gi) => v > 0 || (paragraphBest[pBase + gi] ?? 0) > 0),
      namesMatched: names[slot] === 1,
    };
  });
  rows.release();
  hits.sort((a, b) => b.score - a.score || sentenceOrder(index, a.id, b.id));
  return { hits, weights, missing, bestQuality };
}
