/**
 * Amounts in a sentence, typed: money, percentages, clock times, durations, ages, ranks, counts
 * with the noun they count, and bare numbers — in Indonesian and English writing. Each is a verbatim
 * character range of the sentence; overlapping readings are resolved so that the most specific
 * one wins ("Rp2 ribu per kilo" is money, not a count of "ribu").
 *
 * Example: "… jadwal terbaru yakni pukul 09.44 WITA dari jadwal seharusnya pukul 08.01 WITA" →
 *   time "pukul 09.44 WITA", time "pukul 08.01 WITA".
 */
import { bothLanguages, valuesOf } from '../language/index.ts';
import { isStopword } from '../text/stopwords.ts';
import { fold } from '../text/tokens.ts';

/** The type of an amount. */
export type QuantityKind = 'money' | 'percent' | 'time' | 'duration' | 'age' | 'ordinal' | 'count' | 'number' | 'code';

export interface Quantity {
  kind: QuantityKind;
  /** Character range within the sentence. */
  start: number;
  end: number;
  /** Where the number itself starts, after an approximation word ("sekitar", "more than"). */
  valueStart: number;
  /** For counts: the range of the counted noun phrase ("148 penumpangnya" → "penumpangnya"). */
  unitStart?: number;
  unitEnd?: number;
}


const alternation = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

const NUMBER_WORDS = alternation(valuesOf('numberWords').keys());
const ORDINAL_WORDS = alternation(valuesOf('ordinalWords').keys());
const SCALES = alternation(bothLanguages('scales'));
const CURRENCY_WORDS = alternation(bothLanguages('currencyWords'));
const DURATION_UNITS = alternation(bothLanguages('durationUnits'));
const PREFIXES = alternation(bothLanguages('amountPrefixes'));
const PREFIX_ONLY = new RegExp(String.raw`^(?:${PREFIXES})\s+`, 'iu');
const DIGITS = String.raw`(?<![\p{L}\d.,])\d+(?:[.,]\d+)*(?![\p{L}\d])`;
// Right after a currency sign the number may touch it: "Rp2", "S$2,000".
const AMOUNT = String.raw`\d+(?:[.,]\d+)*(?![\p{L}\d])(?:\s*(?:${SCALES})(?![\p{L}\d]))?`;
// A number written in digits or words ("1.138", "21.93", "tujuh", "six", "dua puluh").
const NUM = String.raw`(?:${DIGITS}|(?<![\p{L}\d])(?:${NUMBER_WORDS})(?![\p{L}\d]))`;
const SCALED = String.raw`${NUM}(?:\s*(?:${SCALES})(?![\p{L}\d]))?`;
const PREFIX = String.raw`(?:(?<![\p{L}\d])(?:${PREFIXES})\s+)?`;
const CURRENCY = String.raw`(?:Rp\.?|IDR|US\$|USD|S\$|SGD|A\$|HK\$|RM|\$|€|£|¥)`;
const ZONE = String.raw`(?:WIB|WITA|WIT|GMT|UTC|local\s+time|waktu\s+setempat)`;
const MERIDIEM = String.raw`(?:a\.m\.|p\.m\.|am|pm)(?![\p{L}])`;

