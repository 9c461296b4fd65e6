/**
 * Training side of the averaged perceptron (Collins 2002), with Honnibal's lazy averaging: each
 * weight keeps its running total and the step it last changed at, so that an update costs only the
 * features of the wrong guess, and averaging at the end divides each total by the step count.
 */
import {
  START_TAGS,
  featureContext,
  staticFeatures,
  tagFeatures,
  type FeatureContext,
  type WordClasses,
} from '../../src/engine/syntax/features.ts';
import type { Token } from '../../src/engine/text/tokens.ts';

interface Weight {
  value: number;
  total: number;
  stamp: number;
}

/** A sentence to learn from: its text, the engine's tokens and gold tag indices. */
export interface TrainingSentence {
  text: string;
  tokens: readonly Token[];
  gold: readonly number[];
}

/** Mulberry32: a small seeded generator, so that shuffles (and thus the model) are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A perceptron being trained over `tagCount` classes. */
export class AveragedPerceptron {
  readonly #weights = new Map<string, Weight[]>();
  #step = 0;

  constructor(readonly tagCount: number) {}

  /** Raw (not yet averaged) scores of the features, one per tag. */
  scores(features: readonly string[]): Float64Array {
    const scores = new Float64Array(this.tagCount);
    for (const feature of features) {
      const row = this.#weights.get(feature);
      if (row === undefined) continue;
      for (let t = 0; t < this.tagCount; t++) scores[t] = (scores[t] as number) + (row[t]?.value ?? 0);
    }
    return scores;
  }

  /** One perceptron step: reward the gold tag's weights, penalize the guess's. */
  update(features: readonly string[], gold: number, guess: number): void {
    this.#step += 1;
    if (gold === guess) return;
    for (const feature of features) {
      let row = this.#weights.get(feature);
      if (row === undefined) {
        row = Array.from({ length: this.tagCount }, () => ({ value: 0, total: 0, stamp: 0 }));
        this.#weights.set(feature, row);
      }
      this.#bump(row, gold, 1);
      this.#bump(row, guess, -1);
    }
  }

  #bump(row: Weight[], tag: number, delta: number): void {
    const w = row[tag] as Weight;
    w.total += (this.#step - w.stamp) * w.value;
    w.stamp = this.#step;
    w.value += delta;
  }

  /** The averaged weights: feature → one weight per tag. */
  averaged(): Map<string, Float64Array> {
    const out = new Map<string, Float64Array>();
    for (const [feature, row] of this.#weights) {
      const averaged = new Float64Array(this.tagCount);
      row.forEach((w, t) => {
        averaged[t] = (w.total + (this.#step - w.stamp) * w.value) / Math.max(1, this.#step);
      });
      out.set(feature, averaged);
    }
    return out;
  }
}

function argmax(scores: Float64Array): number {
  let best = 0;
  for (let t = 1; t < scores.length; t++) if ((scores[t] as number) > (scores[best] as number)) best = t;
  return best;
}

/**
 * Trains for `iterations` passes, shuffling with `seed`. As in Honnibal's tagger, the tag features
 * use the model's own previous guesses, the situation it meets at run time. Words in
 * `tagDictionary` are skipped: the runtime tags them without the model.
 */
export function train(
  sentences: readonly TrainingSentence[],
  tags: readonly string[],
  tagDictionary: ReadonlyMap<string, number>,
  options: { iterations: number; seed: number; lexicon?: WordClasses; log?: (line: string) => void },
): AveragedPerceptron {
  const model = new AveragedPerceptron(tags.length);
  const contexts: FeatureContext[] = sentences.map((s) => featureContext(s.text, s.tokens, options.lexicon));
  const statics = contexts.map((c) => c.words.map((_, i) => staticFeatures(c, i)));
  const order = sentences.map((_, k) => k);
  const random = seededRandom(options.seed);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    let correct = 0;
    let total = 0;
    for (const k of order) {
      const context = contexts[k] as FeatureContext;
      const gold = (sentences[k] as TrainingSentence).gold;
      let prev: string = START_TAGS[0];
      let prev2: string = START_TAGS[1];
      for (let i = 0; i < context.words.length; i++) {
        let guess = tagDictionary.get(context.words[i] as string);
        if (guess === undefined) {
          const features = [...(statics[k]?.[i] ?? []), ...tagFeatures(context, i, prev, prev2)];
          guess = argmax(model.scores(features));
          model.update(features, gold[i] as number, guess);
        }
        prev2 = prev;
        prev = tags[guess] as string;
        correct += guess === gold[i] ? 1 : 0;
        total += 1;
      }
    }
    options.log?.(`iteration ${iteration + 1}: ${((100 * correct) / total).toFixed(2)} % on the training set`);
    // Fisher–Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
  }
  return model;
}
