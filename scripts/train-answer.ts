/**
 * `npm run train-answer`: fits the answer model (data/models/answer-model.json) on training data
 * only — IndoNLU FacQA train.csv (../shared/benchmarks/facqa, Apache-2.0) split by passage into a
 * fitting part and a frozen check, plus the project's own fixture questions (test/fixtures/qa,
 * lines marked "split": "train"). Never dev.jsonl, public.jsonl or FacQA valid.csv.
 *
 *  1. Candidate model: run the engine over every training question, collect each question's typed
 *     candidates with their features, mark the one that matches the gold answer, and fit a
 *     conditional logit (which candidate is the answer).
 *  2. Decision model: run again with those weights; each question's best answer, right or wrong,
 *     and questions the text does not answer (FacQA passages without the answer's sentence, fixture
 *     not_found lines) give a binary logistic model of "the answer given is right"; the threshold
 *     maximizes right answers plus right refusals, wrong answers counting against.
 *
 * Options: --facqa FILE, --fixtures DIR, --out FILE, --l2 N.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine, newConversation, type AnswerTrace, type Conversation } from '../src/engine/index.ts';
import { DECISION_FEATURES } from '../src/engine/answer/decide.ts';
import { FEATURE_NAMES } from '../src/engine/answer/features.ts';
import { answerModel, shouldAnswer, type AnswerModel } from '../src/engine/answer/model.ts';
import { familyOf, KIND_FAMILIES, type KindFamily } from '../src/engine/answer/kinds.ts';
import type { AnswerKind } from '../src/engine/question/classify.ts';
import { DEFAULT_SETTINGS } from '../src/engine/config.ts';
import { analyzeQuestion } from '../src/engine/question/analyze.ts';
import { readFacqa, tokenF1, type FacqaItem } from './eval/facqa.ts';
import { judgeQa, norm, type QaItem } from './eval/qa-set.ts';
import { fitBinary, fitConditional, type Choice } from './train/fit.ts';

const { values } = parseArgs({
  options: {
    facqa: { type: 'string', default: '../shared/benchmarks/facqa/train.csv' },
    fixtures: { type: 'string', default: 'test/fixtures/qa' },
    out: { type: 'string', default: 'data/models/answer-model.json' },
    l2: { type: 'string', default: '2' },
  },
});
const L2 = Number(values.l2);
// The fixtures are questions as people ask them in chat, over whole pasted articles: they count
// more than FacQA's one-passage questions where the two differ (how sure to be before answering).
const FIXTURE_CANDIDATE_WEIGHT = 10;
const FIXTURE_DECISION_WEIGHT = 8;
// About one question in seven asks what the article does not say (dev-like sets; the fixtures).
const UNANSWERABLE_SHARE = 0.15;
const DECISION_SOURCES = process.env.KUTIP_DECISION ?? 'all';
const CANDIDATE_SOURCES = process.env.KUTIP_CANDIDATE ?? 'all';

/** A training question: asked of one article, judged by `judge` (true = the answer is right). */
interface Question {
  source: 'facqa' | 'fixture';
  article: string;
  text: string;
  /** Questions of one conversation share a key and are asked in order. */
  conversation: string | null;
  unanswerable: boolean;
  /** Whether a candidate or answer text is right (for answerable questions). */
  right: (answer: string, excerpt: string) => boolean;
  /** How right a candidate is, to choose among several right ones (higher is better). */
  closeness: (answer: string) => number;
  item?: QaItem | undefined;
}

/** Deterministic split of FacQA passages: about one in seven is kept out of fitting. */
function frozen(passage: string): boolean {
  let h = 2166136261;
  for (let i = 0; i < passage.length; i += 1) h = Math.imul(h ^ passage.charCodeAt(i), 16777619);
  return (h >>> 0) % 7 === 0;
}

const normTokens = (s: string): string[] => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);

/** The passage without the sentence holding the gold answer (null when nothing would be left). */
function withoutAnswer(passage: string, gold: string): string | null {
  const sentences = passage.split(/(?<=[.!?])\s+/);
  const g = normTokens(gold).join(' ');
  const kept = sentences.filter((s) => !normTokens(s).join(' ').includes(g));
  return kept.length && kept.length < sentences.length ? kept.join(' ') : null;
}