// Order matters where readings overlap: the first kind listed wins an overlap of equal length.
const PATTERNS: [QuantityKind, RegExp][] = [
  ['money', new RegExp(String.raw`${PREFIX}${CURRENCY}\s?${AMOUNT}(?:\s*\((?:${SCALES})\))?|${PREFIX}${SCALED}\s*(?:${CURRENCY_WORDS})(?![\p{L}])`, 'giu')],
  ['percent', new RegExp(String.raw`${PREFIX}${NUM}(?:\s*%|\s*(?:persen|per\s*cent|percent|pct)(?![\p{L}]))`, 'giu')],
  ['time', new RegExp(String.raw`(?<![\p{L}\d])(?:pukul|pkl\.?|jam)\s+\d{1,2}(?:[.:]\d{2})?(?:\s*${ZONE})?(?:\s+(?:pagi|siang|sore|malam))?|\d{1,2}[.:]\d{2}\s*(?:${ZONE}|${MERIDIEM})|(?<![\d.,])\d{1,2}\s*${MERIDIEM}`, 'giu')],
  ['age', new RegExp(String.raw`(?<![\p{L}])(?:berusia|berumur|usia|umur|aged)\s+${NUM}(?:\s+tahun)?|${NUM}[-\s]years?[-\s]old|(?<=\p{L}\s?\()\d{1,3}(?=\))`, 'giu')],
  ['duration', new RegExp(String.raw`${PREFIX}(?:${NUM}|(?<![\p{L}])(?:se|a|an)\s*)(?:\s*[-–]\s*${NUM})?\s*(?:${DURATION_UNITS})(?![\p{L}])(?:\s+(?:ke\s+depan|terakhir|lalu|lagi|ago))?`, 'giu')],
  ['ordinal', new RegExp(String.raw`(?<![\p{L}])ke-?\s?\d+(?![\d])|(?<![\p{L}])(?:${ORDINAL_WORDS})(?![\p{L}])|(?<![\p{L}\d])\d+(?:st|nd|rd|th)(?![\p{L}])`, 'giu')],
  ['number', new RegExp(String.raw`${PREFIX}${SCALED}`, 'giu')],
  // Letters and digits in one word: a flight, seat, plate or model ("ID6541", "6A", "B737").
  ['code', /(?<![\p{L}\d])(?:\p{Lu}+\d[\p{L}\d-]*|\d+\p{Lu}[\p{Lu}\d]*)(?![\p{L}\d])/gu],
];

// The counted noun phrase after a number: up to six lowercase words ("148 penumpangnya", "27 titik
// panas", "13 new social enterprise hawker centres"), up to a function word or punctuation.
const COUNTED = /^(?:\s\p{L}[\p{L}-]*){1,6}/u;
const MAX_UNIT_WORDS = 6;
// Words after a number that are not what it counts.
const NOT_COUNTED = new Set(['dan', 'atau', 'yang', 'di', 'ke', 'dari', 'pada', 'untuk', 'dengan', 'and', 'or', 'to', 'of', 'in', 'on',
  'at', 'for', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'per', 'dalam', 'itu', 'ini', 'lagi', 'saja', 'hingga', 'sampai', 'by',
  'as', 'than', 'from', 'with', 'between', 'dibanding', 'sedangkan', 'kali', 'times']);

// Stopwords that may open a counted phrase: "two other ships", "three more days", "130 macam".
const COUNT_MODIFIERS: ReadonlySet<string> = new Set(['other', 'more', 'macam', 'jenis', 'kinds', 'types', 'sorts']);

const LEADING_SPACE = /^\s+/u;
const NUMBER_WORD = new RegExp(`(?<![\\p{L}])(${NUMBER_WORDS})(?![\\p{L}])`, 'iu');
const SCALE_WORD = new RegExp(`(?<![\\p{L}])(${SCALES})(?![\\p{L}])`, 'iu');
const TRAILING_YEAR = /^(?:1[5-9]|20)\d\d$/;

/** All amounts of a sentence, in text order, without overlaps (the longer, then the earlier-listed kind wins). */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  PATTERNS.forEach(([kind, re]) => {
    for (const m of text.matchAll(re)) {
      const lead = LEADING_SPACE.exec(m[0])?.[0].length ?? 0;
      // Trailing punctuation is the sentence's, except the period of "p.m.".
      const raw = m[0].slice(lead).replace(/(?<![ap]\.[m])[\s,.]+$/iu, '').replace(/\s+$/u, '');
      if (!raw || (kind === 'number' && /^\p{L}/u.test(raw) === false && !/\d/.test(raw))) continue;
      const prefix = PREFIX_ONLY.exec(raw)?.[0].length ?? 0;
      found.push({ kind, start: m.index + lead, end: m.index + lead + raw.length, valueStart: m.index + lead + prefix });
    }
  });
  const rank = (k: QuantityKind) => PATTERNS.findIndex(([kind]) => kind === k);
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a.kind) - rank(b.kind) || a.start - b.start);
  const kept: Quantity[] = [];
  for (const q of found) if (kept.every((k) => q.end <= k.start || q.start >= k.end)) kept.push(q);
  kept.sort((a, b) => a.start - b.start);
  joinDurations(text, kept);
  return kept.flatMap((q) => (q.kind === 'number' ? asCount(text, q) : [q]));
}

