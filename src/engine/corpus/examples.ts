/** Example questions built from what the articles contain (speakers, titles, quotes), for /help. */
import type { Article, Language } from '../types.ts';

function firstWords(text: string, n: number): string {
  const words = text.replace(/["“”]/g, '').split(/\s+/).filter(Boolean);
  return words.slice(0, n).join(' ').replace(/[,.;:]+$/, '') + (words.length > n ? '…' : '');
}

/** Up to `count` example questions in the given language, answerable from the articles. */
export function exampleQuestions(articles: readonly Article[], count: number, language: Language): string[] {
  const out: string[] = [];
  for (const a of articles) {
    const quote = a.quotes.find((q) => q.kind === 'direct') ?? a.quotes[0];
    const titled = a.people.find((p) => p.titles.length > 0);
    if (quote) out.push(language === 'id' ? `Apa kata ${quote.speaker}?` : `What did ${quote.speaker} say?`);
    if (titled?.titles[0]) out.push(language === 'id' ? `Siapa ${titled.titles[0]}?` : `Who is the ${titled.titles[0]}?`);
    const other = a.quotes.find((q) => q !== quote && q.text.split(/\s+/).length >= 4);
    if (other) out.push(language === 'id' ? `Siapa yang mengatakan "${firstWords(other.text, 6)}"?` : `Who said "${firstWords(other.text, 6)}"?`);
    out.push(language === 'id' ? 'Kapan artikel ini diterbitkan?' : 'When was the article published?');
    if (out.length >= count * 2) break;
  }
  return [...new Set(out)].slice(0, count);
}
