/** Developer aid: show how a question is analyzed, expanded and ranked. `tsx scripts/debug-ask.ts "question" [dataDir]` */
import { analyzeQuestion } from '../src/engine/question/analyze.ts';
import { expandQuery } from '../src/engine/retrieval/expand.ts';
import { FuzzyVocabulary } from '../src/engine/retrieval/fuzzy-vocabulary.ts';
import { rankSentences } from '../src/engine/retrieval/rank.ts';
import { SentenceIndex } from '../src/engine/retrieval/sentence-index.ts';
import { loadArticleDir } from '../src/engine/corpus/load-dir.ts';
import { prepareArticle } from '../src/engine/ingest/prepare.ts';
import { loadLexicon } from '../src/engine/lexicon/lexicon.ts';

const [question = '', dir = 'data/articles'] = process.argv.slice(2);
const index = new SentenceIndex();
const articles = loadArticleDir(dir).sources.map(prepareArticle);
for (const a of articles) index.add(a);
const analysis = analyzeQuestion(question);
console.log(JSON.stringify({ ...analysis, words: analysis.words.map((w) => `${w.surface}${w.isName ? '*' : ''}`) }));
const groups = expandQuery(analysis.words, analysis.language, { index, vocabulary: new FuzzyVocabulary(() => index.surfaceWords(), () => index.version), lexicon: loadLexicon() });
for (const g of groups) console.log(`  ${g.label}${g.isName ? '*' : ''}${g.known ? '' : ' (unknown)'}: ${g.alternatives.filter((a) => a.keys.every((k) => index.has(k))).map((a) => `${a.keys.join('+')}@${a.quality.toFixed(2)}`).join(' ')}`);
const ranking = rankSentences(index, groups, () => true);
console.log('weights', ranking.weights.map((w) => w.toFixed(2)).join(' '), 'missing', ranking.missing.join(' '));
for (const h of ranking.hits.slice(0, 6)) {
  const a = articles.find((x) => x.id === h.doc.article);
  console.log(`${h.score.toFixed(2)} cov ${h.coverage.toFixed(2)} ¶${h.doc.paragraph}.${h.doc.sentence} ${a?.paragraphs[h.doc.paragraph - 1]?.sentences[h.doc.sentence]?.text.slice(0, 110)}`);
}
