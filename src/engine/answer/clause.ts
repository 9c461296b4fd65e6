/**
 * Clause-shaped answers for "what did X do/give" and "how" questions: the object after the
 * question's verb, or the clause holding the matches (reasons: reasons.ts).
 *
 * Example: "What did Russia provide to North Korea?" over
 *   "…Rusia memberikan dukungan terhadap program rudal dan nuklir Korea Utara sebagai imbalan…"
 *   matched: Rusia(russia) memberikan(provide) Korea Utara(north korea)
 *   object after "memberikan", up to the boundary "sebagai" →
 *   "dukungan terhadap program rudal dan nuklir Korea Utara".
 */
import { bothLanguages } from '../language/index.ts';
import type { Token } from '../text/tokens.ts';

const BOUNDARY = bothLanguages('clauseBoundaries');
const MAX_TOKENS = 16;

function punctuationBreak(text: string, a: Token, b: Token): boolean {
  return /[,;:.!?()“”"]/.test(text.slice(a.end, b.start));
}

/** Tokens after `from` up to a boundary word or punctuation, as [first, last], or null. */
export function objectAfter(text: string, tokens: readonly Token[], from: number, matched: readonly number[]): [number, number] | null {
  const first = from + 1;
  const start = tokens[first];
  const prev = tokens[from];
  if (!start || !prev || punctuationBreak(text, prev, start)) return null;
  let last = first;
  // "and" joins objects ("rudal dan nuklir") when the next word is not a new clause.
  while (last + 1 < tokens.length && last - first < MAX_TOKENS) {
    const next = tokens[last + 1];
    const cur = tokens[last];
    if (!next || !cur || punctuationBreak(text, cur, next)) break;
    if (BOUNDARY.has(next.folded) && !((next.folded === 'dan' || next.folded === 'and') && matched[last + 2] === -1 && !BOUNDARY.has(tokens[last + 2]?.folded ?? ''))) break;
    last += 1;
  }
  return [first, last];
}

/** The comma-bounded clause around a token, as [first, last]. */
export function clauseAround(text: string, tokens: readonly Token[], at: number): [number, number] {
  let first = at;
  while (first > 0) {
    const prev = tokens[first - 1];
    const cur = tokens[first];
    if (!prev || !cur || punctuationBreak(text, prev, cur) || ['sementara', 'namun', 'tetapi', 'while', 'but'].includes(cur.folded)) break;
    first -= 1;
  }
  let last = at;
  while (last + 1 < tokens.length) {
    const cur = tokens[last];
    const next = tokens[last + 1];
    if (!cur || !next || punctuationBreak(text, cur, next) || ['sementara', 'namun', 'tetapi', 'while', 'but'].includes(next.folded)) break;
    last += 1;
  }
  return [first, last];
}
