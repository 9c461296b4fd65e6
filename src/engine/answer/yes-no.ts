/**
 * Yes/no questions ("Did Rutte say Russia supports North Korea?", "Apakah Rutte menyebut Tiongkok?")
 * are answered "yes" only when one sentence states it: the same speaker (for "did X say …": a
 * reporting verb with X, or a quote the article attributes to X), and the question's own words —
 * subject, predicate, object — in that order and not negated. Anything less is "the article does
 * not say": a yes/no question is never answered with a bare span.
 *
 * The extraction's `answer` is the verbatim stretch of the sentence that states it (from the first
 * to the last matched word), its citation the sentence; the surface says "Yes"/"Ya" with that quote.
 *
 * Example, "Did Rutte say Russia supports North Korea?" over the bundled article:
 *   speaker Rutte, speech verb "say", content Russia · supports · North Korea
 *   ¶3 "Sebagai imbalan … Korea Utara, Rusia memberikan dukungan …" — North Korea comes first: no
 *   ¶1 "… Mark Rutte … mengungkapkan bahwa Rusia memberikan dukungan … Korea Utara …"   — yes
 */
import { verbForm } from '../ingest/reporting.ts';
import type { QuestionAnalysis } from '../question/analyze.ts';
import type { TermGroup } from '../retrieval/expand.ts';
import { fold, tokenize, type Token } from '../text/tokens.ts';
import { citationOf, resolveHits, type AnswerContext, type Extraction, type HitSentence } from './context.ts';
import { matchTokens } from './match.ts';

/** Verbs that only say that someone spoke: the speaker and what was said are checked instead. */
const SPEECH = new Set(`say says said saying tell tells told mention mentions mentioned state states stated claim claims claimed
  speak spoke talk talked
  kata berkata mengatakan katakan bilang sebut menyebut menyebutkan disebut nyatakan menyatakan ungkap mengungkapkan
  sampaikan menyampaikan ujar berujar ucap mengucapkan tutur menuturkan`.split(/\s+/).filter(Boolean));

/** Words that deny what follows them in the sentence. */
const NEGATIONS = new Set(['tidak', 'tak', 'bukan', 'belum', 'tanpa', 'enggan', 'membantah', 'menolak', 'not', 'never', 'no',
  'nor', "didn't", "doesn't", "don't", "isn't", "wasn't", "won't", 'denied', 'denies', 'rejected']);

/** Copulas: "Is X the Y?" states an identity, whose parts may come in any order ("Sekretaris Jenderal NATO, Mark Rutte"). */
const COPULA_EN = /^(?:(?:and|so|but|then)\s+)?(?:is|are|was|were|am)\b/i;
const COPULA_ID = /\b(?:adalah|merupakan|ialah|menjabat|sebagai)\b/i;

// "Apakah Rutte menyebut …", "Benarkah Trump …": the particle, then a subject (a name or a pronoun).
const ID_YES_NO = /^(?:(?:lalu|dan|terus|jadi)\s+)?(?:apakah|benarkah|betulkah|apa\s+benar|apa\s+betul)\s+(\S+)/iu;
const ID_SUBJECT_PRONOUNS = new Set(['dia', 'ia', 'beliau', 'mereka', 'pemerintah', 'presiden']);
// A verb somewhere after the subject: meN-/ber-/di-/ter- words, or the auxiliaries of a statement.
const ID_VERB = /^(?:me[mnr]?|meng|meny|ber|di|ter)\p{L}{3,}$|^(?:akan|sudah|telah|pernah|masih|bisa|dapat|mau|ingin|sedang|adalah|merupakan|ialah)$/u;

/**
 * Whether the question asks yes or no. English comes from the classifier ("Did …", "Is …"); an
 * Indonesian "Apakah" opens both yes/no questions and FacQA's "Apakah nama …" (what is the name),
 * so it counts only before a subject — a capitalized name or a pronoun — followed by a verb.
 */
export function isYesNoQuestion(analysis: Pick<QuestionAnalysis, 'type' | 'text' | 'meta'>): boolean {
  if (analysis.meta) return false;
  if (analysis.type === 'yes-no') return true;
  if (analysis.type !== 'what' && analysis.type !== 'unknown') return false;
  const m = ID_YES_NO.exec(analysis.text.trim());
  const subject = m?.[1] ?? '';
  if (subject === '' || fold(subject) === 'yang') return false;
  if (!/^\p{Lu}/u.test(subject) && !ID_SUBJECT_PRONOUNS.has(fold(subject))) return false;
  const rest = tokenize(analysis.text.trim().slice((m?.index ?? 0) + (m?.[0].length ?? 0)));
  const verb = rest.findIndex((t) => ID_VERB.test(t.folded) || verbForm(t.folded) !== null);
  // "Apakah Komisi Tinggi PBB yang menangani …": a noun phrase with "yang" asks which one it is.
  return verb >= 0 && !rest.slice(0, verb).some((t) => t.folded === 'yang');
}

/** Whether a group is a plain speech verb ("say", "menyebut"). */
function isSpeech(group: TermGroup): boolean {
  return !group.isName && SPEECH.has(fold(group.label));
}

/** Most words between two consecutive parts of a statement ("Rusia memberikan dukungan terhadap …"). */
const MAX_GAP = 8;

