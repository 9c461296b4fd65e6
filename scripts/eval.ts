/**
 * `npm run eval`: answer quality, printed as figures (never asserted here; the floors are in
 * test/quality).
 *   1. the dev set over real articles (../shared/questions/dev.jsonl), scored as
 *      ../shared/tools/score-qa.py scores it, by article, language and kind;
 *   2. the project's fixture questions, test split (test/fixtures/qa; the trainer never fits it);
 *   3. the public example questions over the bundled article (../shared/questions/public.jsonl);
 *   4. IndoNLU FacQA valid (../shared/benchmarks/facqa/valid.csv): token F1 / exact match of the
 *      short answer, answered rate, the share of answers that are wrong, and a wrong-passage control.
 * Development data all of it: the project is also measured on articles and questions it never sees.
 * Options: --dev FILE, --public FILE, --facqa FILE, --data DIR, --failures N (how many misses to print).
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine, newConversation, openCorpus, type Conversation } from '../src/engine/index.ts';
import { exactMatch, readFacqa, tokenF1 } from './eval/facqa.ts';
import { judge, readPublic } from './eval/public.ts';
import { qaSummary, qaTable, readQaSet, runQaSet } from './eval/qa-set.ts';

const { values } = parseArgs({
  options: {
    dev: { type: 'string', default: '../shared/questions/dev.jsonl' },
    public: { type: 'string', default: '../shared/questions/public.jsonl' },
    facqa: { type: 'string', default: '../shared/benchmarks/facqa/valid.csv' },
    data: { type: 'string', default: 'data/articles' },
    failures: { type: 'string', default: '15' },
    'min-coverage': { type: 'string' },
  },
});
const showFailures = Number(values.failures);

function evalPublic(file: string): void {
  if (!existsSync(file)) {
    console.log(`public examples: skipped — ${file} not found (pass --public FILE; it lives in the shared/ folder beside the repo)`);
    return;
  }
  const { engine } = openCorpus(values.data, values['min-coverage'] ? { settings: { minCoverage: Number(values['min-coverage']) } } : {});
  const conversations = new Map<string, Conversation>();
  let pass = 0;
  const examples = readPublic(file);
  for (const ex of examples) {
    const conversation = ex.conversation ? conversations.get(ex.conversation) ?? newConversation() : newConversation();
    if (ex.conversation) conversations.set(ex.conversation, conversation);
    const answer = engine.ask(ex.q, { conversation });
    const why = judge(ex, answer);
    if (!why) pass += 1;
    console.log(`${why ? 'FAIL' : 'ok  '} ${ex.q}  →  ${answer.found ? `${answer.answer} [¶${answer.citations.map((c) => c.paragraph).join(',')}]` : 'not found'}${why ? `   (${why})` : ''}`);
  }
  console.log(`\npublic examples: ${pass}/${examples.length} correct (${((100 * pass) / examples.length).toFixed(1)}%)\n`);
}

function evalFacqa(file: string): void {
  if (!existsSync(file)) {
    console.log(`IndoNLU FacQA: skipped — ${file} not found (pass --facqa FILE)`);
    return;
  }
  const items = readFacqa(file);
  const ids = new Map<string, string>();
  for (const it of items) if (!ids.has(it.passage)) ids.set(it.passage, `p${ids.size + 1}`);
  const started = performance.now();
  const settings = values['min-coverage'] ? { minCoverage: Number(values['min-coverage']) } : {};
  const engine = createEngine([...ids].map(([text, id]) => ({ id, text })), { settings });
  const built = performance.now() - started;
  let f1 = 0;
  let em = 0;
  let answered = 0;
  let wrong = 0;
  const byType = new Map<string, { n: number; f1: number }>();
  const misses: string[] = [];
  const t0 = performance.now();
  for (const it of items) {
    const answer = engine.ask(it.question, { article: ids.get(it.passage) ?? '' });
    const prediction = answer.answer ?? '';
    const f = tokenF1(prediction, it.gold);
    f1 += f;
    if (exactMatch(prediction, it.gold)) em += 1;
    if (answer.found) answered += 1;
    if (answer.found && f < 0.5) wrong += 1;
    const t = byType.get(answer.type) ?? { n: 0, f1: 0 };
    byType.set(answer.type, { n: t.n + 1, f1: t.f1 + f });
    if (f < 0.5 && misses.length < showFailures) misses.push(`  [${answer.type}] ${it.question}\n      gold: ${it.gold}\n      got:  ${answer.found ? prediction : 'not found'}`);
  }
  const perQuestion = (performance.now() - t0) / items.length;
  // Unanswerable control: each question asked of a passage about something else must be "not found".
  const passages = [...ids.values()];
  let falseAnswers = 0;
  items.forEach((it, i) => {
    const own = ids.get(it.passage);
    const other = passages[(i * 7919 + 13) % passages.length] ?? '';
    if (other === own) return;
    if (engine.ask(it.question, { article: other }).found) falseAnswers += 1;
  });
  console.log(`IndoNLU FacQA valid (${items.length} questions, ${ids.size} passages; index built in ${built.toFixed(0)} ms, ${perQuestion.toFixed(2)} ms/question)`);
  console.log(`  token F1 ${((100 * f1) / items.length).toFixed(1)}   exact match ${((100 * em) / items.length).toFixed(1)}   answered ${((100 * answered) / items.length).toFixed(1)}%   of the answers given, wrong (F1 < 0.5): ${((100 * wrong) / Math.max(1, answered)).toFixed(1)}%`);
  console.log(`  unanswerable control (question asked of another passage): answered ${((100 * falseAnswers) / items.length).toFixed(1)}% (should be 0)`);
  console.log(`  by type: ${[...byType].sort((a, b) => b[1].n - a[1].n).map(([k, v]) => `${k} ${v.n}q F1 ${((100 * v.f1) / v.n).toFixed(0)}`).join(' · ')}`);
  if (misses.length) console.log(`  first misses:\n${misses.join('\n')}`);
}

function evalQa(name: string, items: ReturnType<typeof readQaSet>, articles: string, table: boolean): void {
  const results = runQaSet(items, articles);
  if (table) console.log(qaTable(results).join('\n'));
  console.log(`${qaSummary(name, results)}\n`);
}

if (existsSync(values.dev)) evalQa('dev.jsonl', readQaSet(values.dev), join(dirname(values.dev), '..', 'articles'), true);
else console.log(`dev set: skipped — ${values.dev} not found (pass --dev FILE; it lives in the shared/ folder beside the repo)\n`);
const FIXTURES = 'test/fixtures/qa';
evalQa('fixture questions, test split', readdirSync(FIXTURES).filter((f) => /^questions.*\.jsonl$/.test(f)).flatMap((f) => readQaSet(join(FIXTURES, f))).filter((it) => it.split === 'test'), join(FIXTURES, 'articles'), false);
evalPublic(values.public);
evalFacqa(values.facqa);
