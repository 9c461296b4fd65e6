/**
 * The runtime decoder: the same greedy decoding as perceptron.ts, with the feature rows that
 * depend on one word only summed once per distinct token text and kept. Summing about 25 feature
 * rows per token from the string map was most of the tagging time, and a news text repeats most
 * of its words; most gaps between tokens are a plain space, which gets its own cached slots.
 * Features over two things (previous word + word, previous tag + word, two shapes) are looked up
 * in nested maps by the records' own strings, whose hashes V8 keeps, instead of building a new
 * key string per token; the maps fill as words are first seen, so a load builds none of them.
 *
 * The weights are integers, so sums are exact in any order and the tags equal the reference's.
 */
import {
  END_WORD,
  NEIGHBOURS,
  START_TAGS,
  START_WORD,
  gapFeatures,
  gapSignature,
  gapWordFeatures,
  lexicalClass,
  neighbourFeatures,
  normalizeWord,
  pairFeatures,
  tagPairFeatures,
  tokenFeatures,
  wordShape,
  type FeatureContext,
} from './features.ts';
import { addScores, argmax, type LinearModel } from './perceptron.ts';
import { prefixRange } from './sorted.ts';
import type { TaggableToken } from './upos.ts';

/**
 * A token text's word, shape and class, and its summed rows in 7 slots of one tag-vector each:
 * [self | as −2 | as −1 | as +1 | as +2 | as −1 after a space | as +1 before a space].
 */
interface WordRecord {
  word: string;
  shape: string;
  cls: string;
  /** Last three letters of the word, for "t-1s". */
  suffix: string;
  scores: Float32Array;
}

/**
 * Rows of one two-part feature "name:a|b", as a → b → row offset. Filled on demand: the first
 * sight of `a` reads the range of features that start with "name:a|" from the sorted list.
 */
interface PairIndex {
  name: string;
  byFirst: Map<string, Map<string, number>>;
}

const SLOTS = 7;
const SPACED_PREV = 5;
const SPACED_NEXT = 6;
/** Distinct token texts kept per model; the caches start over past this (about 10 MB). */
const MAX_CACHED_WORDS = 20_000;

interface Scorer {
  records: Map<string, WordRecord>;
  start: WordRecord;
  end: WordRecord;
  /** Rows of tagPairFeatures per (previous tag, tag before it): the tags, then the two start tags. */
  tagPairs: Float32Array;
  /** Rows of gapFeatures per "before|after" gap pair. */
  gaps: Map<string, Float32Array>;
  /** The two-part features the decoder looks up by their parts. */
  twoPart: Record<PairFeature, PairIndex>;
}

type PairFeature = 'w-1w' | 'ww+1' | 'sh-1' | 'sh+1' | 't-1w' | 't-1s';

function pairIndexes(): Scorer['twoPart'] {
  const make = (name: string): PairIndex => ({ name, byFirst: new Map() });
  return { 'w-1w': make('w-1w'), 'ww+1': make('ww+1'), 'sh-1': make('sh-1'), 'sh+1': make('sh+1'), 't-1w': make('t-1w'), 't-1s': make('t-1s') };
}

function secondParts(model: LinearModel, index: PairIndex, first: string): Map<string, number> {
  let inner = index.byFirst.get(first);
  if (inner === undefined) {
    inner = new Map();
    const prefix = `${index.name}:${first}|`;
    const [from, to] = prefixRange(model.features, prefix);
    for (let k = from; k < to; k++) inner.set((model.features[k] as string).slice(prefix.length), k * model.tags.length);
    index.byFirst.set(first, inner);
  }
  return inner;
}

function addRow(model: LinearModel, index: PairIndex, a: string, b: string, scores: Float64Array): void {
  const row = secondParts(model, index, a).get(b);
  if (row === undefined) return;
  for (let t = 0; t < scores.length; t++) scores[t] = (scores[t] as number) + (model.weights[row + t] as number);
}

const scorers = new WeakMap<LinearModel, Scorer>();

function sumRows(model: LinearModel, features: readonly string[], into: Float32Array, at: number): void {
  const width = model.tags.length;
  for (const feature of features) {
    const row = model.row(feature);
    if (row === undefined) continue;
    for (let t = 0; t < width; t++) into[at + t] = (into[at + t] as number) + (model.weights[row + t] as number);
  }
}

function addSlot(scores: Float64Array, from: Float32Array, at: number): void {
  for (let t = 0; t < scores.length; t++) scores[t] = (scores[t] as number) + (from[at + t] as number);
}

function makeRecord(model: LinearModel, word: string, shape: string, cls: string, boundary: boolean): WordRecord {
  const width = model.tags.length;
  const scores = new Float32Array(width * SLOTS);
  if (!boundary) sumRows(model, tokenFeatures(word, shape, cls), scores, 0);
  NEIGHBOURS.forEach((offset, k) => sumRows(model, neighbourFeatures(word, boundary ? '-' : cls, offset), scores, width * (k + 1)));
  const [asPrev, asNext] = gapWordFeatures('', word, '', word);
  sumRows(model, [asPrev as string], scores, width * SPACED_PREV);
  sumRows(model, [asNext as string], scores, width * SPACED_NEXT);
  return { word, shape, cls, suffix: word.slice(-3), scores };
}

