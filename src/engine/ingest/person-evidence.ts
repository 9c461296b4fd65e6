/**
 * Whether a capitalized name is a person, as a score over named evidence. A person is introduced by
 * a title or an honorific ("Presiden Joko Widodo", "Ms Lim", "dr. Leni Marlina"), an appositive role
 * ("Lionel Chua, head of research …"), an age ("ES (62)", "Kenny Wong, 35,"), a person noun
 * ("penyanyi Nadia Kirana"), speech ("kata Halid", "Rutte menegaskan"), or the plain shape of a
 * personal name; a place or an organization by a locative preposition ("di Bumi Tegar Beriman",
 * "at Yishun Park"), a place/organization/thing word in the name ("Band Lentera Senja", "Batik Air",
 * "Satelit Terra") or a place/organization noun before it ("maskapai Batik Air"). Each piece of
 * evidence counts once per name, in both languages alike.
 */
import { bothLanguages } from '../language/index.ts';
import { L, LL, M, N, classOf } from './chars.ts';
import { HONORIFICS, ORG_HEADS, ORG_TAILS, PLACE_HEADS, PLACE_TAILS, PLACE_TAIL_NOUNS, THING_HEADS, THING_TAILS } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** A named piece of evidence about a name. */
export type Evidence =
  /** A title before or after it: "Presiden Joko Widodo", "Mark Rutte, NATO's secretary general". */
  | 'title'
  /** An honorific or form of address before it: "Pak Budi", "Ms Lim", "Hj. Baiq Nurhayati". */
  | 'honorific'
  /** An age right after it: "ES (62)", "Ricardo Almeida, 47,". */
  | 'age'
  /** A person noun right before it, or an introduction by role: "penyanyi Nadia Kirana", "seorang pedagang". */
  | 'role'
  /** Subject or object of a reporting verb: "kata Halid", "Rutte menegaskan", "said Ms Lim". */
  | 'speaker'
  /** Two to four capitalized words that are not sentence-initial capitals nor common words of the article. */
  | 'shape'
  /** One word of the name is used alone elsewhere ("Rutte" for "Mark Rutte"). */
  | 'short-form'
  /** A locative preposition right before it: "di Indragiri Hilir", "at Yishun Park". */
  | 'locative'
  /** A place word in the name: "Distrik Okaba", "Yishun Park", "Jawa Barat". */
  | 'place-word'
  /** An organization word in the name: "Band Lentera Senja", "Batik Air", "Orchid Realty". */
  | 'org-word'
  /** A word that names a thing, an event or a law: "Satelit Terra", "Harbour Cup", "Insects Act". */
  | 'thing-word'
  /** A place noun right before it: "kawasan Kemayoran", "kabupaten Sintang", "the city of …". */
  | 'place-noun'
  /** An organization noun right before it: "maskapai Batik Air", "startup Tanimitra", "agency Orchid Realty". */
  | 'org-noun'
  /** It modifies a role noun after it, as an employer does: "Rovers coach", "Bloomberg economist". */
  | 'modifier'
  /** Half of its words or more are written in lowercase elsewhere in the article: a term, not a name. */
  | 'common-word'
  /** Every mention opens its sentence or a headline-like line, where capitals prove nothing. */
  | 'initial';

/**
 * Weights of the evidence: a name is a person when the weights of its distinct evidence add up to
 * PERSON_THRESHOLD. A plain two-word name (shape) passes on its own; one piece of place or
 * organization evidence sinks it unless a title, an honorific, an age or speech lifts it again.
 */
export const WEIGHTS: Readonly<Record<Evidence, number>> = {
  title: 3,
  honorific: 3,
  age: 3,
  role: 2,
  speaker: 2,
  shape: 2,
  'short-form': 1,
  locative: -3,
  'place-word': -3,
  'org-word': -3,
  'thing-word': -3,
  'place-noun': -3,
  'org-noun': -3,
  modifier: -2,
  'common-word': -2,
  initial: -1,
};

/** Score at which a name is taken for a person. */
export const PERSON_THRESHOLD = 2;

