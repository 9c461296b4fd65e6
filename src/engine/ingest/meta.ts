/**
 * Parsers for metadata lines: byline + date ("Fajar Nugraha • 5 December 2024 11:53"), a closing
 * credit ("(Muhammad Reyhansyah)"), and the dateline that opens the first paragraph ("Brussels:",
 * "JAKARTA -", "KONTAN.CO.ID - JAKARTA.", "LONDON (Reuters) -"). Credit lines are in credits.ts.
 */
import { parseDateLine } from './dates.ts';
import { MONTHS, NOT_NAMES, WEEKDAYS } from './lexicon.ts';
import { isOrganization, isPlace } from './names.ts';
import { outletLike } from './outlet-like.ts';
import { findDomain, isAllCaps, wordCount } from './text.ts';
import { isTitleWord } from './titles.ts';

/** A parsed byline/date line. */
export interface DateLineInfo {
  author: string | null;
  /** An outlet named before the date ("Kompas.com - 08/06/2021", "CNN Indonesia | Senin, …"). */
  outlet: string | null;
  /** Verbatim date text. */
  published: string;
  publishedIso: string;
  /** The line labels the date as an update ("Updated …", "Diperbarui …"), not the first publication. */
  updated: boolean;
}

const LABEL_WORDS = /^(?:by|oleh|penulis|reporter|wartawan|jurnalis|pewarta|writer|editor|updated|published|diperbarui|diterbitkan|dipublikasikan|tim|redaksi|posted|last updated)$/iu;
const NAME = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|dan|&|bin|binti|van|de))*$/u;
// English weekday abbreviations of date lines ("Wed, September 20, 2023"); full names are in WEEKDAYS.
const SHORT_WEEKDAYS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

const BYLINE_PARTS = /\s*[,|•·–—/;]\s*|\s+-\s*|-(?=\p{Lu})|\s+(?:pada|on|at)\s+/u;

/** A calendar word, not a name: "Jumat", "Wed", "Sept". */
const isCalendarWord = (w: string): boolean => {
  const lower = w.toLowerCase().replace(/\.$/u, '');
  return WEEKDAYS.has(lower) || MONTHS.has(lower) || SHORT_WEEKDAYS.has(lower);
};

/**
 * Whether a phrase is written like a person's name: capitalized words (particles allowed), 1–6 of
 * them, not a calendar word, a place, an organization or an outlet ("Jumat", "Jakarta", "Kompas.com").
 */
export function nameLike(part: string): boolean {
  if (part.length < 3 || LABEL_WORDS.test(part) || !NAME.test(part)) return false;
  const n = wordCount(part);
  if (n < 1 || n > 6 || (isAllCaps(part) && n === 1)) return false;
  const words = part.split(/\s+/u);
  // Only the capitalized words: "and", "dan", "bin" join names.
  if (words.some((w) => /^\p{Lu}/u.test(w) && (isCalendarWord(w) || NOT_NAMES.has(w.toLowerCase())))) return false;
  return !outletLike(part) && !isPlace(part) && !(n === 1 && isOrganization(part));
}

const FRAGMENT_LABEL = /^\s*(?:by|oleh|penulis|reporter|writer)\b\s*:?\s*/iu;

/** The person's name inside a byline fragment ("Raka Dwi Novianto , Jurnalis-"), or null. */
export function authorFrom(fragment: string): string | null {
  for (const raw of fragment.replace(FRAGMENT_LABEL, '').split(BYLINE_PARTS)) {
    const part = raw.trim().replace(/[-:]+$/u, '').trim();
    if (nameLike(part)) return part;
  }
  return null;
}

/** The outlet named in a byline fragment ("Kompas.com - ", "CNN Indonesia | "), or null. */
function outletFrom(fragment: string): string | null {
  for (const raw of fragment.split(BYLINE_PARTS)) {
    const part = raw.trim().replace(/[-:]+$/u, '').trim();
    if (outletLike(part)) return part;
  }
  return null;
}

const DATE_LABEL_START = /^(?:updated|last updated|update|diperbarui|published|diterbitkan|dipublikasikan|posted)\b/iu;
const UPDATE_LABEL = /(?:^|[\s(])(?:updated|last updated|diperbarui|update)\s*:?\s*$/iu;

/** A byline/date line: the date names its year and little else is on the line. */
export function parseDateLineInfo(line: string): DateLineInfo | null {
  if (!/\d{4}|\d{1,2}[/-]\d{1,2}[/-]\d{2}/.test(line) || wordCount(line, 25) > 24) return null;
  const span = parseDateLine(line);
  if (!span) return null;
  const rest = line.slice(0, span.start) + ' ' + line.slice(span.end);
  if (wordCount(rest) > 9) return null;
  const before = line.slice(0, span.start);
  return {
    author: authorFrom(before),
    outlet: outletFrom(before),
    published: span.text,
    publishedIso: span.iso,
    updated: UPDATE_LABEL.test(before),
  };
}

/**
 * A labelled date that opens a longer line, glued to what follows when a page lost a line break
 * ("diperbarui 01 Okt 2014, 18:56 WIBPresiden terpilih …"): the verbatim line up to the date's end.
 */
export function leadingDate(line: string): (DateLineInfo & { text: string }) | null {
  // The label first: date parsing (chrono) is the costly part, and most lines open with none.
  if (!DATE_LABEL_START.test(line)) return null;
  const head = line.slice(0, 60);
  const span = parseDateLine(head);
  if (!span || wordCount(head.slice(0, span.start)) > 2) return null;
  const before = head.slice(0, span.start);
  // Only after a date label: a caption may well begin with the date it tells of.
  if (!UPDATE_LABEL.test(before) && !LABEL_WORDS.test(before.trim())) return null;
  return { author: null, outlet: null, published: span.text, publishedIso: span.iso, updated: UPDATE_LABEL.test(before), text: line.slice(0, span.end) };
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
// "Singapura, Kompas-Indonesia diperkirakan …", "New York, rabu-Sekretaris Jenderal …": the
// separator glued to the next word (text rebuilt from tokens, or typed in haste).
const GLUED_DATELINE = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’]*){0,2}), (\p{L}+)-(?=\p{Lu})/u;
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
  const glued = GLUED_DATELINE.exec(paragraph);
  if (glued?.[1] && glued[2] && placeLike(glued[1])) {
    const second = glued[2];
    if (WEEKDAYS.has(second.toLowerCase())) return { text: glued[0], place: glued[1], outlet: null };
    if (STARTS_UPPER.test(second) && !isPlace(second)) return { text: glued[0], place: glued[1], outlet: second };
  }
  const dash = DASH_DATELINE.exec(paragraph);
  if (!dash?.[1] || wordCount(dash[1]) > 8) return null;
  const prefix = dash[1];
  let outlet = /\(([^)]{2,30})\)/u.exec(prefix)?.[1] ?? null;
  const places: string[] = [];
  for (const raw of prefix.replace(/\([^)]*\)/gu, ',').split(',')) {
    const part = raw.trim();
    if (part.length === 0) continue;
    // Before the date test: "Liputan6.com" has a digit but is the outlet.
    if (findDomain(part) === part || DOTTED_CAPITALS.test(part)) outlet ??= part;
    else if (isDatePart(part)) continue;
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
