/**
 * A few-scan test that chrono's casual Indonesian parser finds no date in a text, so that
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
 * text) means the inner pattern matches the text. date-gate-patterns.ts holds those inner
 * patterns, generated from chrono's own parsers; the gate is used only while the installed chrono
 * has exactly the pattern sources they were read from. Otherwise every text is parsed.
 */
import { casual, type Parser } from 'chrono-node/id';
import { AGO, DAY_AND_MONTH, LATER, SOURCE_HASHES, WEEKDAY } from './date-gate-patterns.ts';
import { sourceHash } from './source-hash.ts';

type Context = Parameters<Parser['pattern']>[0];

/** Whether chrono's Indonesian parsers have the pattern sources the gate was generated from. */
function sameChrono(): boolean {
  try {
    // Indonesian patterns do not depend on the context; a blank one is enough to read them.
    const context = { text: '', option: {}, refDate: new Date(0) } as unknown as Context;
    const hashes = casual.parsers.map((p) => sourceHash(p.pattern(context).source));
    return hashes.length === SOURCE_HASHES.length && hashes.every((h, i) => h === SOURCE_HASHES[i]);
  } catch {
    return false;
  }
}

const ACTIVE = sameChrono();
// The two costliest patterns ("3 hari lalu", "3 hari lagi") end with a word they cannot match
// without: they are only tried on text that has one (as a substring, the patterns' i-flag way).
const AGO_WORD = /lalu|silam|sebelumnya/i;
const LATER_WORD = /lagi|kemudian|setelahnya|sesudahnya|mendatang|depan/i;

/**
 * False only when chrono's casual Indonesian parser certainly finds no piece of a date in `text`
 * that resolve() could keep: a day and month, or (`withReference`) a weekday.
 */
export function mayHoldIdDate(text: string, withReference: boolean): boolean {
  if (!ACTIVE) return true;
  return (
    DAY_AND_MONTH.test(text) ||
    (withReference && WEEKDAY.test(text)) ||
    (AGO_WORD.test(text) && AGO.test(text)) ||
    (LATER_WORD.test(text) && LATER.test(text))
  );
}