// "two years and nine months", "4 tahun 6 bulan": one duration.
const DURATION_JOIN = /^(?:\s*,?\s*(?:and|dan)\s+|\s+)$/iu;

function joinDurations(text: string, list: Quantity[]): void {
  for (let i = 0; i + 1 < list.length; i += 1) {
    const a = list[i] as Quantity;
    const b = list[i + 1] as Quantity;
    if (a.kind !== 'duration' || b.kind !== 'duration' || !DURATION_JOIN.test(text.slice(a.end, b.start))) continue;
    a.end = b.end;
    list.splice(i + 1, 1);
    i -= 1;
  }
}

/** A bare number becomes a count when a noun follows it; a lone four-digit year stays a number. */
function asCount(text: string, q: Quantity): Quantity[] {
  const m = COUNTED.exec(text.slice(q.end, q.end + 80));
  if (!m || TRAILING_YEAR.test(text.slice(q.start, q.end))) return [q];
  const words = m[0].split(/\s+/u).filter(Boolean);
  let n = 0;
  // A capitalized word counts only at the start of a sentence ("5 Anggota DPR terpilih …").
  const initial = /^[\s"“(]*$/u.test(text.slice(0, q.start));
  while (n < Math.min(words.length, MAX_UNIT_WORDS)) {
    const w = words[n] ?? '';
    // "hanya satu memang masih …": an adverb after a number counts nothing; measure words
    // ("orang", "buah", "tahun") are no stopwords. "more"/"other" may follow ("two other ships").
    if (NOT_COUNTED.has(w.toLowerCase()) || (isStopword(fold(w)) && (n > 0 || !COUNT_MODIFIERS.has(fold(w))))) break;
    if (/^\p{Lu}/u.test(w) && !(initial && n === 0)) break;
    n += 1;
  }
  if (n === 0) return [q];
  const unitStart = q.end + 1;
  const unitEnd = unitStart + words.slice(0, n).join(' ').length;
  return [{ kind: 'count', start: q.start, end: unitEnd, valueStart: q.valueStart, unitStart, unitEnd }];
}

/**
 * The numeric value of an amount's number, reading both conventions: "1.138" and "400.000" are
 * thousands (a group of three digits after the point), "1,6" and "21.93" decimals; "1,200" in
 * English is a thousand and two hundred. Number words count ("tujuh" → 7). Null when none.
 */
export function amountValue(text: string): number | null {
  const digits = /\d+(?:[.,]\d+)*/.exec(text)?.[0];
  let value: number | null = null;
  if (digits) {
    const groups = digits.split(/[.,]/);
    const thousands = groups.length > 1 && groups.slice(1).every((g) => g.length === 3);
    if (thousands) value = Number(groups.join(''));
    else if (groups.length === 2) value = Number(`${groups[0]}.${groups[1]}`);
    else value = Number(groups.join(''));
  } else {
    const word = NUMBER_WORD.exec(text)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
    if (word) value = valuesOf('numberWords').get(word) ?? null;
  }
  if (value === null || Number.isNaN(value)) return null;
  const scale = SCALE_WORD.exec(text)?.[1]?.toLowerCase();
  const multiplier = scale ? valuesOf('scales').get(scale) : undefined;
  return multiplier ? value * multiplier : value;
}
