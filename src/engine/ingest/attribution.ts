/**
 * Who is speaking, read from the words around a quote or a reporting verb. Returns a surface form
 * ("Rutte", "Presiden", "the company") or a pronoun marker; quotes.ts resolves both to a name.
 */
import { ADVERBS, COMPLEMENTIZERS, looksLikeVerb, reportingVerb, verbForm } from './reporting.ts';
import { tokenize } from './tokens.ts';

/** A speaker as written: a name or phrase, or a pronoun that refers to the last speaker. */
export type Surface = { kind: 'name'; text: string } | { kind: 'pronoun' };

const PRONOUN = /^(?:ia|dia|beliau|he|she)$/iu;
const CAP_RUN = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|bin|binti|van|von|de))*)/u;
// A capitalized run at the end, an acronym in parentheses included: "Badan Pusat Statistik (BPS) Kota Kediri".
const CAP_RUN_END = /(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|\(\p{Lu}[\p{Lu}\d]{1,7}\)|bin|binti|van|von|de))*)$/u;
// A capitalized word after one of these is a place or a time, not a subject: "pada Senin mengatakan".
const PREPOSITION = /(?:^|\s)(?:di|ke|dari|untuk|kepada|dengan|oleh|antara|pada|sejak|hingga|sampai|saat|ketika|in|at|from|to|for|with|by|of|on|since|until|during)\s*$/iu;
const ADVERB_END = new RegExp(`(?:^|\\s)(?:${[...ADVERBS].join('|')})\\s*$`, 'iu');

const SENTENCE_CUT = /(?<!(?:^|\s)\p{Lu})\.\s/u;

/** A name surface, cut at a sentence end inside it ("Rutte. He said" → "Rutte"; "Joko W. Santoso" stays). */
const name = (text: string): Surface => {
  const cut = SENTENCE_CUT.exec(text);
  const head = cut ? text.slice(0, cut.index) : text;
  return { kind: 'name', text: head.trim().replace(/[.,]+$/u, '') };
};

/** Whether a word is a verb that puts its speaker after it: "kata Halid", "tegas Rutte", "said Rutte". */
function speakerFollows(word: string): boolean {
  const form = reportingVerb(word);
  return form === 'bare' || form === 'en' || reportingVerb(`${word}nya`) === 'nya';
}

