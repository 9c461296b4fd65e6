/**
 * A name with the question's own words and title words peeled off: "Kepala Dinas Kesehatan NTT
 * Stef Bria" asked as "Siapa Kepala Dinas Kesehatan NTT?" → "Stef Bria".
 */
import { isStopword } from '../text/stopwords.ts';
import type { Token } from '../text/tokens.ts';
import { isTitleWord } from '../ingest/titles.ts';
import type { Candidate } from './candidates.ts';

/** The peeled form of a name candidate, as a list of zero or one candidates. */
export function peeledName(c: Candidate, tokens: readonly Token[], text: string, inQuestion: (t: Token) => boolean): Candidate[] {
  if (c.kind !== 'name' && c.kind !== 'person' && c.kind !== 'organization' && c.kind !== 'place') return [];
  // Question words, titles and the joiners between them: "Ketua Fraksi FDP di Bundestag Wolfgang Gerhard".
  const strip = (t: Token | undefined) => t !== undefined && (inQuestion(t) || isTitleWord(t.text) || isStopword(t.folded));
  let first = c.first;
  let last = c.last;
  while (first < last && strip(tokens[first])) first += 1;
  while (last > first && strip(tokens[last])) last -= 1;
  if (first === c.first && last === c.last) return [];
  const a = tokens[first];
  const b = tokens[last];
  // What is left starts and ends with a name word, not a joiner ("di Pekanbaru" of "Slamet Riyadi di Pekanbaru").
  if (!a || !b || strip(a) || isStopword(a.folded) || isStopword(b.folded)) return [];
  // What is left must still look like a name: not "Ke" of "Ke-10", not the "I" of "Ketua I".
  if (first === last && (a.text.length < 3 || isStopword(a.folded))) return [];
  return [{ kind: c.kind === 'place' || c.kind === 'organization' ? 'name' : c.kind, text: text.slice(a.start, b.end), start: a.start, end: b.end, first, last, unit: [c.first, c.last] }];
}
