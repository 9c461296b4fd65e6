/**
 * A one-scan test that chrono's casual Indonesian parser finds no date in a text, so that
 * dates.ts can skip parsing it. Most sentences with a number hold no date ("Rp 15.000", "(66)"),
 * yet chrono runs thirteen patterns over each and builds a time result for every number.
 *
 * Why it is exact: resolve() in dates.ts keeps a span only when one of its pieces has a certain
 * day and month, or (with a reference date) a certain weekday. Of chrono's parsers, the two time
 * parsers (clock times, "pagi"/"malam") assign neither, the month-name parser ("Desember 2024")
 * only implies the day, the weekday parser assigns only a weekday, and no refiner assigns a day or
 * month that no piece had. The other parsers can only return a result where their pattern
 * matches; each pattern is a left-context group — (\W|^) or ([^\d]|^) — followed by an inner
 * pattern that looks only rightwards, so a match anywhere (chrono also matches on suffixes of the
 * text) means the inner pattern matches the text. The gate is the union of those inner patterns,
 * read from chrono's own parsers at start-up. If an assumption does not hold for the installed
 * chrono (unknown prefix, look-behind, anchor, other flags, the time parsers not found), there is
 * no gate and every text is parsed; a parser not recognised is always part of the union.
 */
import { casual, type Parser } from 'chrono-node/id';

type Context = Parameters<Parser['pattern']>[0];

// Sources of chrono-node 2.10.3's parsers that never assign a day and month, by FNV-1a hash:
// IDTimeExpressionParser and IDCasualTimeParser (clock times), IDMonthNameParser (month and
// year), and IDWeekdayParser (a weekday, which counts only with a reference date).
const TIME_ONLY = new Set([0x0c6d8462, 0x43cd70dd]);
const MONTH_ONLY = 0x02ab2d02;
const WEEKDAY_ONLY = 0x14cba17b;
const PREFIXES = ['(\\W|^)', '([^\\d]|^)'];
// The two costliest patterns (IDTimeUnitAgoFormatParser, IDTimeUnitLaterFormatParser: a number,
// a unit, then a word such as "lalu" or "lagi") end with a word they cannot match without; they
// are only tried on text that has one (as a substring, the patterns' case-insensitive way).
const NEEDS_WORD = new Map<number, RegExp>([
  [0x907675f0, /lalu|silam|sebelumnya/i],
  [0xb6248b55, /lagi|kemudian|setelahnya|sesudahnya|mendatang|depan/i],
]);

/** FNV-1a over the UTF-16 units of a string. */
export function sourceHash(source: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i += 1) {
    h ^= source.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The inner pattern of a date parser's pattern, or null when it is not of the expected shape. */
function innerPattern(re: RegExp): string | null {
  if (re.flags !== 'i') return null;
  const prefix = PREFIXES.find((p) => re.source.startsWith(p));
  if (prefix === undefined) return null;
  const inner = re.source.slice(prefix.length);
  // Look-behinds, anchors at the start and back-references would read differently without the
  // left context; none is expected ("[^" is a negated class, "$" anchors the end as before).
  if (inner.includes('(?<') || inner.replaceAll('[^', '').includes('^') || /\\[1-9]/.test(inner)) return null;
  return inner;
}

/** A union of inner patterns, plus patterns tried only when the word they need occurs. */
interface Gate {
  always: RegExp;
  guarded: { word: RegExp; pattern: RegExp }[];
}

const test = (gate: Gate, text: string): boolean => gate.always.test(text) || gate.guarded.some((g) => g.word.test(text) && g.pattern.test(text));

/** Gates with and without a reference date, or null when chrono is not as expected. */
function buildGates(): { withReference: Gate; withoutReference: Gate } | null {
  try {
    // Indonesian patterns do not depend on the context; a blank one is enough to read them.
    const context = { text: '', option: {}, refDate: new Date(0) } as unknown as Context;
    const withReference: string[] = [];
    const withoutReference: string[] = [];
    const guarded: { word: RegExp; pattern: RegExp }[] = [];
    let timeOnly = 0;
    for (const parser of casual.parsers) {
      const re = parser.pattern(context);
      const hash = sourceHash(re.source);
      if (TIME_ONLY.has(hash)) {
        timeOnly += 1;
        continue;
      }
      if (hash === MONTH_ONLY) continue;
      const inner = innerPattern(re);
      if (inner === null) return null;
      const word = NEEDS_WORD.get(hash);
      if (word) {
        guarded.push({ word, pattern: new RegExp(inner, 'i') });
        continue;
      }
      withReference.push(`(?:${inner})`);
      if (hash !== WEEKDAY_ONLY) withoutReference.push(`(?:${inner})`);
    }
    if (timeOnly !== TIME_ONLY.size || withoutReference.length === 0) return null;
    return {
      withReference: { always: new RegExp(withReference.join('|'), 'i'), guarded },
      withoutReference: { always: new RegExp(withoutReference.join('|'), 'i'), guarded },
    };
  } catch {
    return null;
  }
}

const GATES = buildGates();

/**
 * False only when chrono's casual Indonesian parser certainly finds no piece of a date in `text`
 * that resolve() could keep: a day and month, or (`withReference`) a weekday.
 */
export function mayHoldIdDate(text: string, withReference: boolean): boolean {
  if (GATES === null) return true;
  return test(withReference ? GATES.withReference : GATES.withoutReference, text);
}
