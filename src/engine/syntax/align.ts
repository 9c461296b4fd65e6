/**
 * Carries another tokenizer's tags over to the engine's tokens by character offsets. The engine's
 * tokens are words only ("Russia's" → "Russia", "9:44" → "9", "44"); another tagger also tags
 * punctuation and splits clitics ("did" + "n't"), so one of our tokens can overlap one, several
 * or part of one of its tokens.
 */
import type { Upos, TaggableToken } from './upos.ts';

/** A foreign token: its tag and its character range in the same text. */
export interface TaggedSpan {
  readonly start: number;
  readonly end: number;
  readonly tag: Upos;
}

/**
 * For each token, the tag of the foreign tokens it overlaps: NUM if one of them is a number
 * ("Rp12,5" over "Rp" + "12,5"), else the first that is not punctuation, else X.
 * Both lists must be in text order.
 */
export function alignTags(tokens: readonly TaggableToken[], spans: readonly TaggedSpan[]): Upos[] {
  const out: Upos[] = [];
  let from = 0;
  for (const token of tokens) {
    while (from < spans.length && (spans[from] as TaggedSpan).end <= token.start) from += 1;
    let first: Upos | undefined;
    let number = false;
    for (let k = from; k < spans.length; k++) {
      const span = spans[k] as TaggedSpan;
      if (span.start >= token.end) break;
      if (span.tag === 'NUM') number = true;
      if (first === undefined && span.tag !== 'PUNCT' && span.tag !== 'SYM') first = span.tag;
    }
    out.push(number ? 'NUM' : (first ?? 'X'));
  }
  return out;
}

/**
 * Offsets of tokens whose values are substrings of `text` in order (leading spaces skipped);
 * a value not found near the cursor is given an empty range there instead of failing.
 */
export function locate(text: string, values: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const value of values) {
    const at = text.indexOf(value, cursor);
    if (at < 0 || /\S/.test(text.slice(cursor, at))) {
      out.push({ start: cursor, end: cursor });
      continue;
    }
    out.push({ start: at, end: at + value.length });
    cursor = at + value.length;
  }
  return out;
}
