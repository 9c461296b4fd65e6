/**
 * Warm per-article time of ingestArticle, layout and splitSentences on the bench corpus.
 *   npx tsx scripts/perf/bench.ts [paragraphs=1000] [rounds=5] [only=ingest,layout,sentences]
 * One warm-up round, then `rounds` timed rounds; prints the best and the median round.
 */
import { ingestArticle } from '../../src/engine/ingest/ingest.ts';
import { layout } from '../../src/engine/ingest/layout.ts';
import { splitSentences } from '../../src/engine/ingest/sentences.ts';
import { corpusArticles } from './inputs.ts';

const paragraphs = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 5);
const only = new Set((process.argv[4] ?? 'ingest,layout,sentences').split(','));
const articles = corpusArticles(paragraphs).map((a) => ({ id: a.name, text: String(a.text) }));
const paras = articles.flatMap((a) => layout(a.text).body);

/** Milliseconds per article of `f` over the corpus: best and median of the timed rounds. */
function time(label: string, f: () => void): void {
  f();
  const ms: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const t = performance.now();
    f();
    ms.push((performance.now() - t) / articles.length);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)] ?? 0;
  console.log(`${label.padEnd(16)} best ${(ms[0] ?? 0).toFixed(4)} ms/article   median ${median.toFixed(4)} ms/article`);
}

console.log(`${articles.length} articles, ${paras.length} paragraphs, ${rounds} rounds`);
let sink = 0;
if (only.has('layout')) time('layout', () => articles.forEach((a) => (sink += layout(a.text).body.length)));
if (only.has('sentences')) time('splitSentences', () => paras.forEach((p) => (sink += splitSentences(p).length)));
if (only.has('ingest')) time('ingestArticle', () => articles.forEach((a) => (sink += ingestArticle(a).paragraphs.length)));
if (sink < 0) console.log(sink);
