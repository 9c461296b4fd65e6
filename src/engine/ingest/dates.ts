/**
 * Dates in article text with chrono-node. chrono returns "Kamis (5/12/2024) pukul 11.53 WIB" as
 * three pieces and resolves bare weekdays forward; this module merges the pieces, takes missing
 * years and weekdays from the article's publication date (news reports the past), and keeps the
 * verbatim span.
 */
// Only the two locales Kutip reads: the package's index loads a dozen (~120 ms more at start-up).
import * as chronoEn from 'chrono-node/en';
import * as chronoId from 'chrono-node/id';
import type { ParsedResult } from 'chrono-node';
import type { DateMention, Language, Sentence } from '../types.ts';
import { mayHoldIdDate } from './date-gate.ts';
import { MONTHS, WEEKDAYS } from './lexicon.ts';

interface Piece {
  start: number;
  end: number;
  result: ParsedResult;
}

/** A resolved date span inside a string. */
export interface DateSpan extends DateMention {
  end: number;
}

const RELATIVE_WORDS = ['kemarin', 'kemarin lusa', 'yesterday', 'today', 'hari ini', 'lalu', 'ago', 'last'];
// chrono is the slow part: only sentences with a digit or a date word are worth parsing. The digit
// test comes first and alone: it is far cheaper than the Unicode word test.
const DATE_OR_RELATIVE_WORD = new RegExp(`(?<!\\p{L})(?:${[...MONTHS, ...WEEKDAYS, ...RELATIVE_WORDS].join('|')})(?!\\p{L})`, 'iu');
const worthParsing = (text: string): boolean => /\d/.test(text) || DATE_OR_RELATIVE_WORD.test(text);
// Words that make a span an explicit date. Lowercase "minggu" means "week", so only "Minggu" counts.
const DATE_WORD = new RegExp(
  `(?<!\\p{L})(?:${[...MONTHS, ...WEEKDAYS].filter((w) => w !== 'minggu').join('|')})(?!\\p{L})|\\d{1,2}[/.-]\\d{1,2}|\\d{4}`,
  'iu',
);
const isExplicit = (span: string): boolean => DATE_WORD.test(span) || /(?<!\p{L})Minggu(?!\p{L})/u.test(span);
// What may stand between two pieces of one date: "Kamis (5/12/2024) pukul 11.53", "2023 |19:34".
const JOIN = /^[\s,()|/•·–—-]*(?:(?:pukul|pkl\.?|jam|at|sekitar|around|pagi|siang|sore|malam|dini hari)[\s,()|/•·–—-]*)*$/iu;
// The other language's parser only runs when the sentence has a month name of that language.
const EN_MONTH = /(?<!\p{L})(?:january|february|march|may|june|july|august|october|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?!\p{L})/iu;
const ID_MONTH = /(?<!\p{L})(?:januari|februari|maret|mei|juni|juli|agustus|oktober|desember|agu|agt|okt|des)(?!\p{L})/iu;
const PAST_WORD = /(?<!\p{L})(?:kemarin|yesterday|lalu|ago|last|hari ini|today|tadi)(?!\p{L})/iu;
const LEADING_WORD = /^(?:pada|on|sejak|since|hingga|sampai|until|tanggal|tgl\.?)\s+/iu;
const DAY_MS = 86_400_000;
const FALLBACK_REF = new Date(2000, 0, 1);

const pad = (n: number): string => String(n).padStart(2, '0');

/** A local Date (wall clock) from "YYYY-MM-DD[THH:mm]", so chrono's local arithmetic stays in that wall time. */
function localDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 12), Number(m[5] ?? 0));
}

type Parser = Pick<typeof chronoEn, 'parse'>;

/** Run one chrono parser, never throwing, with trimmed spans. */
function pieces(parser: Parser, text: string, ref: Date, onlyExplicit: boolean): Piece[] {
  let results: ParsedResult[];
  try {
    results = parser.parse(text, ref);
  } catch {
    return [];
  }
  return results
    .filter((r) => !onlyExplicit || (r.start.isCertain('day') && r.start.isCertain('month')))
    .map((r) => ({ start: r.index, end: r.index + r.text.replace(/[\s,;:]+$/u, '').length, result: r }));
}

/** Keep the longest of overlapping pieces, in text order. */
function dropOverlaps(all: Piece[]): Piece[] {
  const kept: Piece[] = [];
  for (const p of [...all].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (kept.every((k) => p.end <= k.start || p.start >= k.end)) kept.push(p);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const hasDay = (p: Piece): boolean => p.result.start.isCertain('day') && p.result.start.isCertain('month');

/** Group adjacent pieces that belong to one date ("Kamis" + "(5/12/2024)" + "pukul 11.53 WIB"). */
function group(text: string, list: Piece[]): Piece[][] {
  const groups: Piece[][] = [];
  for (const p of list) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && JOIN.test(text.slice(prev.end, p.start)) && !(hasDay(p) && last.some(hasDay))) last.push(p);
    else groups.push([p]);
  }
  return groups;
}

/** Calendar fields of a group, using the reference for missing years and bare weekdays. */
// Words that put a sentence in the future: a year-less date there is the next such day.
const FUTURE = /\b(?:will|would|shall|next|upcoming|scheduled|plans?|expects?|akan|mendatang|depan|rencana(?:nya)?|dijadwalkan|bakal)\b/i;

