/** Clause answers for what / how / why / yes-no questions (see clause.ts for the mechanics). */
import type { AnswerKind } from '../question/classify.ts';
import { citationOf, resolveHits, type AnswerContext, type Extraction } from './context.ts';
import { clauseAround, objectAfter } from './clause.ts';
import { findReasons } from './reasons.ts';
import { matchTokens } from './match.ts';
import { findSpans } from './spans.ts';

/** Extract a clause from the best sentence; falls back to the clause around the matches. */
export function extractClause(ctx: AnswerContext, kind: AnswerKind): Extraction | null {
  const [best, ...others] = resolveHits(ctx, 4);
  if (!best) return null;
  const cite = [best, ...others].slice(0, 3).map((h) => citationOf(h, h.hit.score));
  const base = { citations: cite, confidence: Math.min(1, best.hit.coverage), focus: [] as string[] };
  const reasonIn = (text: string): string | null => {
    const r = findReasons(text)[0];
    return r ? text.slice(r.start, r.end) : null;
  };
  if (kind === 'reason') {
    for (const h of [best, ...others.slice(0, 1)]) {
      const reason = reasonIn(h.text);
      if (reason) return { ...base, answer: reason, citations: [citationOf(h, h.hit.score), ...cite.filter((c) => c.excerpt !== h.text)] };
      // The reason often opens the next sentence: "… darurat. Hal ini karena …".
      const next = h.paragraph.sentences.find((s) => s.start > h.offset);
      const nextReason = next ? reasonIn(next.text) : null;
      if (next && nextReason) return { ...base, answer: nextReason, citations: [citationOf({ ...h, text: next.text }, h.hit.score), ...cite] };
    }
  }
  const { tokens } = findSpans(best.text, { properWords: ctx.corpus.properWords(best.article.id) });
  const matched = matchTokens(tokens, ctx.groups);
  const isNameGroup = (g: number) => g >= 0 && (ctx.groups[g]?.isName ?? false);
  // The object of the question's verb: after the last matched non-name word with unmatched words after it.
  if (kind === 'clause' && ctx.analysis.type !== 'yes-no' && ctx.analysis.type !== 'how') {
    // The question's own verb comes first among its words ("Apakah yang ditandatangani …",
    // "What did Russia provide …"): try its matches first, then the other words'.
    const anchors = matched
      .map((g, i) => ({ g, i }))
      .filter(({ g }) => g >= 0 && !isNameGroup(g) && !(ctx.groups[g]?.isHead ?? false))
      .sort((a, b) => a.g - b.g || b.i - a.i);
    for (const { i } of anchors) {
      const span = objectAfter(best.text, tokens, i, matched);
      if (!span) continue;
      const [first, last] = span;
      const unmatched = matched.slice(first, last + 1).filter((x) => x === -1).length;
      if (unmatched === 0) continue;
      const a = tokens[first];
      const b = tokens[last];
      if (a && b) return { ...base, answer: best.text.slice(a.start, b.end) };
    }
  }
  const anchor = matched.findIndex((g) => g >= 0 && !isNameGroup(g));
  const at = anchor >= 0 ? anchor : Math.max(0, matched.findIndex((g) => g >= 0));
  const [first, last] = clauseAround(best.text, tokens, at);
  const a = tokens[first];
  const b = tokens[last];
  if (!a || !b) return { ...base, answer: best.text };
  return { ...base, answer: best.text.slice(a.start, b.end) };
}
