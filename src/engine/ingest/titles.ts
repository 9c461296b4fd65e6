/**
 * Person titles around names: "Presiden Joko Widodo", "Sekretaris Jenderal NATO, Mark Rutte",
 * "NATO Secretary General Mark Rutte", "juru bicara Kemlu Budi".
 */
import { S, classOf } from './chars.ts';
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
function titleFiller(t: Token): boolean {
  const w = bare(t);
  if (TITLE_COMPLEMENTS.has(w) || TITLE_WORDS.has(w)) return true;
  const surface = isPossessive(t.text) ? t.text.slice(0, -2) : t.text;
  return isAcronym(surface) || (mayBePlace(t) && isPlace(surface)) || (mayBeOrganization(t) && isOrganization(surface));
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
    const t = tokens[i];
    if (t && titleFiller(t)) i += 1;
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

/**
 * The title phrase right before token `idx`, separated by a space or by ", " (appositive). With a
 * comma the phrase must open its clause ("Brussels: Sekretaris Jenderal NATO, Mark Rutte"), so that
 * "pertemuan para menteri luar negeri NATO, Mark Rutte" does not make Rutte a minister.
 */
export function titleBefore(text: string, tokens: readonly Token[], idx: number): string | null {
  const name = tokens[idx];
  const prev = tokens[idx - 1];
  if (!name || !prev) return null;
  // The gap is one space, or a comma and one whitespace character (", ").
  const gap = name.start - prev.end;
  const comma = gap === 2 && text.charCodeAt(prev.end) === 44 && (classOf(text.charCodeAt(prev.end + 1)) & S) !== 0;
  if (!(gap === 1 && text.charCodeAt(prev.end) === 32) && !comma) return null;
  let j = idx - 1;
  const collected: Token[] = [];
  while (j >= 0 && collected.length < 8) {
    const t = tokens[j];
    if (!t || !(titleFiller(t) || t.cap)) break;
    collected.unshift(t);
    const before = tokens[j - 1];
    if (!before || t.start - before.end !== 1 || text.charCodeAt(before.end) !== 32) break;
    j -= 1;
  }
  const f = collected.findIndex((_, n) => titleLength(collected, n) > 0);
  if (f < 0) return null;
  let start = f;
  while (start > 0 && collected[start - 1] && titleFiller(collected[start - 1] as Token)) start -= 1;
  const first = collected[start];
  const last = collected[collected.length - 1];
  if (!first || !last) return null;
  if (comma) {
    const lead = text.slice(0, first.start);
    if (!/(?:^|[:;,.(“"–—-])\s*$/u.test(lead)) return null;
  }
  return text.slice(first.start, last.end);
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
