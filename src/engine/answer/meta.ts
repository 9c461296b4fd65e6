/** Answers about the article itself: its author, publication date, title and outlet. */
import type { MetaTarget } from '../question/classify.ts';
import type { Article } from '../types.ts';
import type { Extraction } from './context.ts';

/** Answer a metadata question from the first article in scope that has the field. */
export function answerMeta(target: MetaTarget, articles: readonly Article[]): Extraction | null {
  for (const article of articles) {
    const m = article.meta;
    // "Editor: X", "Penyunting: X", "Editing by X", "Edited by X" (wire credits).
    const editor = m.credits.map((c) => /(?:editor|penyunting|redaktur)\s*[:：]\s*([^|();]+)|edit(?:ing|ed)\s+by\s+([^|();]+)/i.exec(c)).map((x) => (x?.[1] ?? x?.[2])?.trim().replace(/[.)]+$/, '')).find((x) => x);
    const value = target === 'author' ? m.author ?? m.credits[0] ?? null
      : target === 'editor' ? editor ?? null
      : target === 'published' ? m.published
        : target === 'title' ? m.title
          : target === 'outlet' ? m.outlet : null;
    if (!value) continue;
    // Metadata is not a body paragraph: cite it as paragraph 0 with the verbatim line.
    return {
      answer: value,
      citations: [{ article: article.id, title: m.title, paragraph: 0, excerpt: value, score: 1 }],
      confidence: 0.95,
      focus: target === 'author' || target === 'editor' ? [value] : [],
    };
  }
  return null;
}
