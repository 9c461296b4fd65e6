/**
 * Developer aid: how a question is analyzed, expanded, ranked and answered — the candidates the
 * answer model weighed (with the features that moved them) and the answer/not-found decision.
 *   node --import tsx scripts/debug-ask.ts "question" [dataDir] [--features a,b,c]
 */
import { parseArgs } from 'node:util';
import { answerModel } from '../src/engine/answer/model.ts';
import { createEngine, loadArticleDir, type AnswerTrace } from '../src/engine/index.ts';
import { analyzeQuestion } from '../src/engine/question/analyze.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { features: { type: 'string', default: 'kindExact,headInside,proximity,clauseMatch,sentScore,coverage' }, top: { type: 'string', default: '8' } } });
const [question = '', dir = 'data/articles'] = positionals;
const shown = (values.features ?? '').split(',').filter(Boolean);
let trace: AnswerTrace | null = null;
const engine = createEngine(loadArticleDir(dir).sources, { onTrace: (_, t) => { trace = t; } });
const analysis = analyzeQuestion(question);
console.log(`${analysis.language} · type ${analysis.type} · kind ${analysis.kind}${analysis.head ? ` · head "${analysis.head}"` : ''} · words ${analysis.words.map((w) => `${w.surface}${w.isName ? '*' : ''}`).join(' ')}`);
const answer = engine.ask(question);
const t = trace as AnswerTrace | null;
if (!t) console.log('no trace: metadata question, no matching sentence, or a name the articles never mention');
else {
  const weights = answerModel().candidate.weights;
  for (const g of t.groups ?? []) console.log(`  group ${JSON.stringify(g.label)} w=${g.weight.toFixed(2)}${g.missing ? ' MISSING' : ''}: ${g.keys.slice(0, 10).join(' ')}`);
  console.log(`\ncandidates (best first; logit = Σ weight × feature):`);
  for (const c of t.ranked.slice(0, Number(values.top))) {
    const logit = Math.log(c.probability / (1 - c.probability));
    console.log(`  ${logit.toFixed(2).padStart(6)}  ${c.candidate.kind.padEnd(12)} ${JSON.stringify(c.candidate.text).padEnd(34)} ${shown.map((k) => `${k}=${(c.features[k] ?? 0).toFixed(2)}`).join(' ')}  ¶${c.hit.paragraph.number}`);
  }
  const top = t.ranked[0];
  if (top) {
    const moves = Object.entries(top.features).map(([k, v]) => [k, (weights[k] ?? 0) * v] as const).filter(([, v]) => Math.abs(v) >= 0.3).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
    console.log(`  what moved the best one: ${moves.map(([k, v]) => `${k} ${v >= 0 ? '+' : ''}${v.toFixed(2)}`).join(', ')}`);
  }
  const contrib = (w: Readonly<Record<string, number>>) => Object.entries(t.decision).map(([k, v]) => [k, (w[k] ?? 0) * v] as const).filter(([, v]) => Math.abs(v) >= 0.2).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).map(([k, v]) => `${k}(${(t.decision as Record<string, number>)[k]?.toFixed(2)}) ${v >= 0 ? '+' : ''}${v.toFixed(2)}`).join(', ');
  console.log(`\nP(right) moved by: ${contrib(answerModel().decision.weights)}`);
  console.log(`P(unanswerable) moved by: ${contrib(answerModel().unanswerable.weights)}`);
  console.log(`\ndecision: P(right) ${t.confidence.toFixed(2)}, P(unanswerable) ${t.unanswerable.toFixed(2)} → ${t.answered ? 'answered' : 'not found'}`);
}
console.log(`\nanswer: ${answer.found ? `${answer.answer} (¶${answer.citations.map((c) => c.paragraph).join(', ')}, confidence ${answer.confidence})` : 'not found'}`);
