/**
 * What kind of span answers a question, finer than its type: "how many passengers" wants a count of
 * passengers, "berapa harga" money, "how long" a duration, "pukul berapa" a clock time, "which
 * market" a name headed by "market". Read from the question word and its head noun, in both
 * languages; the head noun is returned so that candidates can be checked against it.
 *
 * Example: "How many new social enterprise hawker centres does the scheme cover?" →
 *   kind count, head "centres", head phrase [new, social, enterprise, hawker, centres].
 */
import { bothLanguages, ENGLISH, INDONESIAN } from '../language/index.ts';
import { oneSlipApart } from '../text/edit-distance.ts';
import type { QuestionType } from '../types.ts';
import type { AnswerKind } from './classify.ts';

export interface Expectation {
  kind: AnswerKind;
  /** The head noun naming what is asked for ("centres", "penumpang"), folded; null when none. */
  head: string | null;
  /** The head noun phrase's words (modifiers and head), folded. */
  headPhrase: string[];
}

const MONEY = bothLanguages('moneyNouns');
const PERCENT = bothLanguages('percentNouns');
const DURATION = bothLanguages('durationNouns');
const AGE = bothLanguages('ageNouns');
const RANK = bothLanguages('rankNouns');
const MEASURE = bothLanguages('measureNouns');
const PERSON = bothLanguages('personNouns');
const ORGANIZATION = bothLanguages('organizationNouns');
const PLACE = bothLanguages('placeNouns');
const DURATION_UNITS = bothLanguages('durationUnits');

// Words that end a question's head phrase: auxiliaries, prepositions, determiners, "yang".
const EN_STOP: ReadonlySet<string> = new Set(ENGLISH.headPhraseEnders);
const ID_STOP: ReadonlySet<string> = new Set(INDONESIAN.headPhraseEnders);

