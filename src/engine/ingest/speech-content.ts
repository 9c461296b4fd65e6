/**
 * What a reporting verb reports, or nothing: the statement after "mengatakan bahwa", "said", "kata";
 * never what the speaker did or criticised ("mengkritik dukungan militer AS" has no statement),
 * never a topic ("mengingatkan tentang ancaman global …"), never a bare time or place ("said on
 * Tuesday"), and never what a speaker declined to say ("enggan mengatakan").
 */
import { LANGUAGES, bothLanguages } from '../language/index.ts';
import { COMPLEMENTIZERS, looksLikeVerb, needsClause } from './reporting.ts';
import { wordCount } from './text.ts';
import { tokenizeOnce, type Token } from './tokens.ts';

const TOPIC = bothLanguages('topicPrepositions');
const NEGATIONS = bothLanguages('negations');
const WEEKDAYS = bothLanguages('weekdays');
const MONTHS = bothLanguages('months');
const RELATIVE_DAYS = bothLanguages('relativeDays');
const TEMPORAL = bothLanguages('temporalPrepositions');
// An English statement opens with its subject, never with a preposition: "added to her haul of
// four golds" is no speech. A short prepositional phrase alone is an adjunct in both languages
// ("said in a statement today", "kata Budi di Jakarta"): the statement stands elsewhere.
const EN_PREPOSITIONS = new Set([...LANGUAGES.en.locativePrepositions, ...LANGUAGES.en.temporalPrepositions, ...LANGUAGES.en.agentPrepositions,
  ...LANGUAGES.en.motionPrepositions, 'after', 'during', 'with', 'for', 'following', 'ahead']);
const PREPOSITIONS = new Set([...EN_PREPOSITIONS, ...bothLanguages('locativePrepositions'), ...bothLanguages('temporalPrepositions'), 'kepada', 'usai', 'seusai']);
const SHORT_ADJUNCT = 5;
const ADDS = new Set(['added', 'adds', 'add']);
// Verbs whose first object is the listener: "told reporters he would …", "told the court".
const TO_LISTENER = new Set(['told', 'tells', 'tell']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'the', 'its', 'his', 'her', 'their']);

/** Whether the words before a reporting verb deny or withhold it: "enggan mengatakan", "declined to say". */
export function negated(beforeVerb: string): boolean {
  const words = tokenizeOnce(beforeVerb.slice(-40)).slice(-3).map((t) => t.lower);
  const last = words[words.length - 1];
  const second = words[words.length - 2];
  // "declined to say", "tidak mau mengatakan", "did not say".
  return (last !== undefined && NEGATIONS.has(last)) || (second !== undefined && NEGATIONS.has(second) && (last === 'to' || last === 'mau' || last === 'ingin' || last === 'bisa'));
}

/**
 * Length of a time adjunct at the start of `s` (exported for the words between a subject and its
 * verb: "Antonio Guterres, pada Senin mengatakan"): "on Wednesday", "pada Senin (2/12)", "on Tuesday
 * (Mar 4)", "today", "kemarin", with the comma after it. 0 when there is none.
 */
export function timeAdjunct(s: string): number {
  const tokens = tokenizeOnce(s, 4);
  let i = 0;
  if (tokens[0] && TEMPORAL.has(tokens[0].lower)) i = 1;
  const t = tokens[i];
  if (!t) return 0;
  const two = tokens[i + 1] ? `${t.lower} ${(tokens[i + 1] as { lower: string }).lower}` : '';
  let end: number;
  if (RELATIVE_DAYS.has(two)) end = (tokens[i + 1] as { end: number }).end;
  else if (WEEKDAYS.has(t.lower) || MONTHS.has(t.lower) || RELATIVE_DAYS.has(t.lower)) end = t.end;
  else return 0;
  const rest = /^\s*(?:\([^()]{1,20}\))?\s*,?\s*/u.exec(s.slice(end))?.[0] ?? '';
  return end + rest.length;
}