function facqaQuestions(items: readonly FacqaItem[], articles: Map<string, string>, unanswerable: boolean): Question[] {
  const ids = new Map<string, string>();
  const out: Question[] = [];
  for (const it of items) {
    const text = unanswerable ? withoutAnswer(it.passage, it.gold) : it.passage;
    if (!text) continue;
    let id = ids.get(text);
    if (!id) {
      id = `${unanswerable ? 'u' : 'p'}${ids.size + 1}`;
      ids.set(text, id);
      articles.set(id, text);
    }
    out.push({
      source: 'facqa', article: id, text: it.question, conversation: null, unanswerable,
      right: (answer) => tokenF1(answer, it.gold) >= 0.5,
      closeness: (answer) => tokenF1(answer, it.gold),
    });
  }
  return out;
}

function fixtureQuestions(dir: string, articles: Map<string, string>, split: string): Question[] {
  if (!existsSync(dir)) return [];
  const out: Question[] = [];
  for (const file of readdirSync(dir).filter((f) => /^questions.*\.jsonl$/.test(f))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim())) {
      const item = JSON.parse(line) as QaItem;
      if (item.split !== split) continue;
      const path = join(dir, 'articles', `${item.article}.txt`);
      if (!existsSync(path)) continue;
      articles.set(`f:${item.article}`, readFileSync(path, 'utf8'));
      const answers = (item.answer_any ?? []).map(norm);
      const cites = (item.cite_any ?? []).map(norm);
      out.push({
        source: 'fixture', article: `f:${item.article}`, text: item.q, conversation: item.conv ? `${item.article}/${item.conv}` : null,
        unanswerable: item.not_found === true, item,
        // As the scorer judges: the answer holds one of answer_any (with `loose`, the cited sentence may).
        right: (answer, excerpt) => answers.some((a) => norm(item.loose ? `${answer} || ${excerpt}` : answer).includes(a)) && (!cites.length || cites.some((c) => norm(excerpt).includes(c))),
        closeness: (answer) => (answers.some((a) => norm(answer).includes(a)) ? 1 / (1 + norm(answer).length) : 0),
      });
    }
  }
  return out;
}

/** A deterministic choice from a list, by a string's hash. */
function pick<T>(list: readonly T[], key: string): T | undefined {
  let h = 2166136261;
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return list[(h >>> 0) % Math.max(1, list.length)];
}

const NAME_RUN = /(?<![\p{L}])\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}]+)+/gu;

/**
 * Questions the articles cannot answer, made from answerable ones: the name the question asks
 * about swapped for a name from another article ("Apa kata Sri Mulyani?" over an article that never
 * names her), and the question asked of another article altogether. These teach the decision
 * model what a missing name and a foreign topic look like.
 */
function unanswerableVariants(questions: readonly Question[], articles: ReadonlyMap<string, string>): Question[] {
  const contentWords = questionWords(questions);
  const namePool = [...new Set([...articles.values()].flatMap((t) => [...t.slice(0, 4000).matchAll(NAME_RUN)].map((m) => m[0])))];
  const ids = [...new Set(questions.map((q) => q.article))];
  const out: Question[] = [];
  for (const q of questions) {
    if (q.unanswerable || q.conversation) continue;
    const text = articles.get(q.article) ?? '';
    const names = [...q.text.matchAll(NAME_RUN)].map((m) => m[0]).filter((n) => text.includes(n));
    const name = names[0];
    const foreign = name ? pick(namePool.filter((n) => !text.includes(n) && !text.includes(n.split(/\s+/).at(-1) ?? '')), q.text) : undefined;
    if (name && foreign) out.push({ ...q, text: q.text.replace(name, foreign), unanswerable: true, item: undefined });
    const other = pick(ids.filter((id) => id !== q.article && id.startsWith(q.article.slice(0, 2))), `${q.text}/other`);
    if (other) out.push({ ...q, article: other, unanswerable: true, item: undefined });
    // "How many people fled?" → "How many people died?": the question's verb or noun swapped for one
    // the article never uses.
    const analysis = analyzeQuestion(q.text);
    const lower = text.toLowerCase();
    const target = analysis.words.find((w) => !w.isName && w.folded !== analysis.head && w.folded.length >= 4 && lower.includes(w.folded));
    const wordPool = contentWords.get(analysis.language) ?? [];
    const replacement = target ? pick(wordPool.filter((w) => !lower.includes(w) && !lower.includes(w.slice(0, 5))), `${q.text}/word`) : undefined;
    if (target && replacement) out.push({ ...q, text: q.text.split(target.surface).join(replacement), unanswerable: true, item: undefined });
  }
  return out;
}

