/**
 * Measures the base noun phrases of src/engine/syntax/phrases.ts against gold phrases read from the
 * UD dependency trees (scripts/tagger/gold-np.ts) on the held-out Indonesian test files: exact
 * [start, end) matches, with the tagger's tags and with the gold tags (the chunk rules alone).
 *
 *   node --import tsx scripts/eval-phrases.ts [--dir ../shared/resources/ud-indonesian]
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { baseNounPhrases, type Phrase } from '../src/engine/syntax/phrases.ts';
import { tagSentence } from '../src/engine/syntax/tagger.ts';
import { isUpos, type Upos } from '../src/engine/syntax/upos.ts';
import { readConllu } from './tagger/conllu.ts';
import { goldNounPhrases } from './tagger/gold-np.ts';
import { viewsOf, type ViewSentence } from './tagger/view.ts';

/** Counts of one comparison. */
export interface PhraseScore {
  predicted: number;
  gold: number;
  matched: number;
  /** Matched phrases whose head is the gold head too. */
  headMatched: number;
}

/** Compares predicted phrases (from `tagsOf`) with the gold ones over all sentences. */
export function scorePhrases(views: readonly ViewSentence[], tagsOf: (view: ViewSentence) => Upos[]): PhraseScore {
  const score: PhraseScore = { predicted: 0, gold: 0, matched: 0, headMatched: 0 };
  for (const view of views) {
    const predicted = baseNounPhrases(view.text, view.tokens, tagsOf(view), 'id');
    const gold = new Map(goldNounPhrases(view).map((p): [string, Phrase] => [`${p.start}-${p.end}`, p]));
    score.predicted += predicted.length;
    score.gold += gold.size;
    for (const p of predicted) {
      const g = gold.get(`${p.start}-${p.end}`);
      if (g === undefined) continue;
      score.matched += 1;
      score.headMatched += g.head === p.head ? 1 : 0;
    }
  }
  return score;
}

/** "precision 80.1 %, recall 78.0 %, F1 79.0 % (heads 97.2 % of matches)" */
export function formatScore(s: PhraseScore): string {
  const p = s.matched / Math.max(1, s.predicted);
  const r = s.matched / Math.max(1, s.gold);
  const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
  return `precision ${pct(p)}, recall ${pct(r)}, F1 ${pct((2 * p * r) / Math.max(1e-9, p + r))} (${s.gold} gold, ${s.predicted} predicted; heads right in ${pct(s.headMatched / Math.max(1, s.matched))} of matches)`;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { values } = parseArgs({ options: { dir: { type: 'string', default: join(root, '..', 'shared', 'resources', 'ud-indonesian') } } });
  for (const file of ['id_csui-ud-test.conllu', 'id_gsd-ud-test.conllu']) {
    const { views } = viewsOf(readConllu(join(values.dir, file)));
    const tagged = scorePhrases(views, (v) => tagSentence(v.text, v.tokens, 'id'));
    const gold = scorePhrases(views, (v) => v.gold.map((g) => (isUpos(g) ? g : 'X')));
    console.log(`${file}\n  tagger tags: ${formatScore(tagged)}\n  gold tags:   ${formatScore(gold)}`);
  }
}
