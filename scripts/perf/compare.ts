/**
 * Old and new ingestion side by side in one process, rounds interleaved, so that both see the same
 * machine load (this machine is shared: compare ratios, not absolute times).
 *   sh scripts/perf/baseline.sh c5f0a6c
 *   npx tsx scripts/perf/compare.ts [paragraphs=1000] [rounds=5] [ingest,layout,sentences]
 * Prints, per function, the best and median ms per article of each and the paired per-round ratios.
 */
import { ingestArticle } from '../../src/engine/ingest/ingest.ts';
import { layout } from '../../src/engine/ingest/layout.ts';
import { splitSentences } from '../../src/engine/ingest/sentences.ts';
import type { Article, ArticleSource, Sentence } from '../../src/engine/types.ts';
import { corpusArticles } from './inputs.ts';

const dir = new URL('../../.scratch-perf/baseline', import.meta.url).pathname;
const old = {
  ingest: ((await import(`${dir}/ingest.ts`)) as { ingestArticle: (s: ArticleSource) => Article }).ingestArticle,
  layout: ((await import(`${dir}/layout.ts`)) as { layout: typeof layout }).layout,
  sentences: ((await import(`${dir}/sentences.ts`)) as { splitSentences: (t: string) => Sentence[] }).splitSentences,
};
const paragraphs = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 5);
const only = new Set((process.argv[4] ?? 'ingest,layout,sentences').split(','));
const articles = corpusArticles(paragraphs).map((a) => ({ id: a.name, text: String(a.text) }));
const paras = articles.flatMap((a) => layout(a.text).body);
let sink = 0;

const at = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? 0;

function compare(label: string, before: () => void, after: () => void): void {
  before();
  after();
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    let t = performance.now();
    before();
    a.push((performance.now() - t) / articles.length);
    t = performance.now();
    after();
    b.push((performance.now() - t) / articles.length);
  }
  const ratios = a.map((x, i) => x / (b[i] ?? 1));
  console.log(
    `${label.padEnd(15)} before best ${at(a, 0).toFixed(3)} median ${at(a, 0.5).toFixed(3)} | after best ${at(b, 0).toFixed(3)} median ${at(b, 0.5).toFixed(3)} ms/article` +
      ` | best/best ${(at(a, 0) / at(b, 0)).toFixed(2)}x, paired ratios min ${at(ratios, 0).toFixed(2)} median ${at(ratios, 0.5).toFixed(2)} max ${at(ratios, 1).toFixed(2)}`,
  );
}

console.log(`${articles.length} articles, ${paras.length} paragraphs, ${rounds} rounds`);
if (only.has('layout')) compare('layout', () => articles.forEach((x) => (sink += old.layout(x.text).body.length)), () => articles.forEach((x) => (sink += layout(x.text).body.length)));
if (only.has('sentences')) compare('splitSentences', () => paras.forEach((p) => (sink += old.sentences(p).length)), () => paras.forEach((p) => (sink += splitSentences(p).length)));
if (only.has('ingest')) compare('ingestArticle', () => articles.forEach((x) => (sink += old.ingest(x).paragraphs.length)), () => articles.forEach((x) => (sink += ingestArticle(x).paragraphs.length)));
if (sink < 0) console.log(sink);
