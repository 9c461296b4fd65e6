/**
 * Developer aid: score a question set in the dev.jsonl format in process (as score-qa.py does
 * through the CLI, in seconds instead of a minute) and list the failures; --trace shows what the
 * answer stage weighed for each failure (best candidates, decision confidence).
 *   node --import tsx scripts/qa.ts [--file F] [--articles DIR] [--article ID] [--split S] [-v] [--all] [--trace]
 */
import { parseArgs } from 'node:util';
import type { AnswerTrace } from '../src/engine/index.ts';
import { qaSummary, qaTable, readQaSet, runQaSet } from './eval/qa-set.ts';

const { values } = parseArgs({
  options: {
    file: { type: 'string', default: '../shared/questions/dev.jsonl' },
    articles: { type: 'string', default: '../shared/articles' },
    article: { type: 'string' },
    split: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
    all: { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
  },
});
const items = readQaSet(values.file).filter((it) => (!values.article || it.article === values.article) && (!values.split || it.split === values.split));
const traces = new Map<string, AnswerTrace>();
const results = runQaSet(items, values.articles, (o) => (values.trace ? { ...o, onTrace: (q, t) => { traces.set(q, t); } } : o));
for (const r of results) {
  if (!values.all && (r.ok || !(values.verbose || values.trace))) continue;
  const got = r.answer.found ? `'${r.answer.answer}' [${r.answer.type}] ¶${r.answer.citations.map((c) => c.paragraph).join(',')} c=${r.answer.confidence}` : 'not found';
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} [${r.item.article}] ${r.item.q} -> ${got}${r.ok ? '' : `   (${r.why})`}`);
  const t = traces.get(r.answer.question);
  if (values.trace && t) {
    console.log(`     decision ${t.confidence.toFixed(2)} ${t.answered ? 'answered' : 'refused'}: ${t.extraction ? `'${t.extraction.answer}'` : 'no extraction'}`);
    for (const c of t.ranked.slice(0, 4)) console.log(`       ${c.probability.toFixed(3)} ${c.candidate.kind.padEnd(12)} '${c.candidate.text}'  ¶${c.hit.paragraph.number} ${c.hit.text.slice(0, 70)}`);
  }
}
console.log(qaTable(results).join('\n'));
console.log(qaSummary(values.file.split('/').pop() ?? values.file, results));
