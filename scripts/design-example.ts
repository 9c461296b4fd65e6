/**
 * The worked example of candidate scoring in docs/DESIGN.md, computed from the engine: the
 * candidates the answer model weighed for one question over the bundled article, the features
 * that moved them most and the decision. test/docs/design-example.test.ts checks that the
 * document shows what this prints, so the example stays true after every refit.
 *   npm run design-example            print the block
 *   npm run design-example -- --write replace it in docs/DESIGN.md
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answerModel } from '../src/engine/answer/model.ts';
import { familyOf } from '../src/engine/answer/kinds.ts';
import { createEngine, loadArticleDir, type AnswerTrace } from '../src/engine/index.ts';

export const EXAMPLE_QUESTION = 'When did Mark Rutte speak?';
const DESIGN = fileURLToPath(new URL('../docs/DESIGN.md', import.meta.url));
const ARTICLES = fileURLToPath(new URL('../data/articles/', import.meta.url));
const START = '<!-- candidate-example:start (npm run design-example -- --write) -->';
const END = '<!-- candidate-example:end -->';
const SHOWN = 6;

const fmt = (x: number): string => (Math.abs(x) < 0.005 ? '0' : x.toFixed(2));

/** The markdown block: one row per candidate, one column per feature that moved any of them most. */
export function designExample(): string {
  let trace: AnswerTrace | null = null;
  const engine = createEngine(loadArticleDir(ARTICLES).sources.filter((s) => !s.id.includes('/')), { onTrace: (_, t) => { trace = t; } });
  const answer = engine.ask(EXAMPLE_QUESTION);
  const t = trace as AnswerTrace | null;
  if (!t) throw new Error('the example question produced no trace');
  const model = answerModel();
  const family = familyOf(t.kind);
  const weight = (name: string): number => (model.candidate.weights[name] ?? 0) + (model.candidate.weights[`${family}.${name}`] ?? 0);
  const ranked = t.ranked.slice(0, 3);
  // The features whose weighted values differ most between the candidates, and the largest shared ones.
  const names = [...new Set(ranked.flatMap((c) => Object.keys(c.features)))];
  const spread = (n: string): number => {
    const v = ranked.map((c) => weight(n) * (c.features[n] ?? 0));
    return Math.max(...v) - Math.min(...v) + 0.2 * Math.abs(v[0] ?? 0);
  };
  const shown = names.filter((n) => n !== 'bias').sort((a, b) => spread(b) - spread(a)).slice(0, SHOWN);
  const logit = (p: number): number => Math.log(p / (1 - p));
  const lines = [
    `Question: "${EXAMPLE_QUESTION}" (bundled article; kind \`${t.kind}\`, family \`${family}\`). Each cell is the`,
    'feature value × its fitted weight (the general weight plus the family\'s); the logit sums every feature.',
    '',
    `| candidate | ¶ | ${shown.map((n) => `${n} (w ${fmt(weight(n))})`).join(' | ')} | logit |`,
    `|---|---|${shown.map(() => '---|').join('')}---|`,
    ...ranked.map((c) => `| ${c.candidate.text} | ${c.hit.paragraph.number} | ${shown.map((n) => `${fmt(c.features[n] ?? 0)} → ${fmt(weight(n) * (c.features[n] ?? 0))}`).join(' | ')} | ${fmt(logit(c.probability))} |`),
    '',
    `Decision: P(right) ${fmt(t.confidence)}, P(unanswerable) ${fmt(t.unanswerable)} → ${t.answered ? 'answered' : 'not found'}: **${answer.answer ?? 'not found'}**${answer.citations[0] ? ` (¶${answer.citations[0].paragraph})` : ''}.`,
  ];
  return lines.join('\n');
}

/** The block as DESIGN.md holds it, or null when the markers are missing. */
export function documentedExample(text: string = readFileSync(DESIGN, 'utf8')): string | null {
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  return a < 0 || b < a ? null : text.slice(a + START.length, b).trim();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const block = designExample();
  if (process.argv.includes('--write')) {
    const text = readFileSync(DESIGN, 'utf8');
    const a = text.indexOf(START);
    const b = text.indexOf(END);
    if (a < 0 || b < a) throw new Error(`docs/DESIGN.md has no ${START} … ${END} markers`);
    writeFileSync(DESIGN, `${text.slice(0, a + START.length)}\n${block}\n${text.slice(b)}`);
    console.log('docs/DESIGN.md updated');
  } else console.log(block);
}
