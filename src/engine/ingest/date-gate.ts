/**
 * A one-scan test that chrono's casual Indonesian parser finds no date in a text, so that
 * dates.ts can skip parsing it. Most sentences with a number hold no date ("Rp 15.000", "(66)"),
 * yet chrono runs thirteen patterns over each and builds a time result for every number.
 *
 * Why it is exact: resolve() in dates.ts keeps a span only when one of its pieces has a certain
 * day and month, or a certain weekday. Of chrono's parsers, the two time parsers (clock times,
 * "pagi"/"malam") never assign those, and no refiner creates them from nothing. The other parsers
 * can only return a result where their pattern matches; each pattern is a left-context group —
 * (\W|^) or ([^\d]|^) — followed by an inner pattern that looks only rightwards, so a match
 * anywhere (chrono also matches on suffixes of the text) means the inner pattern matches the text.
 * The gate is the union of those inner patterns, read from chrono's own parsers at start-up.
 * If any assumption does not hold for the installed chrono (unknown prefix, look-behind, anchor,
 * other flags, the time parsers not found), there is no gate and every text is parsed.
 */
import { casual, type Parser } from 'chrono-node/id';

type Context = Parameters<Parser['pattern']>[0];

// Sources of the two time-only parsers of chrono-node 2.10.3 (IDTimeExpressionParser and
// IDCasualTimeParser), by FNV-1a hash: they produce clock times, never a day or a weekday.
const TIME_ONLY = new Set([0x0c6d8462, 0x43cd70dd]);
const PREFIXES = ['(\\W|^)', '([^\\d]|^)'];

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

function buildGate(): RegExp | null {
  try {
    // Indonesian patterns do not depend on the context; a blank one is enough to read them.
    const context = { text: '', option: {}, refDate: new Date(0) } as unknown as Context;
    const inners: string[] = [];
    let timeOnly = 0;
    for (const parser of casual.parsers) {
      const re = parser.pattern(context);
      if (TIME_ONLY.has(sourceHash(re.source))) {
        timeOnly += 1;
        continue;
      }
      const inner = innerPattern(re);
      if (inner === null) return null;
      inners.push(`(?:${inner})`);
    }
    return timeOnly === TIME_ONLY.size && inners.length > 0 ? new RegExp(inners.join('|'), 'i') : null;
  } catch {
    return null;
  }
}

const GATE = buildGate();

/** False only when chrono's casual Indonesian parser certainly finds no date (day or weekday) in `text`. */
export function mayHoldIdDate(text: string): boolean {
  return GATE === null || GATE.test(text);
}