/**
 * Positions of the groups of `order`, in that order, each at most MAX_GAP words after the previous
 * one (any occurrence of the first may start); null when the sentence does not have them so.
 */
function orderedMatch(matched: readonly number[], order: readonly number[]): number[] | null {
  const [head, ...rest] = order;
  if (head === undefined) return [];
  for (let start = 0; start < matched.length; start += 1) {
    if (matched[start] !== head) continue;
    const positions = [start];
    let prev = start;
    for (const g of rest) {
      // The previous part may span several words ("Korea Utara"): count the gap from its end.
      let end = prev;
      while (matched[end + 1] === matched[prev]) end += 1;
      let at = -1;
      for (let i = end + 1; i < matched.length && i <= end + 1 + MAX_GAP; i += 1) {
        if (matched[i] === g) {
          at = i;
          break;
        }
      }
      if (at < 0) break;
      positions.push(at);
      prev = at;
    }
    if (positions.length === order.length) return positions;
  }
  return null;
}

/** Whether a speaker group names this person (all the keys of one of its alternatives are words of the name). */
function names(group: TermGroup, person: string): boolean {
  const words = new Set(tokenize(person).map((t) => t.folded));
  return group.alternatives.some((a) => a.keys.length > 0 && a.keys.every((k) => words.has(k)));
}

/** The sentence's tokens and, per token, the group it matches. */
function matchSentence(h: HitSentence, groups: readonly TermGroup[]): { tokens: Token[]; matched: number[] } {
  const tokens = tokenize(h.text);
  return { tokens, matched: matchTokens(tokens, groups) };
}

/** Whether the sentence is attributed to the speaker: a quote of theirs, or their name with a reporting verb. */
function saidBy(h: HitSentence, tokens: readonly Token[], matched: readonly number[], speakers: readonly number[], groups: readonly TermGroup[], focus: readonly string[]): boolean {
  const sentenceIndex = h.hit.doc.sentence;
  const who = (person: string): boolean => (speakers.length
    ? speakers.every((g) => { const group = groups[g]; return group !== undefined && names(group, person); })
    : focus.some((f) => fold(f) === fold(person)));
  if (h.article.quotes.some((q) => q.paragraph === h.paragraph.number && q.sentence === sentenceIndex && who(q.speaker))) return true;
  const named = speakers.length
    ? speakers.every((g) => matched.includes(g))
    : focus.some((f) => fold(h.text).includes(fold(f).split(' ').at(-1) ?? '\u0000'));
  return named && tokens.some((t) => verbForm(t.folded) !== null);
}

/**
 * "Yes" with the sentence that states it, or null ("the article does not say"). Reads the best
 * ranked sentences of the best few articles (like every answer), most relevant first.
 */
export function answerYesNo(ctx: AnswerContext): Extraction | null {
  const groups = ctx.groups;
  const speech = groups.findIndex(isSpeech);
  // "Did Rutte say …": who spoke comes before the verb, what was said after it.
  const speakers = speech < 0 ? [] : groups.slice(0, speech).map((g, i) => (g.isName ? i : -1)).filter((i) => i >= 0);
  const content = groups.map((_, i) => i).filter((i) => i !== speech && !(speech >= 0 && speakers.includes(i)) && !groups[i]?.isHead);
  if (content.length === 0) return null;
  // Roles and titles may stand anywhere ("Sekretaris Jenderal NATO, Mark Rutte"), as may the parts of an identity.
  const copula = COPULA_EN.test(ctx.analysis.text) || COPULA_ID.test(ctx.analysis.text);
  const ordered = copula ? [] : content.filter((i) => !groups[i]?.isRole);
  const anywhere = content.filter((i) => !ordered.includes(i));

  for (const h of resolveHits(ctx, 40)) {
    const { tokens, matched } = matchSentence(h, groups);
    const positions = orderedMatch(matched, ordered);
    if (positions === null || !anywhere.every((g) => matched.includes(g))) continue;
    const spans = [...positions, ...anywhere.map((g) => matched.indexOf(g))];
    const first = Math.min(...spans);
    let last = Math.max(...spans);
    // A phrase ends with its last word: "Korea Utara", "Mark Rutte".
    while (last + 1 < matched.length && matched[last + 1] === matched[last]) last += 1;
    // "… tidak mendukung …": a negation before the last matched word denies the statement.
    if (tokens.slice(Math.max(0, first - 2), last).some((t) => NEGATIONS.has(t.folded))) continue;
    if (speech >= 0 && !saidBy(h, tokens, matched, speakers, groups, ctx.focus)) continue;
    const start = tokens[first]?.start ?? 0;
    const end = tokens[last]?.end ?? h.text.length;
    const speakerWords = new Set(speakers.flatMap((g) => tokenize(groups[g]?.label ?? '').map((t) => t.folded)));
    const spoke = h.article.people.filter((p) => tokenize(p.name).some((t) => speakerWords.has(t.folded))).map((p) => p.name);
    return {
      answer: h.text.slice(start, end),
      citations: [citationOf(h, h.hit.score)],
      confidence: 0.8,
      focus: spoke.length ? spoke : [...ctx.focus],
    };
  }
  return null;
}
