/**
 * Equality gate for ingestion performance work: writes the JSON output of ingestArticle, layout and
 * splitSentences for every input of inputs.ts, one line each, and checks that a second pass in
 * reverse order (warm caches, other history) gives the same bytes.
 *   npx tsx scripts/perf/snapshot.ts OUT.txt        then  cmp BASELINE.txt OUT.txt
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { ingestArticle } from '../../src/engine/ingest/ingest.ts';
import { layout } from '../../src/engine/ingest/layout.ts';
import { splitSentences } from '../../src/engine/ingest/sentences.ts';
import type { ArticleSource } from '../../src/engine/types.ts';
import { allInputs, type Input } from './inputs.ts';

const out = process.argv[2];
if (!out) throw new Error('usage: snapshot.ts OUT.txt');

const inputs = allInputs();
const lines: string[] = [];
const run = (kind: string, list: readonly Input[], f: (x: Input) => unknown): string[] => {
  const rows = list.map((x) => `${kind}\t${x.name}\t${JSON.stringify(f(x))}`);
  // The second pass runs backwards, so no result may depend on what ran before it.
  const again = [...list].reverse().map((x) => `${kind}\t${x.name}\t${JSON.stringify(f(x))}`).reverse();
  rows.forEach((r, i) => {
    if (r !== again[i]) throw new Error(`${kind} ${list[i]?.name}: second pass differs`);
  });
  return rows;
};
const started = performance.now();
lines.push(...run('ingest', inputs.ingest, (x) => ingestArticle({ id: x.name, text: x.text } as ArticleSource)));
lines.push(...run('layout', inputs.layout.filter((x) => typeof x.text === 'string'), (x) => layout(x.text as string)));
lines.push(...run('sentences', inputs.sentences.filter((x) => typeof x.text === 'string'), (x) => splitSentences(x.text as string)));
const text = `${lines.join('\n')}\n`;
writeFileSync(out, text);
const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
console.log(
  `${inputs.ingest.length} articles, ${inputs.layout.length} layouts, ${inputs.sentences.length} sentence inputs; ${lines.length} lines, sha256 ${hash}, ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
