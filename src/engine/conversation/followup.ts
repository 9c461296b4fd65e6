/**
 * Follow-up resolution. A question leaning on the conversation — a pronoun ("when did he say
 * that?", "dia"), an ellipsis ("Where?", "lalu kapan?") or a subject swap ("what about China?")
 * — borrows the previous turn's content words and people. A question that names its own subject
 * and has no pronoun starts fresh.
 *
 * Example: turn 1 "Who said Russia supports North Korea's nuclear program?" → Mark Rutte.
 *   "and when did he say that?" → words [say] + he→[Mark Rutte] + that→[Russia, supports, North,
 *   Korea, nuclear, program]; type when; ¶s cited by turn 1 preferred.
 */
import type { QuestionAnalysis, QuestionWord } from '../question/analyze.ts';
import { bothLanguages } from '../language/index.ts';
import { fold, tokenize } from '../text/tokens.ts';
import type { Conversation, Turn } from '../types.ts';

const PERSON_PRONOUNS = bothLanguages('personPronouns');
const DAY_WORDS: ReadonlySet<string> = new Set([...bothLanguages('weekdays'), ...bothLanguages('months'), ...bothLanguages('partsOfDay'),
  'today', 'yesterday', 'tomorrow', 'kemarin', 'besok', 'lusa', 'tonight']);
const CONNECTOR = new RegExp(`^(?:${[...bothLanguages('connectors')].join('|')})\\b`, 'i');

export interface Resolved {
  analysis: QuestionAnalysis;
  /** The previous turn's answer: a follow-up that asks again ("and the rest?") wants another one. */
  previousAnswer: string | null;
  /** People the question is about, from the conversation. */
  focus: string[];
  /** Paragraphs ("article\0paragraph") the previous turn cited. */
  previousParagraphs: Set<string>;
  isFollowUp: boolean;
}

function asWords(texts: readonly string[], from: number, isName: boolean): QuestionWord[] {
  const out: QuestionWord[] = [];
  let position = from;
  for (const text of texts) {
    for (const t of tokenize(text)) {
      out.push({ surface: t.text, folded: t.folded, isName: isName || /^\p{Lu}/u.test(t.text), position });
      position += 1;
    }
    position += 1;
  }
  return out;
}

function withoutDuplicates(words: QuestionWord[]): QuestionWord[] {
  const seen = new Set<string>();
  return words.filter((w) => !seen.has(w.folded) && (seen.add(w.folded), true));
}

/** Resolve a question against the conversation's last turn. */
export function resolveFollowUp(analysis: QuestionAnalysis, conversation: Conversation | undefined): Resolved {
  const prev: Turn | undefined = conversation?.turns.at(-1);
  const fresh: Resolved = { analysis, focus: [], previousParagraphs: new Set(), isFollowUp: false, previousAnswer: null };
  if (!prev) return fresh;
  const ellipsis = analysis.words.length === 0;
  const pronoun = analysis.pronouns.length > 0;
  const connector = CONNECTOR.test(analysis.text.trim());
  if (!ellipsis && !pronoun && !analysis.swapSubject && !(connector && analysis.words.length <= 2)) return fresh;

  const personPronoun = analysis.pronouns.some((p) => PERSON_PRONOUNS.has(p));
  const focus = personPronoun ? prev.focus : [];
  let prevTerms = prev.terms;
  // "what about China?", "kalau ABK-nya?", "and crew?", "what about on Thursday?": keep what was
  // asked, replace the previous term of the same sort as the new one — a name, a day, or the noun
  // the question counted.
  const swap = analysis.swapSubject || (connector && analysis.type === 'unknown' && analysis.words.length > 0 && analysis.words.length <= 2);
  if (swap && analysis.words.length) {
    const sorts = new Set(analysis.words.map(sortOf));
    const names = new Set(prev.focus.flatMap((f) => tokenize(f).map((t) => t.folded)));
    prevTerms = prev.terms.filter((t) => {
      const sort = sortOf({ surface: t, folded: fold(t), isName: /^\p{Lu}/u.test(t) });
      if (!sorts.has(sort)) return true;
      if (sort === 'name') return !names.has(fold(t)) && !/^\p{Lu}/u.test(t);
      if (sort === 'noun') return fold(t) !== prev.head;
      return false;
    });
  }
  const words = withoutDuplicates([
    ...analysis.words,
    ...asWords(focus, 1000, true),
    ...asWords(prevTerms, 2000, false),
  ]);
  // "and in the second year?", "what about on thursday?": no question word of its own (analyze
  // reads "what about" as the swap, not as "what"), so the previous question is asked again.
  const inherit = analysis.type === 'unknown';
  const type = inherit ? prev.answer.type : analysis.type;
  const kind = inherit ? inheritKind(prev) : analysis.kind;
  // "kalau ABK-nya?" after "how many passengers …": the new word takes the old head's place.
  const swapped = swap && analysis.words[0] && prev.head && sortOf(analysis.words[0]) === 'noun' ? analysis.words[0].folded : null;
  const head = swapped ?? (inherit ? analysis.head ?? prev.head ?? null : analysis.head);
  return {
    analysis: { ...analysis, words, type, kind, head, language: analysis.language },
    focus,
    previousParagraphs: new Set(prev.answer.citations.map((c) => `${c.article}\u0000${c.paragraph}`)),
    isFollowUp: true,
    previousAnswer: prev.answer.found ? prev.answer.answer : null,
  };
}

/** What sort of term a word is, for swapping it with the previous question's term of that sort. */
function sortOf(w: Pick<QuestionWord, 'surface' | 'folded' | 'isName'>): 'date' | 'name' | 'noun' {
  if (DAY_WORDS.has(w.folded) || /^(?:1[5-9]|20)\d\d$/.test(w.folded)) return 'date';
  return w.isName ? 'name' : 'noun';
}

function inheritKind(prev: Turn): QuestionAnalysis['kind'] {
  if (prev.kind) return prev.kind as QuestionAnalysis['kind'];
  switch (prev.answer.type) {
    case 'who': return 'person';
    case 'who-said': return 'speaker';
    case 'what-said': return 'quote';
    case 'when': return 'date';
    case 'where': return 'place';
    case 'how-many': return 'number';
    case 'why': return 'reason';
    case 'which': return 'name';
    default: return 'clause';
  }
}