const FIRST_WORD = /^\p{L}+/u;
const ROLE_PHRASE = /^((?:the|a|an|seorang|salah seorang|sang|para)\s+[\p{Ll}\s'-]{2,40}?)(?=\s*[,.;]|\s+(?:dalam|kepada|saat|usai|ketika|di|pada|in|on|at|to|during|after)(?!\p{L}))/u;

/** The speaker named right after a verb: "Rutte", "Presiden Joko Widodo", "dia", "the spokesperson". */
export function speakerAt(rest: string): Surface | null {
  const s = rest.replace(/^\s+/u, '');
  const first = FIRST_WORD.exec(s)?.[0] ?? '';
  if (PRONOUN.test(first)) return { kind: 'pronoun' };
  const run = CAP_RUN.exec(s);
  if (run?.[1]) return name(run[1]);
  const phrase = ROLE_PHRASE.exec(s);
  return phrase?.[1] ? name(phrase[1]) : null;
}

const WORD_AFTER_QUOTE = /^\s*[,.]?\s*(\p{L}+)/u;

/**
 * The speaker of a direct quote from the words after its closing mark: `," ujar Rutte`,
 * `," imbuhnya`, `," Rutte said`, `," said Rutte`, `," she said`.
 */
export function speakerAfterQuote(after: string): Surface | null {
  const m = WORD_AFTER_QUOTE.exec(after);
  if (!m?.[1]) return null;
  const form = reportingVerb(m[1]);
  if (form === 'nya') return { kind: 'pronoun' };
  if (speakerFollows(m[1])) return speakerAt(after.slice(m[0].length));
  // Subject first: `," Rutte said`, `," the company said in a statement`, `," Rutte menambahkan`.
  const tokens = tokenize(after).slice(0, 8);
  const v = tokens.findIndex((t) => verbForm(t.lower) === 'en' || verbForm(t.lower) === 'prefixed');
  const verb = tokens[v];
  if (v < 1 || !verb) return null;
  const subject = after.slice(0, verb.start).replace(/^\s*[,.]?\s*/u, '').trim();
  if (PRONOUN.test(subject)) return { kind: 'pronoun' };
  return subject.length > 0 && !/[.;"“”]/u.test(subject) ? name(subject) : null;
}

const LAST_WORD = /\p{L}+$/u;

/** The speaker introduced before a quote: `Rutte mengatakan, "…"`, `Kata Jokowi: "…"`, `She said: "…"`. */
export function speakerBeforeQuote(before: string): Surface | null {
  const trimmed = before.replace(/[\s,:]+$/u, '');
  const verb = LAST_WORD.exec(trimmed);
  if (!verb) return null;
  const form = reportingVerb(verb[0]);
  if (form === 'prefixed' || form === 'en') return subjectBefore(trimmed.slice(0, verb.index), false);
  const lead = /(?:^|\s)(?:kata|ujar|said)\s+(.+)$/iu.exec(trimmed);
  return lead?.[1] ? speakerAt(lead[1]) : null;
}

const STARTS_UPPER = /^\p{Lu}/u;

/**
 * The subject before a reporting verb: "Mark Rutte, pada Senin …, mengungkapkan" → "Mark Rutte";
 * "Ia menambahkan" → pronoun; "Ukraina dan sekutunya menuduh" → the whole short subject.
 */
export function subjectBefore(prefix: string, fromSentenceStart = true): Surface | null {
  let p = prefix.replace(/\s+$/u, '');
  while (ADVERB_END.test(p)) p = p.replace(ADVERB_END, '').replace(/\s+$/u, '');
  const lastWord = LAST_WORD.exec(p)?.[0] ?? '';
  if (PRONOUN.test(lastWord) && (p.length === lastWord.length || /[\s,]$/u.test(p.slice(0, -lastWord.length)))) return { kind: 'pronoun' };
  // Drop an alias in parentheses and an appositive clause between commas: "Mark Rutte, pada Senin …,".
  let core = p.replace(/\s*\([^()]{1,40}\)$/u, '');
  if (core.endsWith(',')) {
    // "Kepala Dinas …, Budi Santoso Wibowo, mengatakan": a clause that is only a name is the speaker;
    // otherwise it is an aside ("Mark Rutte, pada Senin …, mengungkapkan") and the name is before it.
    const clause = /,\s*([^,]{1,100}),$/u.exec(core)?.[1];
    if (clause && CAP_RUN.exec(clause)?.[1] === clause && !/\d/u.test(clause)) return name(clause);
    core = core.replace(/,[^,]{1,100},$/u, '').replace(/,$/u, '');
  }
  const run = CAP_RUN_END.exec(core);
  if (run?.[1] && run.index !== undefined && !PREPOSITION.test(core.slice(0, run.index))) {
    const before = core.slice(0, run.index);
    if (before.length === 0 || /[\s,:;(“"]$/u.test(before)) return name(run[1]);
  }
  // A short subject from the sentence start without verbs: "Ukraina dan sekutunya", "Salah seorang pedagang beras di Pasar Johar".
  const words = tokenize(p);
  if (fromSentenceStart && STARTS_UPPER.test(p) && !p.includes(',') && words.length >= 1 && words.length <= 8 && !words.some((w) => looksLikeVerb(w.text))) {
    return name(p);
  }
  return null;
}

/** The reported content after a verb: skips "bahwa"/"agar"/"that" (within a few words) and the final period. */
export function reportedContent(afterVerb: string): string {
  let s = afterVerb.replace(/^\s+/u, '');
  const tokens = tokenize(s).slice(0, 7);
  const c = tokens.find((t) => COMPLEMENTIZERS.has(t.lower));
  if (c) s = s.slice(c.end).replace(/^\s+/u, '');
  return s.replace(/[\s.!?…]+$/u, '').replace(/^[,:]\s*/u, '');
}