/** Sum of the weights of the distinct pieces of evidence. */
export function personScore(evidence: Iterable<Evidence>): number {
  let score = 0;
  for (const e of new Set(evidence)) score += WEIGHTS[e];
  return score;
}

/** Whether the evidence makes a name a person. */
export const isPersonEvidence = (evidence: Iterable<Evidence>): boolean => personScore(evidence) >= PERSON_THRESHOLD;

// Prepositions of place before a name (the motion ones that also introduce people, "kepada",
// "dari", "to", "from", are left out: "kata Budi dari BMKG", "told Lim").
const LOCATIVES = new Set([...bothLanguages('locativePrepositions'), 'ke', 'menuju', 'asal', 'antara', 'into', 'towards', 'toward', 'near', 'off', 'between']);
const PLACE_NOUNS = bothLanguages('placeNouns');
const ORG_NOUNS = bothLanguages('organizationNouns');
const PERSON_NOUNS = bothLanguages('personNouns');
// Temporal uses of the locative words never stand before a capitalized name that is not a date.
const NOT_LOCATIVE_BEFORE = new Set(['pada', 'on']);

// "in Hue and Da Nang", "di Pelalawan, Indragiri Hulu dan …": a later item of a list after a locative.
const LOCATIVE_LIST = /(?:^|[^\p{L}])(\p{Ll}+)\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*(?:,\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)*(?:,?\s+(?:dan|and|or|atau|serta))\s+$/u;
const CONJUNCTION_BEFORE = /\s(?:dan|and|or|atau|serta)\s+$/u;
const CONJUNCTIONS = new Set(['dan', 'and', 'or', 'atau', 'serta']);

const locative = (w: string | undefined): boolean => w !== undefined && LOCATIVES.has(w) && !NOT_LOCATIVE_BEFORE.has(w);

/**
 * The lowercase word that ends right before `end` in `text`, across spaces (what
 * `/(?:^|[^\p{L}\p{N}])(\p{Ll}[\p{L}\p{M}'’-]*)[ \u00a0]+$/u` captures), with its start; null when
 * none does (a capitalized word, a number or punctuation stands there).
 */
function wordBefore(text: string, end: number): { word: string; start: number } | null {
  let i = end;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 0xa0)) i -= 1;
  if (i === end) return null;
  const stop = i;
  // Letters, marks and the joiners ' ’ - inside a word.
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 39 || c === 0x2019 || c === 45 || (classOf(c) & (L | M)) !== 0) i -= 1;
    else break;
  }
  if (i === stop) return null;
  if (i > 0 && (classOf(text.charCodeAt(i - 1)) & N) !== 0) return null;
  if ((classOf(text.charCodeAt(i)) & LL) === 0) return null;
  return { word: text.slice(i, stop), start: i };
}

/**
 * Evidence from the words right before a mention that starts at `start` in `text`: a locative
 * preposition, possibly followed by a place noun ("di kawasan", "in the"), or a place,
 * organization or person noun ("maskapai", "startup", "penyanyi").
 */
export function evidenceBefore(text: string, start: number): Evidence[] {
  const b1 = wordBefore(text, start);
  if (!b1 || CONJUNCTIONS.has(b1.word)) {
    const head = text.slice(Math.max(0, start - 80), start);
    return CONJUNCTION_BEFORE.test(head) && locative(LOCATIVE_LIST.exec(head)?.[1]) ? ['locative'] : [];
  }
  const w1 = b1.word;
  if (locative(w1)) return ['locative'];
  const out: Evidence[] = [];
  if (PLACE_NOUNS.has(w1)) out.push('place-noun');
  else if (ORG_NOUNS.has(w1)) out.push('org-noun');
  else if (PERSON_NOUNS.has(w1)) out.push('role');
  // "di kawasan X", "in the Waikato": the preposition stands one word further back.
  if ((PLACE_NOUNS.has(w1) || w1 === 'the') && locative(wordBefore(text, b1.start)?.word)) out.push('locative');
  return out;
}

