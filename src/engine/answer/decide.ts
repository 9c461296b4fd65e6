/**
 * Whether to give the best answer or say the article does not say: a fitted logistic model
 * (model.ts) over question-level evidence, whose probability is the answer's `confidence` — an
 * answer given at 0.8 is right about 80% of the time on the data it was fitted on.
 *
 * The evidence: how much of the question the answer's sentence and paragraph cover, which
 * question words (names, the head noun, rare words) the article never matches, whether the
 * candidate is of the wanted kind, and how clearly it beats the others.
 *
 * Example: "How many silver medals did Singapore win in the pool?" over an article that only gives
 * golds: "silver" (rare, unmatched) leaves a large unmatched share and the best count has no head
 * noun next to it → a low probability → not found.
 */
import { reportingVerb } from '../ingest/reporting.ts';
import type { TermGroup } from '../retrieval/expand.ts';
import { fold } from '../text/tokens.ts';
import type { AnswerContext, Extraction } from './context.ts';
import { familyOf, isTyped } from './kinds.ts';
import type { ScoredCandidate } from './typed.ts';

/** Names of the decision features, in model order. */
export const DECISION_FEATURES = [
  'bias', 'typed', 'found', 'best', 'share', 'margin', 'kindExact', 'headInside', 'density', 'coverage', 'answerCoverage',
  'missingNames', 'unmatched', 'unmatchedRare', 'unknownWords', 'headMissing', 'followUp', 'groups', 'amount', 'time', 'place',
  'entity', 'clause', 'sentTop', 'redundancy', 'rulesPass', 'own', 'predicateInSentence', 'predicateMissing', 'predicateNowhere', 'missingShare', 'unbridgedShare',
] as const;

export type DecisionFeatures = Record<(typeof DECISION_FEATURES)[number], number>;

/**
 * The share of the candidates' probability mass on the best answer's text: the same name read
 * from several sentences is one answer, not rivals ("Hendra Wijayakusuma" in each daily report).
 */
const softmaxShare = (ranked: readonly ScoredCandidate[], score: (c: ScoredCandidate) => number): number => {
  const best = ranked[0];
  if (!best) return 0;
  const top = score(best);
  const text = fold(best.candidate.text);
  let sum = 0;
  let same = 0;
  for (const c of ranked) {
    const mass = Math.exp(score(c) - top);
    sum += mass;
    if (fold(c.candidate.text) === text) same += mass;
  }
  return same / sum;
};

function logit(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}

/**
 * The evidence for answering with `extraction` (null: no candidate was found at all). `rulesPass`:
 * whether the ranking passed the plain checks of answer.ts (names found, enough coverage).
 */
