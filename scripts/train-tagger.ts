/**
 * Trains the Indonesian part-of-speech tagger (data/models/pos-id.json) on the UD Indonesian
 * treebanks and reports its accuracy on the held-out test files, in the engine's token view.
 *
 *   npm run train-tagger
 *   npm run train-tagger -- --dev            # tune: hold out every 10th training sentence instead
 *   npm run train-tagger -- --dir ../shared/resources/ud-indonesian --out data/models/pos-id.json
 *
 * Train: id_csui-ud-train + id_gsd-ud-dev. Held out: id_csui-ud-test, id_gsd-ud-test (never seen
 * in training or tuning). Fixed seed: the same inputs give the same file, byte for byte.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toLinearModel, type ModelDocument } from '../src/engine/syntax/model-file.ts';
import { tagTokens } from '../src/engine/syntax/decoder.ts';
import { buildModel, type BuildOptions } from './tagger/build-model.ts';
import { readConllu } from './tagger/conllu.ts';
import { evaluate, formatAccuracy, vocabularyOf, type Accuracy } from './tagger/evaluate.ts';
import { viewsOf, type ViewSentence } from './tagger/view.ts';
import { readWordnetClasses } from './tagger/wordnet.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Training files and held-out files, as the shared resources name them. */
export const TRAIN_FILES = ['id_csui-ud-train.conllu', 'id_gsd-ud-dev.conllu'];
export const TEST_FILES = ['id_csui-ud-test.conllu', 'id_gsd-ud-test.conllu'];

const LICENSE =
  'Derived from UD Indonesian-CSUI (Alfina et al.) and UD Indonesian-GSD (McDonald et al. 2013; Zeman, Alfina), ' +
  'CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/. This model is distributed under the same license; see data/models/README.md.';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: join(ROOT, '..', 'shared', 'resources', 'ud-indonesian') },
    out: { type: 'string', default: join(ROOT, 'data', 'models', 'pos-id.json') },
    iterations: { type: 'string', default: '10' },
    seed: { type: 'string', default: '7' },
    'min-weight': { type: 'string', default: '0.5' },
    scale: { type: 'string', default: '10' },
    dev: { type: 'boolean', default: false },
    wordnet: { type: 'string', default: join(ROOT, '..', 'shared', 'resources', 'wordnet-bahasa', 'wn-data-ind.tab') },
    'no-wordnet': { type: 'boolean', default: false },
  },
});

function load(file: string): ViewSentence[] {
  const { views, dropped } = viewsOf(readConllu(join(resolve(args.dir), file)));
  if (dropped > 0) console.warn(`${file}: ${dropped} sentences not aligned to their text, skipped`);
  return views;
}

const wordClasses = args['no-wordnet'] ? new Map<string, string>() : readWordnetClasses(resolve(args.wordnet));
const options: BuildOptions = {
  iterations: Number(args.iterations),
  seed: Number(args.seed),
  minWeight: Number(args['min-weight']),
  scale: Number(args.scale),
  wordClasses,
  license: LICENSE,
};

/** Accuracy of a document, measured as shipped (pruned and rounded) through the runtime decoder. */
function measure(document: ModelDocument, views: readonly ViewSentence[], training: readonly ViewSentence[]): Accuracy {
  const model = toLinearModel(document);
  return evaluate(views, (text, tokens) => tagTokens(model, text, tokens).map((t) => model.tags[t] ?? 'X'), vocabularyOf(training));
}

const trainViews = TRAIN_FILES.flatMap(load);
if (args.dev) {
  // Tuning never sees the test files: 5-fold cross-validation over the training sentences.
  const folds = 5;
  const results: Accuracy[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const training = trainViews.filter((_, k) => k % folds !== fold);
    const { document } = buildModel(training, options);
    const accuracy = measure(document, trainViews.filter((_, k) => k % folds === fold), training);
    console.log(`fold ${fold + 1}: ${formatAccuracy(accuracy)}`);
    results.push(accuracy);
  }
  const sum = (f: (a: Accuracy) => number): number => results.reduce((n, a) => n + f(a), 0);
  console.log(`cross-validation: ${formatAccuracy({ tokens: sum((a) => a.tokens), correct: sum((a) => a.correct), unknown: sum((a) => a.unknown), unknownCorrect: sum((a) => a.unknownCorrect), confusions: [] })}`);
} else {
  const started = performance.now();
  const { document, stats } = buildModel(trainViews, { ...options, log: (line) => console.log(line) });
  console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`kept ${stats.features} features (${stats.droppedFeatures} pruned), ${stats.weights} weights`);
  for (const file of TEST_FILES) {
    const accuracy = measure(document, load(file), trainViews);
    console.log(`${file}: ${formatAccuracy(accuracy)}`);
    console.log(`  top confusions (gold→guess): ${accuracy.confusions.slice(0, 8).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  writeFileSync(args.out, `${JSON.stringify(document)}\n`);
  console.log(`wrote ${args.out} (${(statSync(args.out).size / 1024).toFixed(0)} KiB)`);
}
