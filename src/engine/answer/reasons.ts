/**
 * Reason clauses in a sentence, for "why / kenapa / what caused" questions: from a cause or purpose
 * marker ("karena", "akibat", "agar", "because", "due to", "so that") to the end of its clause.
 * Markers that only look causal are skipped: "due to open" (scheduled), "akibat kejadian itu"
 * (a consequence), "oleh karena itu" (therefore).
 *
 * Example: "Namun dia mengaku sedikit kecewa karena tidak semua siswa dapat makanan gratis." →
 *   "karena tidak semua siswa dapat makanan gratis".
 */
import { bothLanguages } from '../language/index.ts';

export interface ReasonSpan {
  start: number;
  end: number;
}

// "since" and "as" are more often temporal or comparative than causal; leave them out.
const MARKERS = [...bothLanguages('reasonMarkers')].filter((m) => m !== 'since' && m !== 'as');
const MARKER = new RegExp(`(?<![\\p{L}])(?:${MARKERS.sort((a, b) => b.length - a.length).map((m) => m.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'giu');
// What follows a marker that makes it something else: "due to open", "akibat kejadian itu", "karena itu".
const NOT_A_REASON = /^(?:due\s+to\s+(?:be|open|start|begin|take|arrive|launch|end|close|resume|expire|hold|meet|run|finish|return|leave|come|go|reopen)\b|akibat\s+(?:kejadian|peristiwa|hal|insiden|kecelakaan|itu|ini|tersebut)\b|(?:karena|sebab)\s+(?:itu|ini|tersebut)\b)/iu;
const PRECEDED_BY_THEREFORE = /(?:oleh\s*)$/iu;
// Where a reason clause stops: the end of the sentence or clause, a closing quote, an attribution.
const CLAUSE_END = /[.;!?](?:\s|$)|["”]|,\s*(?:[\p{L}.'’-]+\s+){0,3}(?:kata|ujar|ucap|jelas|tutur|ungkap|imbuh|tambah|said|says|told|added)\b|\s[–—]\s/u;
const MAX_CHARS = 220;

/** The reason clauses of a sentence, in order. */
export function findReasons(text: string): ReasonSpan[] {
  const out: ReasonSpan[] = [];
  for (const m of text.matchAll(MARKER)) {
    const rest = text.slice(m.index);
    if (NOT_A_REASON.test(rest) || PRECEDED_BY_THEREFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const stop = rest.slice(m[0].length).search(CLAUSE_END);
    const length = stop < 0 ? rest.length : m[0].length + stop;
    const end = m.index + Math.min(length, MAX_CHARS);
    const span = text.slice(m.index, end).replace(/[\s,]+$/u, '');
    if (span.split(/\s+/u).length < 3) continue;
    if (!out.some((o) => m.index >= o.start && m.index < o.end)) out.push({ start: m.index, end: m.index + span.length });
  }
  return out;
}
