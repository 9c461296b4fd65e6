/** Prepared articles to and from their persisted form (text and sentence offsets, no analysis). */
import { PreparedArticle } from '../ingest/prepare.ts';
import type { SnapshotArticle } from '../persist/snapshot.ts';

export function snapshotArticle(a: PreparedArticle): SnapshotArticle {
  return { id: a.id, meta: a.meta, language: a.language, paragraphs: a.paragraphs.map((p) => ({ text: p.text, sentences: p.sentences.map((x) => ({ start: x.start, length: x.text.length })) })) };
}

export function restoreArticle(a: SnapshotArticle): PreparedArticle {
  const bodies = a.paragraphs.map((p) => ({ text: p.text, sentences: p.sentences.map((x) => ({ text: p.text.slice(x.start, x.start + x.length), start: x.start })) }));
  return new PreparedArticle(a.id, a.meta, bodies, a.language);
}
