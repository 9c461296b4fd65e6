/**
 * Places and organizations named in the body. Places come from the dateline, from locative phrases
 * ("di wilayah Kursk", "di Pasar Jatinegara, Jakarta Timur", "in London") and from the list of
 * known countries and cities; "where" questions prefer the first two.
 */
import type { Paragraph, Person, PlaceMention } from '../types.ts';
import { MONTHS, PLACE_TAILS, WEEKDAYS } from './lexicon.ts';
import { isAcronym, isOrganization, isOrganizationRun, isPlace, isPlaceRun, mayBeOrganization, mayBePlace } from './names.ts';
import { resolvePerson } from './people.ts';
import { looksLikeVerb } from './reporting.ts';
import { isTitleToken, isTitleWord } from './titles.ts';
import { capitalizedRuns, tokenize, type Run, type Token } from './tokens.ts';

// A preposition of place, optionally followed by a place noun: "di wilayah", "ke kota", "in the".
const LOCATIVE =
  /(?<!\p{L})(di|ke|dari|menuju|dekat|sekitar|in|at|near|from|to|across)\s+(?:(?:wilayah|kawasan|daerah|kota|provinsi|kabupaten|kecamatan|desa|kelurahan|pulau|negara|region|city|province|town|village|the)\s+)?(?=\p{Lu})/gu;
// Prepositions that also mark sources and recipients ("dari The Straits Times", "to Reuters"):
// they only count when the name is itself a known place.
const WEAK = new Set(['dari', 'from', 'to', 'across']);
// Lowercase words that may follow a place name. Any other lowercase word means the capitalized
// word was an adjective or part of a longer name: "in British kitchenware".
const AFTER_PLACE = new Set(
  `dalam pada untuk dan atau tetapi namun yang sejak hingga sampai karena saat ketika sebagai dengan oleh selama
  setelah sebelum serta juga akan telah sudah masih ini itu tersebut kemarin lalu
  and or on in at for to with by from after before since during but where which who last this next`.split(/\s+/u),
);

/** Whether a capitalized run after a preposition can be a place (not a person, date, title or organization). */
function placeCandidate(run: Run, people: readonly Person[]): boolean {
  const first = run.tokens[0];
  if (!first || /\d/u.test(run.text) || MONTHS.has(first.lower) || WEEKDAYS.has(first.lower) || isTitleToken(first)) return false;
  if (isPlaceRun(run.text, run.tokens)) return true;
  return !isOrganizationRun(run.text, run.tokens) && resolvePerson(people, run.text) === null;
}

const NEXT_WORD = /^\s+(\p{L}+)/u;

/** Extend a place over ", Jakarta Timur", ", Jawa Barat": further place names after a comma. */
function chain(text: string, runs: readonly Run[], at: number): number {
  let i = at;
  let end = runs[i]?.end ?? 0;
  while (runs[i + 1] && /^,\s*$/u.test(text.slice(end, runs[i + 1]?.start))) {
    const next = runs[i + 1] as Run;
    const lastWord = next.tokens[next.tokens.length - 1]?.lower ?? '';
    if (!isPlaceRun(next.text, next.tokens) && !PLACE_TAILS.has(lastWord)) break;
    // "dari Korea Utara, Rusia memberikan …": a name followed by a verb starts a new clause.
    const following = NEXT_WORD.exec(text.slice(next.end))?.[1];
    if (following && looksLikeVerb(following)) break;
    i += 1;
    end = next.end;
  }
  return end;
}

/**
 * Longest sub-spans of a run that satisfy `test`, left to right. `test` can only accept a span with
 * a token for which `candidate` is true, so spans without one are not tested.
 */
