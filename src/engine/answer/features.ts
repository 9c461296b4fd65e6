/**
 * The evidence for one candidate answer, as a vector of named features. Every feature is a plain
 * measurement (does the span hold the question's head noun, how far is it from the matched verb,
 * is it in the best sentence …); how much each one weighs is fitted on training data (model.ts).
 *
 * Worked example — "How many passengers were on the plane?" over
 *   "… pengecekan ulang barang bawaan dan bagasi 148 penumpangnya."  (head "passengers" → penumpang)
 *   candidate "148 penumpangnya": kindExact 1 (a count), headInside 1, distPredicate 0.0 …
 *   candidate "6A" (another sentence): kindNear 0, kindExact 0 (a code) → far lower score.
 */
import type { AnswerKind } from '../question/classify.ts';
import type { TermGroup } from '../retrieval/expand.ts';
import type { Token } from '../text/tokens.ts';
import type { Candidate } from './candidates.ts';
import { bothLanguages } from '../language/index.ts';
import { familyOf, fitOf } from './kinds.ts';
import { roleOf, type SentenceSyntax } from './syntax.ts';

/** Names of the features, in model order. */
export const FEATURE_NAMES = [
  'bias', 'kindExact', 'kindNear', 'headInside', 'headBefore', 'repeat', 'allRepeat', 'distPredicate', 'distAny', 'noMatchNear',
  'sameClause', 'density', 'sentScore', 'sentTop', 'sentRank', 'coverage', 'knownPerson', 'inQuote', 'firstOfKind', 'length',
  'redundancy', 'paren', 'roleNear', 'prepFit', 'motion', 'speaker', 'dateline', 'hasDigit', 'nextSentence',
  'entityBefore', 'entityAfter', 'placeBefore', 'placeAfter', 'timeBefore', 'timeAfter', 'amountBefore', 'amountAfter',
  'amountDist', 'entityDist', 'timeDist', 'placeDist',
  'proximity', 'proximityPredicate', 'clauseMatch', 'exactAmount', 'exactEntity', 'exactTime', 'exactPlace', 'repeatsPrevious',
  'subjectOfVerb', 'objectOfVerb', 'nounPhrase', 'entitySubject', 'entityObject', 'citedDate', 'unitOther',
  'afterSource', 'afterReport', 'datelineSpeech', 'sourceAsked', 'citedDateAsked', 'citedDateSpeech',
  'datelineRest', 'headAppositive', 'leftMatch', 'rightMatch',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/** What is known of a sentence before its candidates are weighed. */
export interface SentenceEvidence {
  text: string;
  tokens: readonly Token[];
  /** Per token: the question group it matches, or -1. */
  matched: readonly number[];
  groups: readonly TermGroup[];
  /** Weight of each group (ranking idf). */
  weights: readonly number[];
  /** Group indexes of the question's head noun (its translations included). */
  headGroups: ReadonlySet<number>;
  /** Group indexes of role words ("principal", "kepala") the answer should stand next to. */
  roleGroups: ReadonlySet<number>;
  /** Score relative to the best hit (0..1], rank among hits (0 = best), and coverage. */
  relScore: number;
  rank: number;
  coverage: number;
  /** Character ranges of quoted speech in the sentence. */
  quotes: readonly [number, number][];
  /** Speakers attributed in this sentence (folded). */
  speakers: readonly string[];
  /** The sentence's chunks, to tell the subject and object of a matched verb. */
  syntax: SentenceSyntax;
}

/** What the question wants. */
export interface Wanted {
  kind: AnswerKind;
  /** Prepositions the question puts before its gap ("di mana" → di; "on which day" → on). */
  prepositions: ReadonlySet<string>;
  /** The previous turn's answer, folded, when the question follows up on it ("and the rest?"). */
  previous: string | null;
  /** The question asks about a statement ("where did Rutte say it", "di mana dia ngomong"). */
  aboutSpeech: boolean;
  /** The question asks for a source ("which newspaper is quoted", "menurut siapa", "datanya dari mana"). */
  asksSource: boolean;
  /** The question asks about the report itself ("when was it reported", "kapan dilansir"), not the event. */
  asksReport: boolean;
}

const BREAK = /[,;:()“”"—–]|\s-\s/;
// A place noun or article may stand between the preposition and the name.
const PLACE_WORDS: ReadonlySet<string> = new Set([...bothLanguages('placeNouns'), 'the']);
const SOURCE_BEFORE = /(?:dilansir(?:\s+dari)?|dikutip\s+dari|mengutip|menurut|berdasarkan|according\s+to|citing|reported\s+by|quoted\s+by)\s+(?:the\s+)?$/iu;
// A reporting verb, its speaker (one to four capitalized words or a pronoun), then a preposition.
const REPORT_BEFORE = /(?:kata|ujar|ucap|tutur|jelas|terang|ungkap|tegas|imbuh|tambah|pungkas|said|says|told|added)(?:nya)?\s+(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|dia|ia|he|she)?,?\s*(?:\p{L}+\s+){0,2}(?:di|in|at|pada|on|saat|ketika|when|usai|after)\s+(?:\p{L}+\s+)?$/u;
const CITED_BEFORE = /(?:dilansir|dikutip|mengutip|dilaporkan|melaporkan|diakses|diunggah|reported|quoted|cited|accessed|according\s+to)\b[^.]{0,50}$/iu;
const log1 = (x: number): number => Math.log2(1 + x);

function isPredicate(ev: SentenceEvidence, g: number): boolean {
  const group = ev.groups[g];
  return g >= 0 && group !== undefined && !group.isName && !ev.headGroups.has(g);
}

/** Token distance from a candidate to the nearest token matching a group that passes `keep`. */
function nearest(ev: SentenceEvidence, c: Candidate, keep: (g: number) => boolean): { distance: number; at: number } {
  let distance = Infinity;
  let at = -1;
  ev.matched.forEach((g, i) => {
    if (g < 0 || !keep(g) || (i >= c.first && i <= c.last)) return;
    const d = i < c.first ? c.first - i : i - c.last;
    if (d < distance) {
      distance = d;
      at = i;
    }
  });
  return { distance, at };
}

function gapBreaks(ev: SentenceEvidence, a: number, b: number): boolean {
  const from = ev.tokens[Math.min(a, b)];
  const to = ev.tokens[Math.max(a, b)];
  return !from || !to || BREAK.test(ev.text.slice(from.end, to.start));
}

/** The feature vector of one candidate. `seen` counts how many top sentences hold the same text. */
export function featuresOf(c: Candidate, ev: SentenceEvidence, wanted: Wanted, firstOfKind: boolean, knownPerson: boolean, seen: number): Features {
  const fit = fitOf(wanted.kind, c.kind, c.text);
  let inside = 0;
  let repeated = 0;
  let content = 0;
  for (let i = c.first; i <= c.last; i += 1) {
    const g = ev.matched[i] ?? -1;
    if (ev.headGroups.has(g)) inside = 1;
    if (g >= 0 && !ev.headGroups.has(g)) repeated += 1;
    content += 1;
  }
  if (c.unit) for (let i = c.unit[0]; i <= c.unit[1]; i += 1) if (ev.headGroups.has(ev.matched[i] ?? -1)) inside = 1;
  // "Berapa gol …?" over "9 gol dan 11 assist": a count of something other than the asked noun.
  const unitOther = c.unit && ev.headGroups.size && !inside ? 1 : 0;
  let headBefore = 0;
  for (let i = Math.max(0, c.first - 5); i < c.first; i += 1) if (ev.headGroups.has(ev.matched[i] ?? -1) && !gapBreaks(ev, i, c.first)) headBefore = 1;
  // "perusahaan migas Malaysia, Petronas, …" / "Hezb-ul Mujahedeen, kelompok militan Kashmir …": the
  // asked noun in apposition, across the comma that headBefore stops at.
  let headAppositive = 0;
  for (let i = Math.max(0, c.first - 4); i <= Math.min(ev.matched.length - 1, c.last + 4); i += 1) {
    if ((i < c.first || i > c.last) && ev.headGroups.has(ev.matched[i] ?? -1)) headAppositive = 1;
  }
  const predicate = nearest(ev, c, (g) => isPredicate(ev, g));
  const any = nearest(ev, c, () => true);
  const distP = Number.isFinite(predicate.distance) ? log1(predicate.distance) : 5;
  const distA = Number.isFinite(any.distance) ? log1(any.distance) : 5;
  const anchor = predicate.at >= 0 ? predicate.at : any.at;
  const sameClause = anchor >= 0 && !gapBreaks(ev, anchor, anchor < c.first ? c.first : c.last) ? 1 : 0;
  const before = anchor >= 0 && c.last < anchor ? 1 : 0;
  const after = anchor >= 0 && c.first > anchor ? 1 : 0;
  // Share of the question's weight matched within six tokens of the candidate.
  const total = ev.weights.reduce((a, b) => a + b, 0) || 1;
  const near = new Set<number>();
  for (let i = Math.max(0, c.first - 6); i <= Math.min(ev.matched.length - 1, c.last + 6); i += 1) {
    const g = ev.matched[i] ?? -1;
    if (g >= 0 && (i < c.first || i > c.last)) near.add(g);
  }
  const density = [...near].reduce((s, g) => s + (ev.weights[g] ?? 0), 0) / total;
  // Question weight matched right against the candidate on each side (three tokens): a question is
  // often the sentence with the answer taken out, so the words on either side of the gap recur.
  const sideShare = (from: number, to: number): number => {
    const groups = new Set<number>();
    for (let i = Math.max(0, from); i <= Math.min(ev.matched.length - 1, to); i += 1) if ((ev.matched[i] ?? -1) >= 0) groups.add(ev.matched[i] ?? -1);
    return [...groups].reduce((s, g) => s + (ev.weights[g] ?? 0), 0) / total;
  };
  const leftMatch = sideShare(c.first - 3, c.first - 1);
  const rightMatch = sideShare(c.last + 1, c.last + 3);
  let roleNear = 0;
  if (ev.roleGroups.size) {
    for (let i = Math.max(0, c.first - 8); i <= Math.min(ev.matched.length - 1, c.last + 3); i += 1) if (ev.roleGroups.has(ev.matched[i] ?? -1)) roleNear = 1;
  }
  // The preposition before the candidate, past one place word: "di wilayah Kursk", "in the city of".
  const before1 = ev.tokens[c.first - 1];
  const before2 = ev.tokens[c.first - 2];
  const prepFit = (before1 && wanted.prepositions.has(before1.folded) && !gapBreaks(ev, c.first - 1, c.first))
    || (before1 && before2 && PLACE_WORDS.has(before1.folded) && wanted.prepositions.has(before2.folded) && !gapBreaks(ev, c.first - 2, c.first)) ? 1 : 0;
  // "dilansir dari The Straits Times", "menurut BMKG", "according to NEA": the source of a report.
  const lead = ev.text.slice(Math.max(0, c.start - 30), Math.max(0, c.start));
  const afterSource = SOURCE_BEFORE.test(lead) ? 1 : 0;
  // "ujar Tjahjo di Gedung Parlemen", "kata Idah di Cibinong, Senin (6/1/2025)": where and when a
  // statement was made stand right after the reporting verb and its speaker.
  const afterReport = REPORT_BEFORE.test(ev.text.slice(Math.max(0, c.start - 60), Math.max(0, c.start))) ? 1 : 0;
  // "seperti dilansir dari The Straits Times, Kamis 5 Desember 2024": the date of the source, not of the event.
  const citedDate = c.kind === 'date' && CITED_BEFORE.test(ev.text.slice(Math.max(0, c.start - 60), Math.max(0, c.start))) ? 1 : 0;
  const inQuote = ev.quotes.some(([s, e]) => c.start >= s && c.end <= e) ? 1 : 0;
  // Each matched question word pulls with its weight, less with distance: exp(−d/4).
  let proximity = 0;
  let proximityPredicate = 0;
  let predicateTotal = 0;
  const closest = new Map<number, number>();
  ev.matched.forEach((g, i) => {
    if (g < 0 || (i >= c.first && i <= c.last)) return;
    const d = i < c.first ? c.first - i : i - c.last;
    if (d < (closest.get(g) ?? Infinity)) closest.set(g, d);
  });
  ev.groups.forEach((_, g) => {
    const w = ev.weights[g] ?? 0;
    const pull = closest.has(g) ? w * Math.exp(-(closest.get(g) ?? 0) / 4) : 0;
    proximity += pull;
    if (isPredicate(ev, g)) {
      predicateTotal += w;
      proximityPredicate += pull;
    }
  });
  // Share of the question's weight matched inside the candidate's clause (between punctuation).
  let from = c.first;
  while (from > 0 && !gapBreaks(ev, from - 1, from)) from -= 1;
  let to = c.last;
  while (to + 1 < ev.tokens.length && !gapBreaks(ev, to, to + 1)) to += 1;
  const inClause = new Set<number>();
  for (let i = from; i <= to; i += 1) if ((ev.matched[i] ?? -1) >= 0 && (i < c.first || i > c.last)) inClause.add(ev.matched[i] ?? -1);
  const clauseMatch = [...inClause].reduce((sum, g) => sum + (ev.weights[g] ?? 0), 0) / total;
  const role = c.first < ev.tokens.length ? roleOf(ev.syntax, c.first, Math.min(c.last, ev.tokens.length - 1), (i) => isPredicate(ev, ev.matched[i] ?? -1)) : { subject: false, object: false, nounPhrase: false };
  const folded = c.text.toLowerCase();
  const family = familyOf(wanted.kind);
  const byFamily = (f: string, v: number): number => (family === f ? v : 0);
  return {
    bias: 1,
    kindExact: fit === 'exact' ? 1 : 0,
    kindNear: fit === 'near' ? 1 : 0,
    headInside: inside,
    headBefore,
    repeat: content ? repeated / content : 0,
    allRepeat: content && repeated === content ? 1 : 0,
    distPredicate: distP,
    distAny: distA,
    noMatchNear: Number.isFinite(any.distance) && any.distance <= 8 ? 0 : 1,
    sameClause,
    density,
    sentScore: ev.relScore,
    sentTop: ev.rank === 0 ? 1 : 0,
    sentRank: log1(ev.rank),
    coverage: ev.coverage,
    knownPerson: knownPerson ? 1 : 0,
    inQuote,
    firstOfKind: firstOfKind ? 1 : 0,
    length: log1(c.last - c.first + 1),
    redundancy: log1(Math.max(0, seen - 1)),
    paren: c.paren ? 1 : 0,
    roleNear,
    prepFit,
    motion: c.motion ? 1 : 0,
    speaker: ev.speakers.some((s) => s.includes(folded) || folded.includes(s)) ? 1 : 0,
    dateline: c.dateline ? 1 : 0,
    nextSentence: c.nextSentence ? 1 : 0,
    // "Senin (6/1/2025)" says more than "hari ini"; "27 titik" more than "tujuh".
    hasDigit: /\d/.test(c.text) ? 1 : 0,
    entityBefore: byFamily('entity', before),
    entityAfter: byFamily('entity', after),
    placeBefore: byFamily('place', before),
    placeAfter: byFamily('place', after),
    timeBefore: byFamily('time', before),
    timeAfter: byFamily('time', after),
    amountBefore: byFamily('amount', before),
    amountAfter: byFamily('amount', after),
    amountDist: byFamily('amount', distP),
    entityDist: byFamily('entity', distP),
    timeDist: byFamily('time', distP),
    placeDist: byFamily('place', distP),
    proximity: proximity / total,
    proximityPredicate: predicateTotal ? proximityPredicate / predicateTotal : 0,
    clauseMatch,
    exactAmount: byFamily('amount', fit === 'exact' ? 1 : 0),
    exactEntity: byFamily('entity', fit === 'exact' ? 1 : 0),
    exactTime: byFamily('time', fit === 'exact' ? 1 : 0),
    exactPlace: byFamily('place', fit === 'exact' ? 1 : 0),
    // "and the rest?", "kalau ABK-nya?": a follow-up that asks again wants another answer.
    repeatsPrevious: wanted.previous && (wanted.previous.includes(folded) || folded.includes(wanted.previous)) ? 1 : 0,
    subjectOfVerb: role.subject ? 1 : 0,
    objectOfVerb: role.object ? 1 : 0,
    nounPhrase: role.nounPhrase ? 1 : 0,
    entitySubject: byFamily('entity', role.subject ? 1 : 0),
    entityObject: byFamily('entity', role.object ? 1 : 0),
    citedDate,
    unitOther,
    afterSource,
    afterReport: wanted.aboutSpeech ? afterReport : 0,
    datelineSpeech: c.dateline && wanted.aboutSpeech ? 1 : 0,
    sourceAsked: wanted.asksSource ? afterSource : 0,
    // The source's date answers "when was it reported", not "when did he say it": kept apart so
    // the fitted weights can tell the two.
    citedDateAsked: wanted.asksReport || wanted.asksSource ? citedDate : 0,
    // … and "when did he say it" asks when the statement was made, which the source's date may not be.
    citedDateSpeech: wanted.aboutSpeech && !wanted.asksReport && !wanted.asksSource ? citedDate : 0,
    datelineRest: c.datelineRest ? 1 : 0,
    headAppositive,
    leftMatch,
    rightMatch,
  };
}