const AGE_AFTER = /^\s*(?:\(\s*\d{1,3}(?:\s*(?:tahun|th|thn))?\s*\)|,\s*\d{1,3}(?:\s*(?:tahun|th|thn))?\s*,)/u;
const AGE_BEFORE = /\b\d{1,3}-year-old(?:\s+\p{Ll}+){0,2}\s+$/u;

/** Whether an age stands right after a mention ("(62)", ", 54,") or before it ("19-year-old substitute"). */
export function hasAge(text: string, start: number, end: number): boolean {
  // Both forms hold a digit or "-year-old" close by: most names have neither, and skip the regexes.
  const c = text.charCodeAt(end);
  const after = (c === 32 || c === 44) && AGE_AFTER.test(text.slice(end, end + 16));
  return after || (text.lastIndexOf('-year-old', start) > start - 48 && AGE_BEFORE.test(text.slice(Math.max(0, start - 48), start)));
}

/** Whether an honorific stands right before `start` ("Hj. ", "dr. ", "Pak "), outside the name's run. */
export function honorificBefore(text: string, start: number): boolean {
  // What `/(?:^|[^\p{L}\p{N}.])(\p{L}{1,7})\.?[ \u00a0]+$/u` captures, by char codes.
  let i = start;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 0xa0)) i -= 1;
  if (i === start) return false;
  if (text.charCodeAt(i - 1) === 46) i -= 1;
  const end = i;
  while (i > 0 && end - i < 8 && (classOf(text.charCodeAt(i - 1)) & L) !== 0) i -= 1;
  if (i === end || end - i > 7) return false;
  const c = i > 0 ? text.charCodeAt(i - 1) : -1;
  if (c === 46 || (c >= 0 && (classOf(c) & (L | N)) !== 0)) return false;
  return HONORIFICS.has(text.slice(i, end).toLowerCase());
}

/** Whether a token is an honorific ("Pak", "Ms", "Hj"). */
export const isHonorific = (t: Token): boolean => HONORIFICS.has(t.lower);

// English compass words open place names: "East Sea", "North District".
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/**
 * Evidence in the words of the name itself: a place, organization or thing word at its head or
 * its end ("Distrik Okaba", "Yishun Park", "Band Lentera Senja", "Batik Air", "Harbour Cup").
 * `words` are the lowercase words of the name.
 */
export function evidenceInName(words: readonly string[]): Evidence[] {
  return nameEnds(words[0] ?? '', words[words.length - 1] ?? '', words.length);
}

/** evidenceInName for a name of `count` words whose first and last words (lowercase) are given. */
export function nameEnds(first: string, last: string, count: number): Evidence[] {
  if (count === 0) return [];
  const out: Evidence[] = [];
  const several = count >= 2;
  if (several && (PLACE_HEADS.has(first) || COMPASS.has(first) || PLACE_TAIL_NOUNS.has(last) || PLACE_TAILS.has(last))) out.push('place-word');
  if (several && (ORG_HEADS.has(first) || ORG_TAILS.has(last))) out.push('org-word');
  if (several && (THING_HEADS.has(first) || THING_TAILS.has(last))) out.push('thing-word');
  return out;
}

/** Whether a lowercase word ends an organization or place name ("lines", "park", "timur"). */
export const isNameTail = (word: string): boolean => ORG_TAILS.has(word) || PLACE_TAIL_NOUNS.has(word) || PLACE_TAILS.has(word);

/** Whether a lowercase word opens a place name ("rsud", "jalan", "pasar"). */
export const isPlaceHead = (word: string): boolean => PLACE_HEADS.has(word);

/** Whether a lowercase word opens an organization name ("universitas", "yayasan"). */
export const isOrganizationHead = (word: string): boolean => ORG_HEADS.has(word);

/** Whether a lowercase word is a person noun ("pedagang", "hawker"). */
export const isPersonNoun = (word: string): boolean => PERSON_NOUNS.has(word);

/** Whether a lowercase word is an organization noun ("perusahaan", "startup"). */
export const isOrganizationNoun = (word: string): boolean => ORG_NOUNS.has(word);

/** Whether a lowercase word is a place noun ("kota", "estate"). */
export const isPlaceNoun = (word: string): boolean => PLACE_NOUNS.has(word);
