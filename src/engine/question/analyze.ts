/**
 * Question analysis: language, type, and the content words retrieval should look for.
 *
 * Example: "Who said Russia supports North Korea's nuclear program?" →
 *   language en, type who-said, kind speaker,
 *   words [russia, supports, north, korea, nuclear, program] (names: Russia, North, Korea).
 */
import type { Language, QuestionType } from '../types.ts';
import { fold, tokenize } from '../text/tokens.ts';
import { isStopword } from '../text/stopwords.ts';
import { bothLanguages } from '../language/index.ts';
import { classify, type AnswerKind, type MetaTarget } from './classify.ts';
import { expectation } from './expect.ts';
import { detectLanguage } from './language.ts';
import { isRoleWord } from './roles.ts';
import { normalizeQuestionText, normalizeQuestionWord } from './spelling.ts';

// Module constants: tsx and esbuild compile a \p{…} regex literal to `new RegExp(…)`, which inside a
// function would be rebuilt on every call.
const ANY_LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\d]+$/u;
const ACRONYM = /^\p{Lu}{2,5}$/u;
const LOWERCASE = /\p{Ll}/u;

/** One content word of the question. */
export interface QuestionWord {
  surface: string;
  folded: string;
  /** Capitalized mid-question, or all caps: a name that must be matched as such. */
  isName: boolean;
  /** A role or office ("Bupati", "coach"): must be found, like a name, but is not one. */
  isRole?: boolean;
  /** The head noun of "which newspaper"/"nama X": it names the answer's type, the text may not repeat it. */
  isHead?: boolean;
  /** Position in the question, to find phrases ("north korea"). */
  position: number;
  /** The particle right after an English verb ("walk out", "speed up"): a stopword, but part of its meaning. */
  particle?: string;
}

export interface QuestionAnalysis {
  text: string;
  language: Language;
  type: QuestionType;
  /** The kind of span that answers it (expect.ts: count, money, time, place …). */
  kind: AnswerKind;
  meta: MetaTarget;
  /** The noun naming what is asked for ("which market", "how many passengers"), folded. */
  head: string | null;
  words: QuestionWord[];
  /** Pronouns and demonstratives that point back into the conversation. */
  pronouns: string[];
  /** "what about China?" / "bagaimana dengan China?": swap the subject, keep the rest. */
  swapSubject: boolean;
}

const PRONOUNS = bothLanguages('pronouns');
// Calendar words are capitalized but not names.
const CALENDAR: ReadonlySet<string> = new Set([...bothLanguages('weekdays'), ...bothLanguages('months')]);

// Particles of English phrasal verbs ("walk out", "speed up", "call off"): "in" and "on" are left
// out, as they are far more often prepositions ("born in", "spoke on Monday").
const PARTICLES = new Set(['up', 'out', 'down', 'off', 'back', 'away', 'over']);

// Honorifics are not names and the text often leaves them out ("Dr Wilson" → "Wilson").
const HONORIFICS = bothLanguages('honorifics');
const SWAP = /^(?:(?:and|so|but|lalu|dan|kalau)\s+)?(?:what|how)\s+about\b|^(?:(?:lalu|dan)\s+)?bagaimana\s+dengan\b|^kalau\b/;

/** Analyze a question; `fallbackLanguage` is the conversation's language for one-word follow-ups. */
export function analyzeQuestion(question: string, fallbackLanguage: Language | null = null): QuestionAnalysis {
  const text = question.trim();
  const folded = fold(text);
  const language = detectLanguage(text, fallbackLanguage);
  const normalized = normalizeQuestionText(folded);
  const swapSubject = SWAP.test(normalized.trim());
  // "what about the women's event?": the swap phrase is not a question word; what follows may have one.
  const cls = classify(swapSubject ? normalized.trim().replace(SWAP, ' ') : normalized);
  const expected = expectation(normalized.replace(/[?!.,;:"“”()]/g, ' ').replace(/\s+/g, ' ').trim(), cls.type, cls.kind);
  // The noun of "which market" names the answer's type and weighs little in retrieval; the noun of
  // "how many passengers" is what the number counts and must be found next to it.
  const nameHead = expected.kind === 'name' || expected.kind === 'place' || expected.kind === 'organization' || expected.kind === 'person' || expected.kind === 'code';
  const words: QuestionWord[] = [];
  const pronouns: string[] = [];
  const tokens = tokenize(text);
  // A question typed in lowercase somewhere says something by its capitals: "AS", "WHO", "IT".
  const cased = LOWERCASE.test(text);
  tokens.forEach((t, i) => {
    let f = normalizeQuestionWord(t.folded);
    // An acronym past the first word is a name even when it spells a function word ("Apa kata AS").
    const acronym = cased && i > 0 && ACRONYM.test(t.text);
    // Indonesian clitics on question words and pronoun suffixes: "siapakah", "pernyataannya".
    if (language === 'id' && f.length > 5 && f.endsWith('nya')) {
      pronouns.push('nya');
      f = f.slice(0, -3);
    }
    // "kalikah", "berapakah": the -kah question particle is not part of the word.
    if (language === 'id' && f.length > 5 && f.endsWith('kah')) f = f.slice(0, -3);
    if (PRONOUNS.has(f) && !acronym) {
      pronouns.push(f);
      return;
    }
    if (!acronym && (cls.consumed.has(f) || isStopword(f) || HONORIFICS.has(f))) {
      const previous = words.at(-1);
      if (language === 'en' && PARTICLES.has(f) && previous?.position === i - 1) previous.particle = f;
      return;
    }
    if (f.length < 2 && !/\d/.test(f)) return;
    const role = isRoleWord(f);
    // Numbers and calendar words ("2005", "Oktober") are capitalized or all-caps-like but not names.
    const isName = !role && !CALENDAR.has(f) && ANY_LETTER.test(t.text)
      && ((i > 0 && UPPER_START.test(t.text)) || (t.text.length >= 2 && ALL_CAPS.test(t.text)));
    const word: QuestionWord = { surface: t.text, folded: f, isName, position: i };
    if (role) word.isRole = true;
    if ((cls.head === f || expected.head === f) && nameHead) word.isHead = true;
    words.push(word);
  });
  return {
    text,
    language,
    type: cls.type,
    // "Apakah nama sekretaris jenderal NATO?": the name of an office is its holder's.
    kind: expected.kind === 'name' && cls.head !== null && isRoleWord(cls.head) ? 'person' : expected.kind,
    meta: cls.meta,
    head: expected.head ?? cls.head,
    words,
    pronouns,
    swapSubject,
  };
}
