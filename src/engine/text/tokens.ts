/** Word tokens with their offsets, and the folding that makes "Rusia", "RUSIA" and "rusiá" one key. */

export interface Token {
  /** Verbatim surface form. */
  text: string;
  /** Lowercased, diacritics removed. */
  folded: string;
  start: number;
  end: number;
}

// Letters and digits, with inner apostrophes/periods kept for "Rp12,5" style numbers handled below.
const WORD = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;

/** Lowercase and strip combining marks; keeps letters of every script. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Split text into word tokens (numbers keep their decimal separators: "1,82", "4.000"). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    let raw = m[0];
    // "Korea's" → "Korea": the possessive is grammar, not content.
    raw = raw.replace(/['’]s$/i, '');
    // Words joined by periods that are not numbers are sentence joins ("Rusia.Ia"): split them.
    // Amounts with a currency prefix stay whole: "Rp68.000", "US$3,5".
    if (/[.,]/.test(raw) && !/^(?:rp|us|usd|idr|rm|s)?\p{N}+(?:[.,]\p{N}+)*$/iu.test(raw)) {
      for (const part of raw.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
        const text = part[0].replace(/['’]s$/i, '');
        out.push({ text, folded: fold(text), start: start + part.index, end: start + part.index + text.length });
      }
      continue;
    }
    out.push({ text: raw, folded: fold(raw), start, end: start + raw.length });
  }
  return out;
}

/** True when the token is a number ("84", "4.000", "1,82"). */
export function isNumberToken(folded: string): boolean {
  return /^\p{N}+(?:[.,]\p{N}+)*$/u.test(folded);
}
