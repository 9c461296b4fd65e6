/**
 * Ingestion as at index time: every article is new. JIT warm-up on the first articles, then each
 * later article is ingested once by the old and the new code, in alternating chunks so that both
 * see the same machine load. Needs scripts/perf/baseline.sh first (see compare.ts).
 *   npx tsx scripts/perf/fresh.ts [paragraphs=10000] [warm-up articles=100] [chunk=25]
 */
import { ingestArticle } from '../../src/engine/ingest/ingest.ts';
import type { Article, ArticleSource } from '../../src/engine/types.ts';
import { corpusArticles } from './inputs.ts';

const dir = new URL('../../.scratch-perf/baseline', import.meta.url).pathname;
const oldIngest = ((await import(`${dir}/ingest.ts`)) as { ingestArticle: (s: ArticleSource) => Article }).ingestArticle;
const paragraphs = Number(process.argv[2] ?? 10_000);
const warm = Number(process.argv[3] ?? 100);
const chunk = Number(process.argv[4] ?? 25);
const articles = corpusArticles(paragraphs).map((a) => ({ id: a.name, text: String(a.text) }));
for (const a of articles.slice(0, warm)) {
  oldIngest(a);
  ingestArticle(a);
}
let before = 0;
let after = 0;
const ratios: number[] = [];
for (let i = warm; i < articles.length; i += chunk) {
  const part = articles.slice(i, i + chunk);
  let t = performance.now();
  for (const a of part) oldIngest(a);
  const b = performance.now() - t;
  t = performance.now();
  for (const a of part) ingestArticle(a);
  const n = performance.now() - t;
  before += b;
  after += n;
  ratios.push(b / n);
}
ratios.sort((x, y) => x - y);
const count = articles.length - warm;
console.log(
  `${count} new articles: before ${(before / count).toFixed(3)} ms/article, after ${(after / count).toFixed(3)} ms/article, ` +
    `total ratio ${(before / after).toFixed(2)}x, chunk ratios min ${ratios[0]?.toFixed(2)} median ${ratios[Math.floor(ratios.length / 2)]?.toFixed(2)} max ${ratios[ratios.length - 1]?.toFixed(2)}`,
);
