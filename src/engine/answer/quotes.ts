/**
 * "Who said …" and "What did X say …" from the attributed quotes found at ingestion: a quote is
 * scored by how much of the question it covers, so the speaker of the best-matching statement
 * answers "who said", and the best quote of the named speaker answers "what did X say".
 */
import type { Article, Quote } from '../types.ts';
import { fold, tokenize } from '../text/tokens.ts';
import { citationOf, type AnswerContext, type Extraction } from './context.ts';
import { matchTokens } from './match.ts';

interface QuoteHit {
  quote: Quote;
  article: Article;
  covered: number;
}

function speakerMatches(article: Article, speaker: string, wanted: string): boolean {
  const w = fold(wanted);
  const person = article.people.find((p) => p.name === speaker);
  const names = [speaker, ...(person?.aliases ?? [])].map(fold);
  return names.some((n) => n === w || n.split(/\s+/).includes(w) || w.split(/\s+/).includes(n));
}

function scoreQuotes(ctx: AnswerContext, groupIndexes: readonly number[]): QuoteHit[] {
  const total = groupIndexes.reduce((s, gi) => s + (ctx.ranking.weights[gi] ?? 0), 0) || 1;
  const out: QuoteHit[] = [];
  for (const id of ctx.scope) {
    const article = ctx.corpus.article(id);
    if (!article) continue;
    for (const quote of article.quotes) {
      const sentence = article.paragraphs[quote.paragraph - 1]?.sentences[quote.sentence]?.text ?? quote.text;
      const matched = new Set(matchTokens(tokenize(`${quote.text} ${sentence}`), ctx.groups));
      const covered = groupIndexes.reduce((s, gi) => s + (matched.has(gi) ? (ctx.ranking.weights[gi] ?? 0) : 0), 0) / total;
      out.push({ quote, article, covered });
    }
  }
  return out.sort((a, b) => b.covered - a.covered || a.quote.paragraph - b.quote.paragraph);
}

function citeQuote(q: QuoteHit, score: number) {
  const paragraph = q.article.paragraphs[q.quote.paragraph - 1];
  const text = paragraph?.sentences[q.quote.sentence]?.text ?? q.quote.text;
  return paragraph ? citationOf({ article: q.article, paragraph, text }, score) : null;
}

/** The speaker of the quote that best covers the question, or null. */
export function whoSaid(ctx: AnswerContext, minCoverage: number): Extraction | null {
  const hits = scoreQuotes(ctx, ctx.groups.map((_, i) => i));
  const best = hits[0];
  if (!best || best.covered < minCoverage) return null;
  const citations = hits.filter((h) => h.quote.speaker === best.quote.speaker && h.covered >= best.covered * 0.8)
    .slice(0, 3).map((h) => citeQuote(h, h.covered)).filter((c) => c !== null);
  return { answer: best.quote.speaker, citations, confidence: best.covered, focus: [best.quote.speaker] };
}

/** The named (or conversation's) speaker's quote that best covers the rest of the question. */
const directFirst = (h: QuoteHit): number => (h.quote.kind === 'direct' ? 0 : 1);

export function whatSaid(ctx: AnswerContext): Extraction | null {
  const nameGroups = ctx.groups.map((g, i) => (g.isName ? i : -1)).filter((i) => i >= 0);
  const wanted = [...nameGroups.map((i) => ctx.groups[i]?.label ?? ''), ...ctx.focus].filter(Boolean);
  const rest = ctx.groups.map((_, i) => i).filter((i) => !nameGroups.includes(i));
  const hits = scoreQuotes(ctx, rest.length ? rest : ctx.groups.map((_, i) => i))
    .filter((h) => wanted.some((w) => speakerMatches(h.article, h.quote.speaker, w)))
    // Of statements that answer the question as well, their own words (a direct quote) first.
    .sort((a, b) => b.covered - a.covered || directFirst(a) - directFirst(b) || a.quote.paragraph - b.quote.paragraph);
  const best = hits[0];
  if (!best) return null;
  const citation = citeQuote(best, best.covered);
  return {
    answer: best.quote.text,
    citations: citation ? [citation] : [],
    confidence: 0.5 + 0.5 * best.covered,
    focus: [best.quote.speaker],
  };
}
