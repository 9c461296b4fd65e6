/**
 * Which language a question is in. tinyld restricted to id/en does well on full questions, but
 * one-word follow-ups ("Kapan?", "Rutte?") carry too little signal, so question words decide
 * first and the conversation's language breaks ties.
 */
import { detectAll } from '../text/tinyld.ts';
import type { Language } from '../types.ts';
import { fold, tokenize } from '../text/tokens.ts';

const ID_MARKERS = new Set(['siapa', 'siapakah', 'kapan', 'kapankah', 'dimana', 'dimanakah', 'mana', 'manakah', 'apa', 'apakah',
  'mengapa', 'kenapa', 'berapa', 'berapakah', 'bagaimana', 'menurut', 'yang', 'dan', 'lalu', 'kalau', 'itu', 'ini', 'dia', 'ia',
  'mereka', 'tersebut', 'dengan', 'untuk', 'dari', 'kepada', 'tentang', 'saja', 'tidak', 'bukan', 'adalah', 'artikel', 'berita']);
const EN_MARKERS = new Set(['who', 'whom', 'whose', 'when', 'where', 'what', 'which', 'why', 'how', 'did', 'does', 'do', 'is', 'are',
  'a', 'an', 'on', 'at', 'for', 'with', 'from', 'by', 'it', 'his', 'her', 'their', 'has', 'have', 'had', 'will', 'can',
  'was', 'were', 'the', 'and', 'of', 'to', 'in', 'he', 'she', 'they', 'that', 'this', 'about', 'said', 'say', 'article', 'news']);

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
