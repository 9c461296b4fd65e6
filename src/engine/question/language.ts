/**
 * Which language a question is in. tinyld restricted to id/en does well on full questions, but
 * one-word follow-ups ("Kapan?", "Rutte?") carry too little signal, so question words decide
 * first and the conversation's language breaks ties.
 */
import { detectAll } from '../text/tinyld.ts';
import type { Language } from '../types.ts';
import { ENGLISH, INDONESIAN } from '../language/index.ts';
import { fold, tokenize } from '../text/tokens.ts';

const ID_MARKERS: ReadonlySet<string> = new Set(INDONESIAN.languageMarkers);
const EN_MARKERS: ReadonlySet<string> = new Set(ENGLISH.languageMarkers);

/** Detect the question's language; `fallback` (the conversation's) wins when the text is ambiguous. */
export function detectLanguage(question: string, fallback: Language | null = null): Language {
  let id = 0;
  let en = 0;
  for (const t of tokenize(question)) {
    if (ID_MARKERS.has(t.folded)) id += 1;
    if (EN_MARKERS.has(t.folded)) en += 1;
  }
  if (id !== en) return id > en ? 'id' : 'en';
  const guesses = detectAll(fold(question), { only: ['id', 'en'] });
  const best = guesses[0];
  if (best && best.accuracy >= 0.5) return best.lang === 'id' ? 'id' : 'en';
  if (fallback) return fallback;
  return best?.lang === 'id' ? 'id' : 'en';
}
