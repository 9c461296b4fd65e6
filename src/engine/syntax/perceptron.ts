/**
 * Greedy left-to-right decoding with a linear model over string features: the averaged perceptron
 * of Collins (2002) as Honnibal's "A good POS tagger in about 200 lines" uses it. The trainer
 * (scripts/tagger/averaged-perceptron.ts) updates its own weights; this file only reads them.
 */
import { START_TAGS, featureContext, staticFeatures, tagFeatures, type FeatureContext, type WordClasses } from './features.ts';
import type { TaggableToken } from './upos.ts';

/** A model ready to score: one row of weights (one column per tag) per known feature. */
export interface LinearModel {
  readonly tags: readonly string[];
  /** Feature names, sorted; feature k owns weights[k × tags.length …]. */
  readonly features: readonly string[];
  /** Offset of a feature's row in `weights`, or undefined for a feature the model does not have. */
  readonly row: (feature: string) => number | undefined;
  readonly weights: Float32Array;
  /** Words with one tag almost always ("yang", "dan", "di"): tagged without scoring. */
  readonly tagDictionary: ReadonlyMap<string, number>;
  /** Dictionary word classes the features were trained with. */
  readonly lexicon: WordClasses;
}

/** Adds the rows of `features` to `scores` (one slot per tag). */
export function addScores(model: LinearModel, features: readonly string[], scores: Float64Array): void {
  const { weights } = model;
  const n = scores.length;
  for (const feature of features) {
    const row = model.row(feature);
    if (row === undefined) continue;
    for (let t = 0; t < n; t++) scores[t] = (scores[t] as number) + (weights[row + t] as number);
  }
}

/** Index of the highest score; ties go to the earlier tag so that decoding is deterministic. */
export function argmax(scores: Float64Array): number {
  let best = 0;
  for (let t = 1; t < scores.length; t++) if ((scores[t] as number) > (scores[best] as number)) best = t;
  return best;
}

/** Tags a prepared context greedily, each decision seeing the two tags before it. */
export function decode(model: LinearModel, context: FeatureContext): number[] {
  const { tags, tagDictionary } = model;
  const out: number[] = [];
  const scores = new Float64Array(tags.length);
  let prev: string = START_TAGS[0];
  let prev2: string = START_TAGS[1];
  for (let i = 0; i < context.words.length; i++) {
    let tag = tagDictionary.get(context.words[i] as string);
    if (tag === undefined) {
      scores.fill(0);
      addScores(model, staticFeatures(context, i), scores);
      addScores(model, tagFeatures(context, i, prev, prev2), scores);
      tag = argmax(scores);
    }
    out.push(tag);
    prev2 = prev;
    prev = tags[tag] as string;
  }
  return out;
}

/**
 * Tags the tokens of one sentence through the plain string features; returns tag indices into
 * `model.tags`. The reference that the cached decoder (decoder.ts) must agree with, tag for tag.
 */
export function tagTokensReference(model: LinearModel, text: string, tokens: readonly TaggableToken[]): number[] {
  return decode(model, featureContext(text, tokens, model.lexicon));
}
