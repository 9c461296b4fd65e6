/** The dated events of an article, in date order: what /timeline shows. */
import type { Article, TimelineEntry } from '../types.ts';

/** Every date mention with its sentence, sorted by date, then by position in the text. */
export function timelineOf(article: Article): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const p of article.paragraphs) {
    for (const date of p.dates) {
      const sentence = p.sentences.find((s) => date.start >= s.start && date.start < s.start + s.text.length)?.text ?? p.text;
      entries.push({ article: article.id, paragraph: p.number, date, sentence });
    }
  }
  return entries
    .map((e, order) => ({ e, order }))
    .sort((a, b) => a.e.date.iso.localeCompare(b.e.date.iso) || a.order - b.order)
    .map(({ e }) => e);
}