// Complementizers that open the statement wherever they stand in its first words ("mengatakan
// kepada wartawan bahwa …"); the conditional ones ("jika", "kalau", "whether") only right after the verb.
const ANYWHERE = new Set(['bahwa', 'agar', 'supaya', 'that']);
const NOT_AFTER = new Set(['yang', 'which', 'who', 'that']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);

/**
 * Where the statement of an object-taking verb ("mengkritik", "mengimbau", "urged") starts: after
 * a complementizer ("mengimbau agar …"), or with the object when a predicate follows it
 * ("mengimbau warga segera membawa …", "mendesak para anggota untuk memberikan …", "urged
 * members to act"). -1 when the object stands alone ("mengkritik dukungan militer AS untuk Kyiv").
 */
function actStatement(tokens: readonly Token[]): { from: number; skip: boolean } | null {
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (t.lower === 'that' ? i === 0 : ANYWHERE.has(t.lower)) return { from: i, skip: true };
    if (NOT_AFTER.has(t.lower)) return null;
    const next = tokens[i + 1];
    if ((t.lower === 'untuk' || t.lower === 'to') && next && (t.lower === 'to' ? !DETERMINERS.has(next.lower) && !next.cap : looksLikeVerb(next.text))) return { from: 0, skip: false };
    if (i >= 1 && i <= 4 && !t.cap && /^(?:me|ber|di|ter)\p{L}{3,}$/u.test(t.lower)) return { from: 0, skip: false };
  }
  return null;
}

/** Why a verb reports no statement: nothing but a time follows it (the statement may stand before it), or what follows is no statement. */
export type NoStatement = 'empty' | 'none';

/**
 * The statement reported after the verb `verb` (lowercase) in `afterVerb`: after a complementizer
 * within a few words ("kepada wartawan bahwa …"), past a time adjunct, and, for verbs whose object
 * is what was done ("mengkritik", "urged"), only when a clause follows.
 */
export function reportedAfter(verb: string, afterVerb: string): string | NoStatement {
  let s = afterVerb.replace(/^[\s,:]+/u, '');
  const tokens = tokenizeOnce(s, 8);
  let opened: boolean;
  if (needsClause(verb)) {
    const at = actStatement(tokens);
    // "…, Statistics Indonesia announced on Wednesday.": nothing after the verb but a time.
    if (!at) return s.slice(timeAdjunct(s)).replace(/[\s.!?…]+$/u, '').length === 0 ? 'empty' : 'none';
    const word = tokens[at.from];
    if (at.skip && word) s = s.slice(word.end);
    opened = at.skip;
  } else {
    const word = tokens.find((t, n) => ANYWHERE.has(t.lower) || (n === 0 && COMPLEMENTIZERS.has(t.lower)));
    if (word) s = s.slice(word.end);
    opened = word !== undefined;
  }
  s = s.replace(/^[\s,:]+/u, '');
  s = s.slice(timeAdjunct(s));
  if (TO_LISTENER.has(verb) && !opened) {
    // "told reporters he would …": the listener is not part of the statement.
    const after = tokenizeOnce(s, 5);
    const next = after.findIndex((t, n) => n > 0 && (PRONOUNS.has(t.lower) || t.cap));
    const cut = after[next];
    if (next > 0 && next <= 3 && cut) s = s.slice(cut.start);
    // "…, Ariel Santos told reporters.": only the listener; the statement stands before.
    else if (wordCount(s) <= 4) return 'empty';
  }
  const clean = s.replace(/[\s.!?…]+$/u, '');
  const first = tokenizeOnce(clean, 1)[0];
  if (!first) return 'empty';
  if (TOPIC.has(first.lower)) return 'none';
  // "Teong Tzen Wei added four golds …": "added" before an amount adds to a tally.
  if (ADDS.has(verb) && /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|another|a further)\s)/iu.test(clean)) return 'none';
  const opensWithWord = first.start === 0;
  if (opensWithWord && PREPOSITIONS.has(first.lower) && wordCount(clean) <= SHORT_ADJUNCT) return 'empty';
  if (opensWithWord && EN_PREPOSITIONS.has(first.lower)) return 'none';
  return wordCount(clean) >= 2 ? clean : 'empty';
}