/** Builds the decoder's tables for a model now rather than on its first sentence. */
export function prepareDecoder(model: LinearModel): void {
  scorerOf(model);
}

function scorerOf(model: LinearModel): Scorer {
  let scorer = scorers.get(model);
  if (scorer === undefined) {
    const width = model.tags.length;
    const names = [...model.tags, ...START_TAGS];
    const tagPairs = new Float32Array(names.length * names.length * width);
    names.forEach((prev, p) => names.forEach((prev2, q) => sumRows(model, tagPairFeatures(prev, prev2), tagPairs, (p * names.length + q) * width)));
    scorer = {
      records: new Map(),
      start: makeRecord(model, START_WORD, '', '-', true),
      end: makeRecord(model, END_WORD, '', '-', true),
      tagPairs,
      gaps: new Map(),
      twoPart: pairIndexes(),
    };
    scorers.set(model, scorer);
  }
  return scorer;
}

function recordOf(model: LinearModel, scorer: Scorer, text: string): WordRecord {
  let record = scorer.records.get(text);
  if (record === undefined) {
    if (scorer.records.size >= MAX_CACHED_WORDS) {
      scorer.records.clear();
      scorer.twoPart = pairIndexes();
    }
    const word = normalizeWord(text);
    record = makeRecord(model, word, wordShape(text), lexicalClass(word, model.lexicon), false);
    scorer.records.set(text, record);
  }
  return record;
}

function gapRows(model: LinearModel, scorer: Scorer, before: string, after: string): Float32Array {
  const key = `${before}|${after}`;
  let rows = scorer.gaps.get(key);
  if (rows === undefined) {
    rows = new Float32Array(model.tags.length);
    sumRows(model, gapFeatures(before, after), rows, 0);
    scorer.gaps.set(key, rows);
  }
  return rows;
}

/** Tags the tokens of one sentence; returns tag indices into `model.tags`. */
export function tagTokens(model: LinearModel, text: string, tokens: readonly TaggableToken[]): number[] {
  const scorer = scorerOf(model);
  const { tags, tagDictionary } = model;
  const width = tags.length;
  const records = tokens.map((t) => recordOf(model, scorer, t.text));
  const gaps: string[] = [];
  let previousEnd = 0;
  for (const token of tokens) {
    gaps.push(gapSignature(text, previousEnd, token.start));
    previousEnd = token.end;
  }
  gaps.push(gapSignature(text, previousEnd, text.length));
  const context: FeatureContext = { words: records.map((r) => r.word), shapes: records.map((r) => r.shape), classes: [], gaps };
  const neighbour = (j: number): WordRecord => (j < 0 ? scorer.start : j >= records.length ? scorer.end : (records[j] as WordRecord));
  const names = tags.length + START_TAGS.length;
  const out: number[] = [];
  const scores = new Float64Array(width);
  let prev = tags.length; // '-START-'
  let prev2 = tags.length + 1; // '-START2-'
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as WordRecord;
    let tag = tagDictionary.get(record.word);
    if (tag === undefined) {
      const pairAt = (prev * names + prev2) * width;
      for (let t = 0; t < width; t++) scores[t] = (record.scores[t] as number) + (scorer.tagPairs[pairAt + t] as number);
      NEIGHBOURS.forEach((offset, k) => addSlot(scores, neighbour(i + offset).scores, width * (k + 1)));
      const before = gaps[i] as string;
      const after = gaps[i + 1] as string;
      addSlot(scores, gapRows(model, scorer, before, after), 0);
      const [withBefore, withAfter] = gapWordFeatures(before, neighbour(i - 1).word, after, neighbour(i + 1).word);
      if (before === '') addSlot(scores, neighbour(i - 1).scores, width * SPACED_PREV);
      else addScores(model, [withBefore as string], scores);
      if (after === '') addSlot(scores, neighbour(i + 1).scores, width * SPACED_NEXT);
      else addScores(model, [withAfter as string], scores);
      const left = neighbour(i - 1);
      const right = neighbour(i + 1);
      const index = scorer.twoPart;
      addRow(model, index['w-1w'], left.word, record.word, scores);
      addRow(model, index['ww+1'], record.word, right.word, scores);
      addRow(model, index['sh-1'], i > 0 ? left.shape : '-', record.shape, scores);
      addRow(model, index['sh+1'], record.shape, i + 1 < records.length ? right.shape : '-', scores);
      if (i === 0 || before === 'h' || after === 'h') addScores(model, pairFeatures(context, i).slice(4), scores);
      const prevName = prev < tags.length ? (tags[prev] as string) : (START_TAGS[prev - tags.length] as string);
      addRow(model, index['t-1w'], prevName, record.word, scores);
      addRow(model, index['t-1s'], prevName, record.suffix, scores);
      tag = argmax(scores);
    }
    out.push(tag);
    prev2 = prev;
    prev = tag;
  }
  return out;
}