const EN_QUANT = /\bhow\s+(?:many|much)\s+((?:[a-z'’-]+\s+){0,6})/;
const EN_WHICH = /\b(?:which|what)(?:\s*['’]s|\s+(?:is|was|are|were))?(?:\s+the)?\s+((?:[a-z'’-]+\s+){0,4})/;
// "What's Danang's job?", "Apa jabatan Slamet?", "what is her role": the person's title is wanted.
const ROLE = /\b(?:job|role|position|title|occupation|profession|post|jabatan|pekerjaan|profesi|posisi|peran)(?:nya)?\b/;
// "What's the most golds …", "what was the total number of …": an amount, not a name.
const SUPERLATIVE_AMOUNT = /\b(?:what|which)(?:\s*['’]s|\s+(?:is|was|are|were))?\s+the\s+(?:most|highest|lowest|fewest|largest|biggest|total|number\s+of|amount\s+of)\b/;
const ID_BERAPA = /\b(?:berapa|seberapa)(?:kah)?\s+((?:[a-z-]+\s+){0,5})/;
const ID_BEFORE = /\b([a-z-]+)\s+(?:berapa|apa|mana)(?:kah)?\b/;

const words = (s: string | undefined): string[] => (s ?? '').replace(/['’]s\b/g, " 's").split(/\s+/).filter(Boolean);

function englishPhrase(list: string[]): string[] {
  const out: string[] = [];
  for (const w of list) {
    // "golds Singapore's swimmers": a possessor starts the next noun phrase; "Riau's hotspots":
    // a possessor that opens the phrase only determines it.
    if (w === "'s") {
      if (out.length <= 1) {
        out.length = 0;
        continue;
      }
      out.pop();
      break;
    }
    if (EN_STOP.has(w)) break;
    // "which company organised …", "which team winning …": a verb ends the noun phrase.
    if (out.length && /(?:ed|ing)$/.test(w) && w.length > 4) break;
    out.push(w);
  }
  return out;
}

function indonesianPhrase(list: string[]): string[] {
  const out: string[] = [];
  for (const w of list) {
    if (w === "'s") break;
    if (ID_STOP.has(w)) break;
    if (!out.length && MEASURE.has(w)) continue;
    out.push(w);
  }
  return out;
}

/** Which typed kind a head phrase asks for, if its words say so. */
function kindOfPhrase(phrase: readonly string[]): AnswerKind | null {
  if (phrase.some((w) => MONEY.has(w))) return 'money';
  if (phrase.some((w) => PERCENT.has(w))) return 'percent';
  if (phrase.some((w) => AGE.has(w))) return 'age';
  if (phrase.some((w) => DURATION.has(w))) return 'duration';
  if (phrase.some((w) => RANK.has(w))) return 'ordinal';
  return null;
}

/** Whether a word is in a list, or one typing slip away from a long entry ("provnce", "kabupatn"). */
function inList(list: ReadonlySet<string>, w: string): boolean {
  if (list.has(w)) return true;
  if (w.length < 5) return false;
  for (const entry of list) if (entry.length >= 5 && oneSlipApart(entry, w)) return true;
  return false;
}

/** The answer kind a named thing's head noun implies ("which market" → place). */
function kindOfHead(head: string, phrase: readonly string[]): AnswerKind {
  if (phrase.some((w) => inList(PLACE, w))) return 'place';
  if (phrase.some((w) => inList(ORGANIZATION, w))) return 'organization';
  if (phrase.some((w) => inList(PERSON, w))) return 'person';
  if (head === 'number' || head === 'nomor' || head === 'no') return 'code';
  return 'name';
}

/** Refine the classifier's kind for a folded, normalized question. */
export function expectation(question: string, type: QuestionType, kind: AnswerKind): Expectation {
  // The phrase patterns read words followed by a space: the last word needs one too.
  const text = `${question} `;
  const none = (k: AnswerKind): Expectation => ({ kind: k, head: null, headPhrase: [] });
  if (kind === 'meta' || kind === 'speaker' || kind === 'quote' || kind === 'reason') return none(kind);
  if (type === 'when') {
    if (/\b(?:what\s+time|at\s+what\s+hour|(?:pukul|jam)\s+berapa|berapa\s+(?:pukul|jam))\b/.test(text)) return none('time');
    return none('date');
  }
  // "edisi keberapa", "juara keberapa", "what place did she finish", "in which position": a rank.
  if (/\bkeberapa(?:kah)?\b|\b(?:what|which)\s+(?:place|position|rank|ranking)\b|\bperingkat\s+berapa\b|\burutan\s+(?:ke)?berapa\b/.test(text)) return none('ordinal');
  // "How soon …?": within how long.
  if (/\bhow\s+soon\b|\bberapa\s+cepat\b/.test(text)) return none('duration');
  if (type === 'how-many') {
    if (/\bhow\s+long\b|\bberapa\s+lama\b|\bselama\s+berapa\b|\bberapa\s+(?:tahun|bulan|hari|jam|menit|minggu|pekan)\s+(?:lama|lamanya)\b/.test(text)) return none('duration');
    if (/\bhow\s+old\b|\b(?:berapa\s+(?:usia|umur)|(?:usia|umur)(?:nya)?\s+berapa)\b/.test(text)) return none('age');
    if (/\b(?:what|which)\s+(?:percentage|proportion|share)\b|\bhow\s+many\s+percent\b|\bberapa\s+persen\b|\bpersen(?:tase)?(?:nya)?\s+berapa\b/.test(text)) return none('percent');
    const en = EN_QUANT.exec(text);
    if (en) {
      const phrase = englishPhrase(words(en[1]));
      // "How many of Riau's hotspots …": the counted noun follows "of".
      const after = phrase.length ? phrase : englishPhrase(words(/\bhow\s+(?:many|much)\s+of\s+(?:the\s+)?((?:[a-z'’-]+\s+){0,4})/.exec(text)?.[1]));
      const typed = kindOfPhrase(after) ?? (/\bhow\s+much\b/.test(text) && /\b(?:cost|costs|pay|paid|spend|spent|save|saved|earn|earned|raise|raised|worth|charge|charged|price|rent)\b/.test(text) ? 'money' : null);
      if (typed) return { kind: typed, head: after.at(-1) ?? null, headPhrase: after };
      return after.length ? { kind: 'count', head: after.at(-1) ?? null, headPhrase: after } : none('number');
    }
    const id = ID_BERAPA.exec(text);
    const before = ID_BEFORE.exec(text)?.[1];
    let phrase = indonesianPhrase(words(id?.[1]));
    // "Kelas berapa …", "nomor berapa", "Total emas … berapa?": the noun stands before "berapa".
    if (!phrase.length && before && !ID_STOP.has(before)) phrase = [before];
    if (!phrase.length) {
      const opening = indonesianPhrase(words(text.replace(/\bberapa\b.*$/, ''))).filter((w) => !ID_STOP.has(w));
      if (opening.length) phrase = opening.slice(0, 3);
    }
    if (phrase[0] === 'nomor' || phrase[0] === 'no') return { kind: 'code', head: phrase[0], headPhrase: phrase };
    if (phrase[0] && DURATION_UNITS.has(phrase[0]) && /\b(?:tahun|bulan)\s+berapa\b/.test(text)) return none('date');
    const typed = kindOfPhrase(phrase);
    if (typed) return { kind: typed, head: phrase[0] ?? null, headPhrase: phrase };
    if (before && RANK.has(before)) return { kind: 'ordinal', head: before, headPhrase: [before] };
    return phrase.length ? { kind: 'count', head: phrase[0] ?? null, headPhrase: phrase } : none('number');
  }
  if ((type === 'what' || type === 'which') && ROLE.test(text) && !/\b(?:how|berapa)\b/.test(text)) return none('role');
  // "What did the cheapest rice cost?", "what does a ticket cost": a price.
  if (type === 'what' && /\b(?:cost|costs|costed|priced)\b/.test(text)) return none('money');
  if (SUPERLATIVE_AMOUNT.test(text)) {
    const phrase = englishPhrase(words(/\bthe\s+(?:most|highest|lowest|fewest|largest|biggest|total|number\s+of|amount\s+of)\s+((?:[a-z'’-]+\s+){0,4})/.exec(text)?.[1]));
    const typed = kindOfPhrase(phrase);
    return { kind: typed ?? (phrase.length ? 'count' : 'number'), head: phrase.at(-1) ?? null, headPhrase: phrase };
  }
  if (kind === 'name' || kind === 'clause' || type === 'which' || type === 'who' || type === 'where') {
    const en = EN_WHICH.exec(text);
    const phrase = en ? englishPhrase(words(en[1])) : [];
    const id = ID_BEFORE.exec(text)?.[1];
    const head = phrase.at(-1) ?? (id && !ID_STOP.has(id) ? id : null);
    if (head) {
      const headPhrase = phrase.length ? phrase : [head];
      if (/\b(?:number|nomor)\b/.test(head)) return { kind: 'code', head, headPhrase };
      if (type === 'who') return { kind: kind === 'person' ? 'person' : kind, head, headPhrase };
      // "What is Lumora's revenue forecast?": a money noun makes it an amount.
      const amount = kindOfPhrase(headPhrase);
      if (amount && (type === 'what' || type === 'which')) return { kind: amount, head, headPhrase };
      if (kind === 'clause' && !/\b(?:number|nomor)\b/.test(head) && type !== 'which') return none(kind);
      if (type === 'where') return { kind: 'place', head, headPhrase };
      return { kind: kindOfHead(head, headPhrase), head, headPhrase };
    }
  }
  return none(kind);
}