/** Content words of the training questions, per question language, for swapping into others. */
function questionWords(questions: readonly Question[]): Map<'en' | 'id', string[]> {
  const out = new Map<'en' | 'id', Set<string>>([['en', new Set()], ['id', new Set()]]);
  for (const q of questions) {
    const analysis = analyzeQuestion(q.text);
    for (const w of analysis.words) if (!w.isName && w.folded.length >= 5 && /^[a-z]+$/.test(w.folded)) out.get(analysis.language)?.add(w.folded);
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

/** Ask every question (conversations in order) and hand each its trace. */
/** The index of the right candidate closest to the gold answer, or -1 when none is right. */
function rightCandidate(q: Question, ranked: AnswerTrace['ranked']): number {
  let best = -1;
  let bestCloseness = 0;
  ranked.forEach((c, i) => {
    if (!q.right(c.candidate.text, c.hit.text)) return;
    const closeness = q.closeness(c.candidate.text);
    if (best < 0 || closeness > bestCloseness) { best = i; bestCloseness = closeness; }
  });
  return best;
}

function run(questions: readonly Question[], articles: Map<string, string>, model: AnswerModel, visit: (q: Question, trace: AnswerTrace | null, found: { answer: string; excerpt: string } | null) => void): void {
  const seen: { trace: AnswerTrace | null } = { trace: null };
  const engine = createEngine([...articles].map(([id, text]) => ({ id, text })), { answerModel: model, onTrace: (_, t) => { seen.trace = t; } });
  const conversations = new Map<string, Conversation>();
  for (const q of questions) {
    const conversation = q.conversation ? conversations.get(q.conversation) ?? newConversation() : newConversation();
    if (q.conversation) conversations.set(q.conversation, conversation);
    seen.trace = null;
    const answer = engine.ask(q.text, { article: q.article, conversation });
    visit(q, seen.trace, answer.found && answer.answer ? { answer: answer.answer, excerpt: answer.citations[0]?.excerpt ?? '' } : null);
  }
}

const vector = (names: readonly string[], f: Readonly<Record<string, number>>): number[] => names.map((n) => f[n] ?? 0);
/** The candidate model's columns: every feature, then every feature again per family of kinds. */
const CANDIDATE_COLUMNS = [...FEATURE_NAMES, ...KIND_FAMILIES.flatMap((family) => FEATURE_NAMES.map((n) => `${family}.${n}`))];
function candidateRow(f: Readonly<Record<string, number>>, family: KindFamily): number[] {
  const base = vector(FEATURE_NAMES, f);
  return [...base, ...KIND_FAMILIES.flatMap((other) => (other === family ? base : base.map(() => 0)))];
}
const toWeights = (names: readonly string[], w: readonly number[]): Record<string, number> => Object.fromEntries(names.map((n, i) => [n, Math.round((w[i] ?? 0) * 1e4) / 1e4]));

// ---- data
const facqa = existsSync(values.facqa) ? readFacqa(values.facqa) : [];
if (!facqa.length) console.warn(`train-answer: ${values.facqa} not found — fitting on fixtures only`);
const fit = facqa.filter((it) => !frozen(it.passage));
const held = facqa.filter((it) => frozen(it.passage));
const articles = new Map<string, string>();
const answerableTraining = [...facqaQuestions(fit, articles, false), ...fixtureQuestions(values.fixtures, articles, 'train')];
const training = [...answerableTraining, ...facqaQuestions(fit, articles, true), ...unanswerableVariants(answerableTraining, articles)];
console.log(`training questions: ${training.length} (${training.filter((q) => q.unanswerable).length} unanswerable) over ${articles.size} articles`);

// ---- 1. candidate model
const start = answerModel();
const choices: Choice[] = [];
let coverable = 0;
let answerable = 0;
run(training, articles, start, (q, trace) => {
  if (q.unanswerable) return;
  answerable += 1;
  const ranked = trace?.ranked ?? [];
  const best = rightCandidate(q, ranked);
  if (best < 0 || ranked.length < 2) return;
  coverable += 1;
  if (CANDIDATE_SOURCES === 'fixture' && q.source !== 'fixture') return;
  const family = familyOf(trace?.kind as AnswerKind);
  choices.push({ rows: ranked.map((c) => candidateRow(c.features, family)), answer: best, weight: q.source === 'fixture' ? FIXTURE_CANDIDATE_WEIGHT : 1, source: q.source });
});
console.log(`candidate model: ${choices.length} questions with a right candidate among several (${coverable}/${answerable} answerable questions have one)`);
const candidateWeights = fitConditional(choices, L2);
/** Share of choices whose right candidate the weights rank first. */
function firstRate(list: readonly Choice[], w: readonly number[]): string {
  const n = list.filter((ch) => {
    const s = ch.rows.map((x) => x.reduce((a, v, i) => a + v * (w[i] ?? 0), 0));
    return s.indexOf(Math.max(...s)) === ch.answer;
  }).length;
  return `${((100 * n) / Math.max(1, list.length)).toFixed(1)}% of ${list.length}`;
}
console.log(`  right candidate ranked first (fitting data): FacQA ${firstRate(choices.filter((c) => c.source === 'facqa'), candidateWeights)}, fixtures ${firstRate(choices.filter((c) => c.source === 'fixture'), candidateWeights)}`);
const testChoices: Choice[] = [];
{
  const testArticles = new Map<string, string>();
  run(fixtureQuestions(values.fixtures, testArticles, 'test'), testArticles, start, (q, trace) => {
    if (q.unanswerable) return;
    const ranked = trace?.ranked ?? [];
    const best = rightCandidate(q, ranked);
    if (best >= 0 && ranked.length >= 2) testChoices.push({ rows: ranked.map((c) => candidateRow(c.features, familyOf(trace?.kind as AnswerKind))), answer: best });
  });
  console.log(`  right candidate ranked first (fixture test split): ${firstRate(testChoices, candidateWeights)}`);
}

// ---- 2. decision models
const withCandidates: AnswerModel = { ...start, candidate: { weights: toWeights(CANDIDATE_COLUMNS, candidateWeights) } };
const rows: number[][] = [];
const labels: number[] = [];
const sampleWeights: number[] = [];
const unanswerable: number[] = [];
run(training, articles, withCandidates, (q, trace) => {
  if (!trace || (DECISION_SOURCES === 'fixture' && q.source !== 'fixture')) return;
  const extraction = trace.extraction;
  const right = !q.unanswerable && extraction !== null && q.right(extraction.answer, extraction.citations[0]?.excerpt ?? '');
  rows.push(vector(DECISION_FEATURES, trace.decision));
  labels.push(right ? 1 : 0);
  unanswerable.push(q.unanswerable ? 1 : 0);
  sampleWeights.push(q.source === 'fixture' ? FIXTURE_DECISION_WEIGHT : 1);
});
// Unanswerable questions weigh so that they are UNANSWERABLE_SHARE of what the models see, as in use.
const answerableWeight = sampleWeights.reduce((s, w, k) => s + (unanswerable[k] ? 0 : w), 0);
const unanswerableWeight = sampleWeights.reduce((s, w, k) => s + (unanswerable[k] ? w : 0), 0) || 1;
const scale = (UNANSWERABLE_SHARE / (1 - UNANSWERABLE_SHARE)) * (answerableWeight / unanswerableWeight);
const weighted = sampleWeights.map((w, k) => (unanswerable[k] ? w * scale : w));
const rightWeights = fitBinary(rows, labels, weighted, L2);
const unanswerableWeights = fitBinary(rows, unanswerable, weighted, L2);
const sigmoid = (w: readonly number[], x: readonly number[]) => 1 / (1 + Math.exp(-x.reduce((a, v, i) => a + v * (w[i] ?? 0), 0)));
const probabilities = rows.map((x) => sigmoid(rightWeights, x));
let answeredRight = 0;
let answeredWrong = 0;
let refusedRight = 0;
rows.forEach((x, k) => {
  const answered = shouldAnswer(probabilities[k] ?? 0, sigmoid(unanswerableWeights, x), DEFAULT_SETTINGS.wrongAnswerCost);
  const w = weighted[k] ?? 1;
  if (answered && labels[k]) answeredRight += w;
  else if (answered) answeredWrong += w;
  else if (unanswerable[k]) refusedRight += w;
});
const totalWeight = weighted.reduce((a, b) => a + b, 0);
console.log(`decision models: ${rows.length} questions; weighted: right answers ${((100 * answeredRight) / totalWeight).toFixed(1)}%, right refusals ${((100 * refusedRight) / totalWeight).toFixed(1)}%, wrong answers ${((100 * answeredWrong) / totalWeight).toFixed(1)}%`);

// ---- calibration of the right-answer model on the fitting data
const bins = Array.from({ length: 5 }, () => ({ n: 0, right: 0 }));
probabilities.forEach((p, k) => {
  const bin = bins[Math.min(4, Math.floor(p * 5))];
  if (bin) { bin.n += 1; bin.right += labels[k] ?? 0; }
});
console.log(`  calibration (predicted → observed): ${bins.map((b, i) => `${(i * 0.2).toFixed(1)}–${((i + 1) * 0.2).toFixed(1)}: ${b.n ? ((100 * b.right) / b.n).toFixed(0) : '-'}% of ${b.n}`).join(' · ')}`);

const model: AnswerModel = {
  candidate: { weights: toWeights(CANDIDATE_COLUMNS, candidateWeights) },
  decision: { weights: toWeights(DECISION_FEATURES, rightWeights) },
  unanswerable: { weights: toWeights(DECISION_FEATURES, unanswerableWeights) },
  provenance: {
    fitted: 'npm run train-answer',
    data: `FacQA train.csv passages not frozen (${fit.length} questions) + their passages without the answer's sentence (unanswerable) + ${training.filter((q) => q.source === 'fixture').length} fixture questions (split train)`,
    frozen: `${held.length} FacQA train questions whose passages hash to the frozen check`,
    l2: L2,
    unanswerableShare: UNANSWERABLE_SHARE,
  },
};

// ---- frozen FacQA check
if (held.length) {
  const heldArticles = new Map<string, string>();
  const heldQuestions = facqaQuestions(held, heldArticles, false);
  let f1 = 0;
  let answered = 0;
  run(heldQuestions, heldArticles, model, (q, _, found) => {
    if (found) { answered += 1; f1 += q.closeness(found.answer); }
  });
  console.log(`frozen FacQA check (${heldQuestions.length} questions): token F1 ${((100 * f1) / heldQuestions.length).toFixed(1)}, answered ${((100 * answered) / heldQuestions.length).toFixed(1)}%`);
  (model.provenance as Record<string, unknown>).frozenF1 = Math.round((1000 * f1) / heldQuestions.length) / 10;
}
const fixtureTest = fixtureQuestions(values.fixtures, new Map(), 'test');
if (fixtureTest.length) {
  const testArticles = new Map<string, string>();
  const questions = fixtureQuestions(values.fixtures, testArticles, 'test');
  let right = 0;
  run(questions, testArticles, model, (q, _, found) => {
    if (q.unanswerable ? !found : found !== null && q.item !== undefined && judgeQa(q.item, { found: true, answer: found.answer, citations: [{ excerpt: found.excerpt }] } as never) === '') right += 1;
  });
  console.log(`fixture questions, test split (${questions.length}): ${((100 * right) / questions.length).toFixed(1)}% right`);
}
writeFileSync(values.out, `${JSON.stringify(model, null, 1)}\n`);
console.log(`wrote ${values.out}`);
