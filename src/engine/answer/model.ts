/**
 * The fitted weights of answer scoring, kept as data (`data/models/answer-model.json`, written by
 * `npm run train-answer`): a logistic model over candidate features (features.ts) that says how
 * likely a candidate is the answer, and one over question-level evidence (decide.ts) that says how
 * likely the best answer is right — the `confidence` an answer reports, and what "not found" is
 * decided by.
 */
import { existsSync, readFileSync } from 'node:fs';
import { FEATURE_NAMES, type Features } from './features.ts';
import type { KindFamily } from './kinds.ts';

/** A logistic model: named weights (missing ones weigh 0). */
export interface LogisticModel {
  weights: Readonly<Record<string, number>>;
}

/** The fitted models of answer scoring. */
export interface AnswerModel {
  /** Which candidate is the answer (a conditional logit: only differences between candidates count). */
  candidate: LogisticModel;
  /** The probability that the best answer is right: the answer's `confidence`. */
  decision: LogisticModel;
  /** The probability that the articles do not answer the question at all. */
  unanswerable: LogisticModel;
  /** How the model was fitted (data, sizes, held-out figures), for the README and for people. */
  provenance?: unknown;
}

/** The probability a logistic model gives a feature record. */
export function probability(model: LogisticModel, features: Readonly<Record<string, number>>): number {
  let z = 0;
  for (const name in features) z += (model.weights[name] ?? 0) * (features[name] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/**
 * Whether to answer: answering scores 1 when right and −`wrongCost` when wrong, saying "not found"
 * scores 1 when the articles indeed do not say, so answer when pRight − cost·pWrong ≥ pUnanswerable
 * (pWrong is what is left: an answerable question answered wrongly).
 */
export function shouldAnswer(pRight: number, pUnanswerable: number, wrongCost: number): boolean {
  const pWrong = Math.max(0, 1 - pRight - pUnanswerable);
  return pRight - wrongCost * pWrong >= pUnanswerable;
}

/**
 * A candidate's probability of being the answer. Each feature weighs once for every question and
 * once more for the question's family of kinds (`amount.headInside`): where a count stands to its
 * verb matters otherwise than where a person does.
 */
export function candidateProbability(model: AnswerModel, features: Features, family: KindFamily): number {
  const w = model.candidate.weights;
  let z = 0;
  for (const name in features) {
    const x = features[name as keyof Features] ?? 0;
    if (x !== 0) z += ((w[name] ?? 0) + (w[`${family}.${name}`] ?? 0)) * x;
  }
  return 1 / (1 + Math.exp(-z));
}

// Weights used until a fitted model exists (a fresh clone always has one: it is committed). They
// only need to rank sensibly; `npm run train-answer` replaces them.
const FALLBACK: AnswerModel = {
  candidate: { weights: { bias: -3, kindExact: 2.5, kindNear: 1, headInside: 1.5, headBefore: 0.8, repeat: -2, allRepeat: -3, distPredicate: -0.4, sameClause: 0.5, density: 1.5, sentScore: 2, sentTop: 0.5, coverage: 1, roleNear: 1 } },
  decision: { weights: { bias: -1, best: 4, coverage: 2 } },
  unanswerable: { weights: { bias: -2, coverage: -2, unmatchedRare: 2 } },
};

const MODEL_FILE = 'models/answer-model.json';
// data/ sits at different depths from the sources (src/engine/answer/) and the bundle (dist/, dist/chunks/).
const CANDIDATE_DIRS = ['../../../', '../../', '../', './'].map((up) => new URL(`${up}data/`, import.meta.url));

let loaded: AnswerModel | undefined;

/** The committed model (read once), or the fallback weights when the file is missing or damaged. */
export function answerModel(): AnswerModel {
  if (loaded) return loaded;
  const dir = CANDIDATE_DIRS.find((u) => existsSync(new URL(MODEL_FILE, u)));
  loaded = FALLBACK;
  if (dir) {
    try {
      const parsed = JSON.parse(readFileSync(new URL(MODEL_FILE, dir), 'utf8')) as Partial<AnswerModel>;
      if (parsed.candidate?.weights && parsed.decision?.weights && parsed.unanswerable?.weights) loaded = parsed as AnswerModel;
    } catch {
      // A damaged model file must not stop the bot: the fallback weights still answer.
    }
  }
  return loaded;
}

/** Feature names the candidate model knows, for the trainer. */
export const CANDIDATE_FEATURES: readonly string[] = FEATURE_NAMES;
