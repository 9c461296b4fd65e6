/**
 * Developer aid: score a question set in the dev.jsonl format in process (as score-qa.py does
 * through the CLI, in a second instead of a minute) and list the failures.
 *   node --import tsx scripts/qa.ts [--file F] [--articles DIR] [--article ID] [-v] [--all]
 */
import { parseArgs } from 'node:util';
import { qaSummary, qaTable, readQaSet, runQaSet } from './eval/qa-set.ts';

const { values } = parseArgs({
  options: {
    file: { type: 'string', default: '../shared/questions/dev.jsonl' },
    articles: { type: 'string', default: '../shared/articles' },
    article: { type: 'string' },
    split: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
    all: { type: 'boolean', default: false },
  },
});
const items = readQaSet(values.file).filter((it) => (!values.article || it.article === values.article) && (!values.split || it.split === values.split));
const results = runQaSet(items, values.articles);
for (const r of results) {
  if (r.ok && !values.all) continue;
  if (!values.verbose && !values.all) continue;
  const got = r.answer.found ? `'${r.answer.answer}' [${r.answer.type}] ¶${r.answer.citations.map((c) => c.paragraph).join(',')}` : 'not found';
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} [${r.item.article}] ${r.item.q} -> ${got}${r.ok ? '' : `   (${r.why})`}`);
}
console.log(qaTable(results).join('\n'));
console.log(qaSummary(values.file.split('/').pop() ?? values.file, results));