function subSpans(text: string, run: Run, test: (s: string) => boolean, candidate: (t: Token) => boolean): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  const toks = run.tokens.slice(0, 10);
  // next[i]: index of the first candidate token at or after i (toks.length when none).
  const next = new Array<number>(toks.length + 1).fill(toks.length);
  for (let k = toks.length - 1; k >= 0; k -= 1) next[k] = candidate(toks[k] as Token) ? k : (next[k + 1] as number);
  for (let i = 0; i < toks.length; i += 1) {
    const first = next[i] as number;
    if (first >= toks.length) break;
    for (let j = toks.length; j > first; j -= 1) {
      const name = text.slice((toks[i] as Token).start, (toks[j - 1] as Token).end);
      if (test(name)) {
        out.push({ name, start: toks[i]?.start ?? 0 });
        i = j - 1;
        break;
      }
    }
  }
  return out;
}

const NEXT_LOWER_WORD = /^\s+(\p{Ll}+)/u;

/** Place mentions of the body, in reading order. `dateline` is the place of ¶1's dateline. */
export function findPlaces(paragraphs: readonly Paragraph[], dateline: string | null, people: readonly Person[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const p of paragraphs) {
    const runs = capitalizedRuns(p.text);
    const covered: [number, number][] = [];
    if (p.number === 1 && dateline) {
      const at = p.text.indexOf(dateline);
      if (at >= 0 && at < 40) {
        out.push({ name: dateline, paragraph: 1, start: at, via: 'dateline' });
        covered.push([at, at + dateline.length]);
      }
    }
    for (const m of p.text.matchAll(LOCATIVE)) {
      const at = m.index + m[0].length;
      const idx = runs.findIndex((r) => r.start === at);
      const run = runs[idx];
      if (!run || !placeCandidate(run, people)) continue;
      if (WEAK.has((m[1] ?? '').toLowerCase()) && !isPlaceRun(run.text, run.tokens)) continue;
      const end = chain(p.text, runs, idx);
      const following = NEXT_LOWER_WORD.exec(p.text.slice(end, end + 40))?.[1];
      if (following && !AFTER_PLACE.has(following) && !looksLikeVerb(following) && !isPlaceRun(run.text, run.tokens)) continue;
      out.push({ name: p.text.slice(at, end), paragraph: p.number, start: at, via: 'preposition' });
      covered.push([at, end]);
    }
    for (const run of runs) {
      if (isOrganizationRun(run.text, run.tokens) && !isPlaceRun(run.text, run.tokens)) continue;
      for (const s of subSpans(p.text, run, isPlace, mayBePlace)) {
        if (covered.some(([a, b]) => s.start >= a && s.start < b)) continue;
        out.push({ name: s.name, paragraph: p.number, start: s.start, via: 'known' });
      }
    }
  }
  return out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

const LETTER = /\p{L}/u;

/** Organizations named in the body ("NATO", "Bulog", "The Straits Times"), in order of first mention. */
export function findOrganizations(paragraphs: readonly Paragraph[], datelineText: string | null): string[] {
  const seen = new Map<string, string>();
  for (const p of paragraphs) {
    // The dateline's outlet ("KONTAN.CO.ID") is the publisher, not an organization in the story.
    const skip = p.number === 1 && datelineText && p.text.startsWith(datelineText) ? datelineText.length : 0;
    const tokens = tokenize(p.text);
    for (const run of capitalizedRuns(p.text, skip > 0 ? tokens.filter((t) => t.start >= skip) : tokens)) {
      const isOrg = (s: string): boolean =>
        isOrganization(s) && !isPlace(s) && !isTitleWord(s) && (s.includes(' ') || isAcronym(s) || s.length > 3);
      for (const s of subSpans(p.text, run, isOrg, mayBeOrganization)) {
        // Letters glued to dots are a domain or an abbreviation ("KONTAN.CO.ID", "U.S."), not an acronym.
        if (/[.]$/u.test(p.text.slice(0, s.start)) || p.text[s.start + s.name.length] === '.' && LETTER.test(p.text[s.start + s.name.length + 1] ?? '')) continue;
        const clean = s.name.replace(/['’]s$/u, ''); // "NATO's" is NATO
        const key = clean.toLowerCase();
        if (!seen.has(key)) seen.set(key, clean);
      }
    }
  }
  return [...seen.values()];
}
