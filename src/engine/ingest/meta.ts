/**
 * Parsers for metadata lines: byline + date ("Fajar Nugraha • 5 December 2024 11:53"), credits
 * ("Reporter: X | Editor: Y", a closing "(Muhammad Reyhansyah)"), and the dateline that opens the
 * first paragraph ("Brussels:", "JAKARTA -", "KONTAN.CO.ID - JAKARTA.", "LONDON (Reuters) -").
 */
import { parseDateLine } from './dates.ts';
import { MONTHS } from './lexicon.ts';
import { isPlace } from './names.ts';
import { findDomain, isAllCaps, wordCount } from './text.ts';
import { isTitleWord } from './titles.ts';

/** A parsed byline/date line. */
export interface DateLineInfo {
  author: string | null;
  /** Verbatim date text. */
  published: string;
  publishedIso: string;
}

const LABEL_WORDS = /^(?:by|oleh|penulis|reporter|wartawan|jurnalis|pewarta|writer|editor|updated|published|diperbarui|diterbitkan|dipublikasikan|tim|redaksi|posted|last updated)$/iu;
const NAME = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|dan|&|bin|binti|van|de))*$/u;

const BYLINE_PARTS = /\s*[,|•·–—/;]\s*|\s+-\s*|-(?=\p{Lu})|\s+(?:pada|on|at)\s+/u;

/** The person's name inside a byline fragment ("Raka Dwi Novianto , Jurnalis-"), or null. */
export function authorFrom(fragment: string): string | null {
  const cleaned = fragment.replace(/^\s*(?:by|oleh|penulis|reporter|writer)\b\s*:?\s*/iu, '');
  for (const raw of cleaned.split(BYLINE_PARTS)) {
    const part = raw.trim().replace(/[-:]+$/u, '').trim();
    if (part.length < 3 || LABEL_WORDS.test(part) || !NAME.test(part)) continue;
    const n = wordCount(part);
    if (n >= 1 && n <= 6 && !(isAllCaps(part) && n === 1)) return part;
  }
  return null;
}

/** A byline/date line: the date names its year and little else is on the line. */
export function parseDateLineInfo(line: string): DateLineInfo | null {
  if (!/\d{4}|\d{1,2}[/-]\d{1,2}[/-]\d{2}/.test(line) || wordCount(line, 25) > 24) return null;
  const span = parseDateLine(line);
  if (!span) return null;
  const rest = line.slice(0, span.start) + ' ' + line.slice(span.end);
  if (wordCount(rest) > 9) return null;
  return { author: authorFrom(line.slice(0, span.start)), published: span.text, publishedIso: span.iso };
}

/** Credits of a credit line and the reporter among them: "Reporter: X | Editor: Y". */
export function parseCredits(line: string): { credits: string[]; author: string | null } {
  const inner = line.replace(/^\((.*)\)$/su, '$1');
  const credits = inner.split(/\s*[|;]\s*/u).map((c) => c.trim()).filter((c) => c.length > 0);
  let author: string | null = null;
  for (const c of credits) {
    const m = /^(?:reporter|wartawan|penulis|jurnalis|pewarta|writer|writing by|reporting by)\s*(?::|by)?\s*(.+)$/iu.exec(c);
    if (m && !author) author = authorFrom(m[1] ?? '');
  }
  return { credits, author };
}

/** "By Jane Doe", "Oleh: Budi Santoso", "By Jane Doe, Reuters" → the name. */
export function parseByline(line: string): string | null {
  return authorFrom(line.replace(/^(?:by|oleh)\s*:?\s*/iu, ''));
}

const TRAILING_CREDIT = /^([\s\S]*[.!?…]["”’]?)\s*(\((?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}|\p{L}{2,5}(?:\/\p{L}{2,5})+|\*)\))$/u;

/**
 * An editor credit closing a paragraph, "… pasukan Rusia. (Muhammad Reyhansyah)": the paragraph
 * without it, and the credit. Only after sentence-final punctuation, only name-like or initials.
 */
export function stripTrailingCredit(paragraph: string): { text: string; credit: string | null } {
  // The credit closes the paragraph: without a final ")" the (slow, backtracking) regex cannot match.
  if (!paragraph.endsWith(')')) return { text: paragraph, credit: null };
  const m = TRAILING_CREDIT.exec(paragraph);
  if (!m || m[1] === undefined || m[2] === undefined) return { text: paragraph, credit: null };
  return { text: m[1], credit: m[2] };
}

/** A dateline at the start of the first paragraph. */
export interface Dateline {
  /** Verbatim prefix, separator included: "KONTAN.CO.ID - JAKARTA.", "Brussels:". */
  text: string;
  place: string | null;
  outlet: string | null;
}

const COLON_DATELINE = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}):\s+(?=\S)/u;
const DASH_DATELINE = /^([^\n]{2,70}?)\s*(?:\s[-–—]{1,2}|[–—])\s+(?=\S)/u;
const isDatePart = (part: string): boolean => /\d/.test(part) || part.split(/\s+/u).some((w) => MONTHS.has(w.toLowerCase()));

const STARTS_UPPER = /^\p{Lu}/u;

/** A place-like dateline word: a known place, an all-caps word, or one or two capitalized words. */
function placeLike(part: string): boolean {
  if (!STARTS_UPPER.test(part) || part.split(/\s+/u).some((w) => isTitleWord(w) || !STARTS_UPPER.test(w))) return false;
  return isPlace(part) || isAllCaps(part) || wordCount(part) <= 2;
}

const DOTTED_CAPITALS = /^\p{Lu}+(?:\.\p{Lu}+)+$/u;
const CITY_AFTER_OUTLET = /^(\p{Lu}[\p{Lu} ]+)\.\s+(?=\S)/u;

/** Parse the dateline that opens a paragraph, if any. */
export function parseDateline(paragraph: string): Dateline | null {
  const colon = COLON_DATELINE.exec(paragraph);
  if (colon?.[1] && placeLike(colon[1]) && !LABEL_WORDS.test(colon[1])) {
    return { text: colon[0].trimEnd(), place: colon[1], outlet: null };
  }
  const dash = DASH_DATELINE.exec(paragraph);
  if (!dash?.[1] || wordCount(dash[1]) > 8) return null;
  const prefix = dash[1];
  let outlet = /\(([^)]{2,30})\)/u.exec(prefix)?.[1] ?? null;
  const places: string[] = [];
  for (const raw of prefix.replace(/\([^)]*\)/gu, ',').split(',')) {
    const part = raw.trim();
    if (part.length === 0 || isDatePart(part)) continue;
    if (findDomain(part) === part || DOTTED_CAPITALS.test(part)) outlet ??= part;
    else if (placeLike(part)) places.push(part);
    else return null; // a word that is neither place, outlet nor date: this is prose, not a dateline
  }
  let text = dash[0].trimEnd();
  let place = places[0] ?? null;
  // "Jakarta, CNBC Indonesia -": a second name is the outlet, unless it is a region ("PORTSMOUTH, England -").
  if (!outlet && places.length >= 2 && !isPlace(places[1] ?? '')) outlet = places[1] ?? null;
  // "KONTAN.CO.ID - JAKARTA. Presiden …": the city follows the outlet, closed by a period.
  const city = CITY_AFTER_OUTLET.exec(paragraph.slice(dash[0].length));
  if (!place && city?.[1]) {
    place = city[1];
    text = paragraph.slice(0, dash[0].length + city[0].trimEnd().length);
  }
  if (!place && !outlet) return null;
  return { text, place, outlet };
}
