/** Word handling shared by the corpus builder, the question generator and the baselines' queries. */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

const QUESTION_WORDS = ['siapa', 'siapakah', 'apa', 'apakah', 'kapan', 'kapankah', 'mana', 'manakah', 'dimana', 'dimanakah',
  'berapa', 'berapakah', 'mengapa', 'kenapa', 'bagaimana', 'who', 'what', 'when', 'where', 'which', 'why', 'how', 'about'];

const STOP = new Set<string>([
  ...((stopwordsIso as Record<string, string[]>)['id'] ?? []),
  ...((stopwordsIso as Record<string, string[]>)['en'] ?? []),
  ...QUESTION_WORDS,
]);

/** Lowercase, diacritics removed. */
export function fold(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text) ? text.toLowerCase() : text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Verbatim word tokens (letters/digits; hyphens and punctuation separate words). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True for a folded word that carries no topic (stopwords-iso id + en, and question words). */
export function isStopword(folded: string): boolean {
  return STOP.has(folded);
}

/** A word worth searching for: not a stopword, at least 3 characters, not a bare 1–3 digit number. */
export function isContentWord(folded: string): boolean {
  return folded.length >= 3 && !STOP.has(folded) && !/^\d{1,3}$/.test(folded);
}

/** Distinct folded content words of a text, in order of first occurrence. */
export function contentWords(text: string): string[] {
  return [...new Set(words(text).map(fold).filter(isContentWord))];
}

/** The question reduced to its content words (verbatim forms), as a search box query. */
export function keywordQuery(question: string): string {
  const kept = words(question).filter((w) => isContentWord(fold(w)));
  return (kept.length ? kept : words(question)).join(' ');
}
