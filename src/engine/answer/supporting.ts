/**
 * Citations that support the answer, and only those. The first citation is where the answer was
 * read; a further one must cover at least half the question's weight and contain the answer (a
 * person's surname will do) or — from the same article — a span of the kind asked for (a date for
 * "when", a number for "how many"). So "and when did he say it?" cites no paragraph without a date, and a
 * question about garlic prices over two articles does not cite the article about eggs.
 *
 * The same test picks the answer's `related` paragraphs ("More"): the next relevant paragraphs,
 * not merely the next ranked ones.
 */
import type { SentenceHit } from '../retrieval/rank.ts';
import { tokenize } from '../text/tokens.ts';
import type { Citation } from '../types.ts';
import type { AnswerContext, Extraction } from './context.ts';
import { matchTokens } from './match.ts';

/** Least share of the question's weight a further citation must cover. */
const MIN_SHARE = 0.5;
/** Ranked sentences looked at for related paragraphs. */
const RELATED_HITS = 60;

const DATE_KINDS: ReadonlySet<string> = new Set(['date', 'time']);
const NUMBER_KINDS: ReadonlySet<string> = new Set(['number', 'count', 'money', 'percent', 'duration', 'age', 'ordinal']);
const PERSON_KINDS: ReadonlySet<string> = new Set(['person', 'speaker']);

/** Folded words joined by single spaces: "Senin, 2 Desember" → "senin 2 desember". */
const words = (text: string): string => tokenize(text).map((t) => t.folded).join(' ');

/** A sentence of the corpus, enough to judge it. */
interface Candidate {
  article: string;
  paragraph: number;
  excerpt: string;
}

/** Whether `text` contains the answer; for a person, their surname is enough ("ujar Rutte" for "Mark Rutte"). */
function containsAnswer(text: string, answer: string, kind: string): boolean {
  const hay = ` ${words(text)} `;
  const needle = words(answer);
  if (needle !== '' && hay.includes(` ${needle} `)) return true;
  if (!PERSON_KINDS.has(kind)) return false;
  const parts = tokenize(answer).filter((t) => /^\p{Lu}/u.test(t.text) && t.folded.length >= 4);
  const surname = parts.at(-1)?.folded;
  return surname !== undefined && hay.includes(` ${surname} `);
}

/** Whether the sentence holds a span of the wanted kind at all (a date for "when"). */
function fitsKind(ctx: AnswerContext, c: Candidate): boolean {
  const kind = ctx.analysis.kind;
  if (PERSON_KINDS.has(kind)) return false;
  if (NUMBER_KINDS.has(kind)) return /\p{N}/u.test(c.excerpt);
  if (!DATE_KINDS.has(kind)) return true;
  const paragraph = ctx.corpus.article(c.article)?.paragraphs.find((p) => p.number === c.paragraph);
  if (paragraph === undefined) return false;
  const from = paragraph.text.indexOf(c.excerpt);
  if (from < 0) return paragraph.dates.length > 0;
  return paragraph.dates.some((d) => d.start >= from && d.start < from + c.excerpt.length);
}

/** Share of the question's weight (head words aside) the text matches. */
function share(ctx: AnswerContext, text: string): number {
  const counted = ctx.groups.map((g, i) => (g.isHead ? -1 : i)).filter((i) => i >= 0);
  if (counted.length === 0) return 1;
  const matched = new Set(matchTokens(tokenize(text), ctx.groups));
  let total = 0;
  let covered = 0;
  for (const i of counted) {
    const w = ctx.ranking.weights[i] ?? 1;
    total += w;
    if (matched.has(i)) covered += w;
  }
  return total > 0 ? covered / total : 1;
}

function supports(ctx: AnswerContext, first: Citation, answer: string, c: Candidate): boolean {
  if (share(ctx, c.excerpt) < MIN_SHARE) return false;
  if (containsAnswer(c.excerpt, answer, ctx.analysis.kind)) return true;
  return c.article === first.article && fitsKind(ctx, c);
}

/** The extraction's citations that support its answer (the first always does: the answer is read there). */
export function supportingCitations(ctx: AnswerContext, extraction: Extraction): Citation[] {
  const [first, ...rest] = extraction.citations;
  if (first === undefined || ctx.analysis.meta) return extraction.citations;
  return [first, ...rest.filter((c) => supports(ctx, first, extraction.answer, c))];
}

/** The ranked sentences that support the answer, best first: where the answer's related paragraphs come from. */
export function supportingHits(ctx: AnswerContext, extraction: Extraction): SentenceHit[] {
  const first = extraction.citations[0];
  if (first === undefined || ctx.analysis.meta) return ctx.ranking.hits;
  const out: SentenceHit[] = [];
  for (const hit of ctx.ranking.hits.slice(0, RELATED_HITS)) {
    const sentence = ctx.corpus.article(hit.doc.article)?.paragraphs[hit.doc.paragraph - 1]?.sentences[hit.doc.sentence];
    if (sentence === undefined) continue;
    if (supports(ctx, first, extraction.answer, { article: hit.doc.article, paragraph: hit.doc.paragraph, excerpt: sentence.text })) out.push(hit);
  }
  return out;
}

