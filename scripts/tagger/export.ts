/**
 * Turns averaged weights into the shipped model document: weights below `minWeight` in absolute
 * value are dropped (most features fire a handful of times and barely move a decision), the rest
 * rounded to integers of 1/scale, features sorted so that the file is byte-for-byte reproducible.
 */
import { MODEL_FORMAT, packLexicon, packWeights, type ModelDocument } from '../../src/engine/syntax/model-file.ts';

/** What a pruned export kept. */
export interface ExportStats {
  features: number;
  weights: number;
  droppedFeatures: number;
}

/** Builds the model document from averaged weights and the tag dictionary. */
export function exportModel(
  averaged: ReadonlyMap<string, Float64Array>,
  meta: {
    language: string;
    license: string;
    tags: readonly string[];
    tagDictionary: ReadonlyMap<string, number>;
    lexicon: ReadonlyMap<string, string>;
  },
  options: { minWeight: number; scale: number },
): { document: ModelDocument; stats: ExportStats } {
  const features: string[] = [];
  const weights: number[][] = [];
  let kept = 0;
  for (const feature of [...averaged.keys()].sort()) {
    const row = averaged.get(feature) as Float64Array;
    const pairs: number[] = [];
    row.forEach((w, t) => {
      const value = Math.max(-32768, Math.min(32767, Math.round(w * options.scale)));
      if (Math.abs(w) >= options.minWeight && value !== 0) pairs.push(t, value);
    });
    if (pairs.length === 0) continue;
    features.push(feature);
    weights.push(pairs);
    kept += pairs.length / 2;
  }
  const tagDictionary = Object.fromEntries([...meta.tagDictionary].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  const document: ModelDocument = {
    format: MODEL_FORMAT,
    language: meta.language,
    license: meta.license,
    tags: [...meta.tags],
    scale: options.scale,
    tagDictionary,
    lexicon: packLexicon(meta.lexicon),
    features: features.join('\n'),
    weights: packWeights(weights),
  };
  return { document, stats: { features: features.length, weights: kept, droppedFeatures: averaged.size - features.length } };
}

/** Words seen at least `minCount` times with one tag at least `minShare` of the time → that tag. */
export function buildTagDictionary(
  sentences: readonly { words: readonly string[]; gold: readonly number[] }[],
  options: { minCount: number; minShare: number },
): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    s.words.forEach((word, i) => {
      const byTag = counts.get(word) ?? new Map<number, number>();
      const tag = s.gold[i] as number;
      byTag.set(tag, (byTag.get(tag) ?? 0) + 1);
      counts.set(word, byTag);
    });
  }
  const dictionary = new Map<string, number>();
  for (const [word, byTag] of counts) {
    let total = 0;
    let bestTag = -1;
    let best = 0;
    for (const [tag, n] of byTag) {
      total += n;
      if (n > best || (n === best && tag < bestTag)) [best, bestTag] = [n, tag];
    }
    if (total >= options.minCount && best / total >= options.minShare) dictionary.set(word, bestTag);
  }
  return dictionary;
}
