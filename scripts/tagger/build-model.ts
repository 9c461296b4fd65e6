/**
 * One training run, from token-view sentences to the model document as it will be shipped
 * (tag dictionary, perceptron passes, averaging, pruning, rounding).
 */
import { featureContext, type WordClasses } from '../../src/engine/syntax/features.ts';
import type { ModelDocument } from '../../src/engine/syntax/model-file.ts';
import { UPOS_TAGS } from '../../src/engine/syntax/upos.ts';
import { train } from './averaged-perceptron.ts';
import { buildTagDictionary, exportModel, type ExportStats } from './export.ts';
import type { ViewSentence } from './view.ts';

/**
 * Question words whose tag never varies in the treebanks (siapa: 17 × PRON; kapan, mengapa, kenapa,
 * bagaimana: 45 × ADV) but which are too rare for the tag dictionary's count: without them a
 * capitalized "Siapa" opening a question was taken for a name. Questions are what the engine tags
 * most, and the treebanks hold few.
 */
const FIXED_TAGS: Readonly<Record<string, string>> = { siapa: 'PRON', kapan: 'ADV', mengapa: 'ADV', kenapa: 'ADV', bagaimana: 'ADV' };

/** Settings of a run; the defaults of scripts/train-tagger.ts are the shipped model's. */
export interface BuildOptions {
  iterations: number;
  seed: number;
  minWeight: number;
  scale: number;
  /** Word classes for the "lx" features (shipped inside the model). */
  wordClasses: ReadonlyMap<string, string>;
  license: string;
  log?: (line: string) => void;
}

/** Trains on `training` and returns the shipped document with what pruning kept. */
export function buildModel(training: readonly ViewSentence[], options: BuildOptions): { document: ModelDocument; stats: ExportStats } {
  const lexicon: WordClasses = (word) => options.wordClasses.get(word);
  const tags = [...UPOS_TAGS];
  const tagIndex = new Map<string, number>(tags.map((t, k) => [t, k]));
  const sentences = training.map((v) => ({
    text: v.text,
    tokens: v.tokens,
    gold: v.gold.map((g) => tagIndex.get(g) ?? (tagIndex.get('X') as number)),
  }));
  const tagDictionary = buildTagDictionary(
    sentences.map((s) => ({ words: featureContext(s.text, s.tokens).words, gold: s.gold })),
    { minCount: 20, minShare: 0.97 },
  );
  for (const [word, tag] of Object.entries(FIXED_TAGS)) tagDictionary.set(word, tagIndex.get(tag) as number);
  const tokenCount = sentences.reduce((n, s) => n + s.tokens.length, 0);
  options.log?.(`training on ${sentences.length} sentences, ${tokenCount} tokens; tag dictionary ${tagDictionary.size} words`);
  const perceptron = train(sentences, tags, tagDictionary, { ...options, lexicon });
  return exportModel(
    perceptron.averaged(),
    { language: 'id', license: options.license, tags, tagDictionary, lexicon: options.wordClasses },
    { minWeight: options.minWeight, scale: options.scale },
  );
}