export function decisionFeatures(ctx: AnswerContext, extraction: Extraction | null, ranked: readonly ScoredCandidate[], rulesPass: boolean): DecisionFeatures {
  const { groups, ranking } = ctx;
  const weights = ranking.weights;
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const best = ranked[0];
  const hit = best?.hit.hit ?? ranking.hits.find((h) => extraction?.citations[0] && h.doc.paragraph === extraction.citations[0].paragraph && h.doc.article === extraction.citations[0].article) ?? ranking.hits[0];
  // "Siapa yang mengatakan …?" is answered by a quote's attribution whatever verb reports it
  // ("ujar Rutte"): the question's reporting verb is not a word the answer must match.
  const speech = ctx.analysis.kind === 'speaker' || ctx.analysis.kind === 'quote';
  const counts = (g: TermGroup): boolean => !(speech && g.label.split(/\s+/).every((w) => reportingVerb(fold(w)) !== null));
  const names = groups.map((g, i) => (g.isName ? i : -1)).filter((i) => i >= 0);
  const missingNames = names.length ? names.filter((i) => (ranking.bestQuality[i] ?? 0) < 0.7).length / names.length : 0;
  // Question weight the answer's paragraph does not match, and the rarest such word.
  let unmatched = 0;
  let unmatchedRare = 0;
  const maxWeight = Math.max(...weights, 1e-9);
  groups.forEach((g: TermGroup, i) => {
    if (!counts(g)) return;
    const inParagraph = hit?.inParagraph[i] ?? false;
    if (inParagraph) return;
    unmatched += weights[i] ?? 0;
    unmatchedRare = Math.max(unmatchedRare, (weights[i] ?? 0) / maxWeight);
  });
  // The question's verbs and nouns (not its names or head noun): how much of their weight the
  // answer's own sentence matches. "How many people died?" answered from "3.450 warga mengungsi"
  // matches none of it.
  let predicateWeight = 0;
  let predicateMatched = 0;
  let predicateMissing = 0;
  let predicateNowhere = 0;
  groups.forEach((g, i) => {
    if (g.isName || !counts(g) || (ctx.analysis.head && g.label.toLowerCase().split(/\s+/).includes(ctx.analysis.head))) return;
    predicateWeight += weights[i] ?? 0;
    // Not even a translation or a correction of it anywhere in the articles asked.
    if (ranking.missing[i]) predicateNowhere += weights[i] ?? 0;
    if ((hit?.groupScores[i] ?? 0) > 0) predicateMatched += weights[i] ?? 0;
    else if (!(hit?.inParagraph[i] ?? false)) predicateMissing = Math.max(predicateMissing, (weights[i] ?? 0) / maxWeight);
  });
  // Question weight found nowhere in the articles although the lexicon knows the word (the
  // article does not speak of it), apart from words nothing could bridge (a gap of the lexicon).
  let missingWeight = 0;
  let unbridgedWeight = 0;
  groups.forEach((g, i) => {
    if (!ranking.missing[i]) return;
    if (g.known) missingWeight += weights[i] ?? 0;
    else unbridgedWeight += weights[i] ?? 0;
  });
  const unknownWords = groups.length ? groups.filter((g) => !g.known).length / groups.length : 0;
  const headGroups = groups.map((g, i) => (ctx.analysis.head && g.label.toLowerCase().split(/\s+/).includes(ctx.analysis.head) ? i : -1)).filter((i) => i >= 0);
  const headMissing = headGroups.length && headGroups.every((i) => !(hit?.inParagraph[i] ?? false)) ? 1 : 0;
  const kind = ctx.analysis.kind;
  const family = isTyped(kind) ? familyOf(kind) : 'clause';
  const second = ranked.find((c) => best && c.candidate.text !== best.candidate.text);
  const score = (c: ScoredCandidate) => logit(c.probability);
  return {
    bias: 1,
    typed: isTyped(kind) ? 1 : 0,
    found: extraction ? 1 : 0,
    best: best ? logit(best.probability) / 10 : 0,
    share: best ? softmaxShare(ranked, score) : 0,
    margin: best && second ? Math.min(5, score(best) - score(second)) / 5 : best ? 1 : 0,
    kindExact: best?.features.kindExact ?? 0,
    headInside: best ? Math.max(best.features.headInside, best.features.headBefore) : 0,
    density: best?.features.density ?? 0,
    coverage: ranking.hits[0]?.coverage ?? 0,
    answerCoverage: hit?.coverage ?? 0,
    missingNames,
    unmatched: unmatched / total,
    unmatchedRare,
    unknownWords,
    headMissing,
    followUp: ctx.isFollowUp ? 1 : 0,
    groups: Math.min(groups.length, 10) / 10,
    amount: family === 'amount' ? 1 : 0,
    time: family === 'time' ? 1 : 0,
    place: family === 'place' ? 1 : 0,
    entity: family === 'entity' ? 1 : 0,
    clause: family === 'clause' ? 1 : 0,
    sentTop: best?.features.sentTop ?? 0,
    redundancy: best?.features.redundancy ?? 0,
    rulesPass: rulesPass ? 1 : 0,
    // The extractor's own certainty where it did not weigh typed candidates (who said, role, clause).
    own: extraction && !best ? extraction.confidence : 0,
    predicateInSentence: predicateWeight ? predicateMatched / predicateWeight : 1,
    predicateMissing,
    predicateNowhere: predicateWeight ? predicateNowhere / predicateWeight : 0,
    missingShare: missingWeight / total,
    unbridgedShare: unbridgedWeight / total,
  };
}
