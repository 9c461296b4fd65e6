/** Prepared articles to and from their plain-data form (text and sentence offsets, and the analysis when there is one). */
import { PreparedArticle, type ArticleAnalysis } from '../ingest/prepare.ts';
import type { SnapshotArticle } from '../persist/snapshot.ts';

/** An article's layout as data: what the index cache persists and a worker thread hands over. */
export function snapshotArticle(a: PreparedArticle): SnapshotArticle {
  return { id: a.id, meta: a.meta, language: a.language, paragraphs: a.paragraphs.map((p) => ({ text: p.text, sentences: p.sentences.map((x) => ({ start: x.start, length: x.text.length })) })) };
}

/** The prepared article again; with `analysis`, nothing of it is analysed a second time. */
export function restoreArticle(a: SnapshotArticle, analysis: ArticleAnalysis | null = null): PreparedArticle {
  const bodies = a.paragraphs.map((p) => ({ text: p.text, sentences: p.sentences.map((x) => ({ text: p.text.slice(x.start, x.start + x.length), start: x.start })) }));
  const article = new PreparedArticle(a.id, a.meta, bodies, a.language);
  return analysis === null ? article : article.adoptAnalysis(analysis);
}
