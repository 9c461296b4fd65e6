import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readConllu } from '../../../scripts/tagger/conllu.ts';
import { evaluate, vocabularyOf } from '../../../scripts/tagger/evaluate.ts';
import { viewsOf } from '../../../scripts/tagger/view.ts';
import { scorePhrases } from '../../../scripts/eval-phrases.ts';
import { tagTokensReference } from '../../../src/engine/syntax/perceptron.ts';
import { indonesianModel, tagSentence } from '../../../src/engine/syntax/tagger.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const UD = join(ROOT, '..', 'shared', 'resources', 'ud-indonesian');
const HAS_UD = existsSync(join(UD, 'id_csui-ud-test.conllu'));
if (!HAS_UD) console.warn(`Skipping the treebank tagger tests: ${UD} is absent (it is beside the repository in the project's workspace).`);

const load = (file: string) => viewsOf(readConllu(join(UD, file))).views;

describe.skipIf(!HAS_UD)('GIVEN the held-out UD Indonesian test files (skipped without ../shared)', () => {
  const training = HAS_UD ? [...load('id_csui-ud-train.conllu'), ...load('id_gsd-ud-dev.conllu')] : [];
  const known = vocabularyOf(training);

  // Floors a little below the figures measured when the model was trained (data/models/README.md).
  it.each([
    ['id_csui-ud-test.conllu', 0.935, 0.82, 0.84],
    ['id_gsd-ud-test.conllu', 0.9, 0.85, 0.86],
  ])('WHEN %s is tagged in the engine token view THEN accuracy stays above %f (unknown words %f) and NP F1 above %f', (file, all, unknown, npF1) => {
    const views = load(file);
    expect(views.length).toBeGreaterThan(300);
    const accuracy = evaluate(views, (text, tokens) => tagSentence(text, tokens, 'id'), known);
    expect(accuracy.correct / accuracy.tokens).toBeGreaterThan(all);
    expect(accuracy.unknownCorrect / accuracy.unknown).toBeGreaterThan(unknown);
    const np = scorePhrases(views, (v) => tagSentence(v.text, v.tokens, 'id'));
    const precision = np.matched / np.predicted;
    const recall = np.matched / np.gold;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThan(npF1);
  });

  it('WHEN the cached decoder and the string-feature decoder tag the test sentences THEN every tag agrees', () => {
    const model = indonesianModel();
    const views = load('id_gsd-ud-test.conllu');
    const differing = views.filter((v) => {
      const fast = tagSentence(v.text, v.tokens, 'id');
      const reference = tagTokensReference(model, v.text, v.tokens).map((t) => model.tags[t]);
      return fast.some((tag, i) => tag !== reference[i]);
    });
    expect(differing.map((v) => v.id)).toEqual([]);
  });

  it('WHEN a UD sentence with a multiword token is viewed THEN "-nya" words carry their host\'s tag', () => {
    const views = load('id_csui-ud-train.conllu');
    const first = views[0];
    expect(first?.tokens.find((t) => t.text === 'menyetujuinya')).toBeDefined();
    const at = first?.tokens.findIndex((t) => t.text === 'menyetujuinya') ?? -1;
    expect(first?.gold[at]).toBe('VERB');
    expect(views.every((v) => v.gold.length === v.tokens.length)).toBe(true);
  });
});