function resolve(g: Piece[], ref: Date | null, spanText: string, future = false): { y: number; m: number; d: number; time: string | null } | null {
  const day = g.find(hasDay);
  const weekday = g.find((p) => p.result.start.isCertain('weekday'));
  const timed = g.find((p) => p.result.start.isCertain('hour'));
  const time = timed ? `${pad(timed.result.start.get('hour') ?? 0)}:${pad(timed.result.start.get('minute') ?? 0)}` : null;
  const explicit = isExplicit(spanText);
  if (!ref && !/\d{4}/.test(spanText)) return null; // no year anywhere: refuse to guess one
  if (day) {
    const c = day.result.start;
    const m = c.get('month') ?? 1;
    const d = c.get('day') ?? 1;
    let y = c.get('year') ?? ref?.getFullYear() ?? 0;
    if (!c.isCertain('year') && ref) {
      y = ref.getFullYear();
      // "(28/12)" in an article of 5 January is last December, not next one; but "will publish on
      // Feb. 20" in a December article is next February.
      if (future) {
        if (new Date(y, m - 1, d).getTime() < ref.getTime() - DAY_MS) y += 1;
      } else if (new Date(y, m - 1, d).getTime() - ref.getTime() > 60 * DAY_MS) y -= 1;
    }
    // Relative phrases count only when they point to the past ("2 hari yang lalu", "kemarin"), not "now".
    if (!explicit && (!PAST_WORD.test(spanText) || (ref && new Date(y, m - 1, d).getTime() > ref.getTime() + DAY_MS))) return null;
    return { y, m, d, time };
  }
  if (weekday && ref) {
    // A bare weekday in news is the most recent such day on or before the reference date.
    const target = weekday.result.start.get('weekday') ?? 0;
    const back = (ref.getDay() - target + 7) % 7;
    const date = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() - back);
    return { y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate(), time };
  }
  return null;
}

/** Verbatim bounds of a group: without a leading "pada"/"on", with balanced parentheses. */
function spanOf(text: string, g: Piece[]): { start: number; end: number } {
  let start = g[0]?.start ?? 0;
  let end = g[g.length - 1]?.end ?? start;
  const lead = LEADING_WORD.exec(text.slice(start, end));
  if (lead && lead[0].length < end - start) start += lead[0].length;
  const inner = text.slice(start, end);
  const opens = (inner.match(/\(/g) ?? []).length;
  const closes = (inner.match(/\)/g) ?? []).length;
  if (opens > closes && text[end] === ')') end += 1;
  else if (opens === 0 && text[start - 1] === '(' && text[end] === ')') {
    start -= 1;
    end += 1;
  }
  return { start, end };
}

/**
 * All date mentions of a string. `refIso` is the publication date (YYYY-MM-DD[THH:mm]) used for
 * missing years, bare weekdays and relative words; without it only dates that name a year count.
 */
export function findDateSpans(text: string, refIso: string | null, language: Language = 'id'): DateSpan[] {
  if (!worthParsing(text)) return [];
  const ref = refIso ? localDate(refIso) : null;
  // Without a reference only dates that name their year count (see resolve): no year, no date.
  if (!ref && !/\d{4}/.test(text)) return [];
  const chronoRef = ref ?? FALLBACK_REF;
  const [first, second] = language === 'en' ? [chronoEn, chronoId] : [chronoId, chronoEn];
  const askOther = (language === 'en' ? ID_MONTH : EN_MONTH).test(text);
  // Most sentences with a number hold no date: when chrono.id can find none, skip parsing.
  if (language !== 'en' && !askOther && !mayHoldIdDate(text, ref !== null)) return [];
  // The other language's parser only adds explicit dates: chrono.en reads Indonesian words as dates otherwise.
  const other = askOther ? pieces(second, text, chronoRef, true) : [];
  const all = dropOverlaps([...pieces(first, text, chronoRef, false), ...other]);
  const out: DateSpan[] = [];
  for (const g of group(text, all)) {
    const { start, end } = spanOf(text, g);
    const value = resolve(g, ref, text.slice(start, end), FUTURE.test(text));
    if (!value) continue;
    const iso = `${value.y}-${pad(value.m)}-${pad(value.d)}${value.time ? `T${value.time}` : ''}`;
    out.push({ text: text.slice(start, end), iso, hasTime: value.time !== null, start, end });
  }
  return out;
}

/**
 * Date mentions of a paragraph, parsing only the sentences that can hold a date. Offsets are
 * relative to the paragraph text.
 */
export function findDates(sentences: readonly Sentence[], refIso: string | null, language: Language = 'id'): DateMention[] {
  const out: DateMention[] = [];
  for (const s of sentences) {
    for (const d of findDateSpans(s.text, refIso, language)) {
      out.push({ text: d.text, iso: d.iso, hasTime: d.hasTime, start: s.start + d.start });
    }
  }
  return out;
}

/**
 * The publication date in a byline/date line ("Fajar Nugraha • 5 December 2024 11:53",
 * "Selasa, 19 September 2023 / 09:44 WIB"). Only dates that name their year count.
 */
export function parseDateLine(line: string): DateSpan | null {
  const spans = findDateSpans(line, null, 'id').filter((s) => /\d{4}/.test(s.text));
  return spans[0] ?? null;
}
