/**
 * Person titles around names: "Presiden Joko Widodo", "Sekretaris Jenderal NATO, Mark Rutte",
 * "NATO Secretary General Mark Rutte", "juru bicara Kemlu Budi".
 */
import { TITLES, TITLE_COMPLEMENTS } from './lexicon.ts';
import { isAcronym, isOrganization, isPlace, mayBeOrganization, mayBePlace } from './names.ts';
import { isPossessive, type Token } from './tokens.ts';

/** Every word that occurs in a title ("sekretaris", "jenderal", "juru", "bicara"). */
const TITLE_WORDS = new Set([...TITLES].flatMap((t) => t.split(/[\s-]+/u)));
/** First words of the titles: a token that is none of these starts no title, whatever follows. */
const TITLE_STARTS = new Set([...TITLES].map((t) => t.split(' ')[0] ?? ''));

/** The token's lowercase form without a possessive "'s". */
const bare = (t: Token): string => (isPossessive(t.lower) ? t.lower.slice(0, -2) : t.lower);

/** Number of tokens of the longest title starting at token `i` (0 when none). */
export function titleLength(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first) return 0;
  const a = bare(first);
  if (!TITLE_STARTS.has(a)) return 0;
  const second = tokens[i + 1];
  if (second) {
    const ab = `${a} ${bare(second)}`;
    const third = tokens[i + 2];
    if (third && TITLES.has(`${ab} ${bare(third)}`)) return 3;
    if (TITLES.has(ab)) return 2;
  }
  return TITLES.has(a) ? 1 : 0;
}

/** A word that may sit inside a title phrase next to the title word: "NATO", "Luar Negeri", "Rusia". */
export function titleFiller(t: Token): boolean {
  const w = bare(t);
  if (TITLE_COMPLEMENTS.has(w) || TITLE_WORDS.has(w)) return true;
  const surface = isPossessive(t.text) ? t.text.slice(0, -2) : t.text;
  return isAcronym(surface) || (mayBePlace(t) && isPlace(surface)) || (mayBeOrganization(t) && isOrganization(surface));
}

/** Number of tokens (2 or 3) from `i` that name a place or an organization together, else 0. */
function phraseLength(text: string, tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first) return 0;
  for (let k = Math.min(3, tokens.length - i); k >= 2; k -= 1) {
    const span = tokens.slice(i, i + k);
    const place = span.some(mayBePlace);
    const org = span.some(mayBeOrganization);
    if (!place && !org) continue;
    const phrase = text.slice(first.start, (span[span.length - 1] as Token).end);
    if ((place && isPlace(phrase)) || (org && isOrganization(phrase))) return k;
  }
  return 0;
}

/**
 * Split a capitalized run into a leading title and the name after it: "Presiden Joko Widodo" →
 * title "Presiden", name from token 1. Without a title word, the whole run is the name.
 */
export function splitTitle(text: string, tokens: readonly Token[]): { title: string | null; nameFrom: number } {
  let i = 0;
  let lastTitleEnd = -1;
  while (i < tokens.length) {
    const k = titleLength(tokens, i);
    if (k > 0) {
      i += k;
      lastTitleEnd = i;
      continue;
    }
    // A place or organization of several words first: "Gubernur Jawa Tengah Hartono Wibisono".
    const phrase = lastTitleEnd >= 0 ? phraseLength(text, tokens, i) : 0;
    const t = tokens[i];
    if (phrase > 0) i += phrase;
    else if (t && titleFiller(t)) i += 1;
    else break;
  }
  if (lastTitleEnd < 0) {
    // No title word, but "State" in "Secretary of State Marco Rubio" still is not part of the name.
    let n = 0;
    while (n < tokens.length && TITLE_COMPLEMENTS.has(bare(tokens[n] as Token))) n += 1;
    return { title: null, nameFrom: n };
  }
  const first = tokens[0];
  const last = tokens[i - 1];
  return { title: first && last ? text.slice(first.start, last.end) : null, nameFrom: i };
}

/** Whether a word is (part of) a title, e.g. to recognise "ujar Presiden" as a title-only reference. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase());
}

/** isTitleWord(t.text), from the token's lowercase form. */
export function isTitleToken(t: Token): boolean {
  return TITLE_WORDS.has(t.lower);
}

/** A title inside an appositive phrase ("NATO's secretary general", "seorang pedagang beras"), or null. */
export function appositiveTitle(phrase: string, tokens: readonly Token[]): string | null {
  const limit = Math.min(tokens.length, 5);
  for (let i = 0; i < limit; i += 1) {
    if (titleLength(tokens, i) === 0) continue;
    let start = i;
    while (start > 0 && tokens[start - 1] && titleFiller(tokens[start - 1] as Token)) start -= 1;
    const first = tokens[start];
    // "pengemudi bus yang sudah bekerja 12 tahun": the relative clause describes, it is not the title.
    return first ? phrase.slice(first.start).replace(/\s+(?:yang|who|which|that)\s[\s\S]*$/u, '').trim() : null;
  }
  return null;
}
