/**
 * One batch of ingestion, the same on every thread: prepare each text (layout, sentences), analyse
 * it when asked, and index the batch into an index of its own that the engine then absorbs. The
 * worker thread runs this, and so does the calling thread when it shares a start-up's work or has
 * no worker, so an article is the same whichever thread read it.
 */
import { prepareArticle } from '../ingest/prepare.ts';
import { SentenceIndex } from '../retrieval/sentence-index.ts';
import type { BatchSource, IngestedBatch } from './protocol.ts';
import { snapshotArticle } from './snapshot-article.ts';

/** Ingest `sources` into prepared articles and an index over them. */
export function ingestBatch(sources: readonly BatchSource[], analyze: boolean): IngestedBatch {
  const index = new SentenceIndex();
  const articles = sources.map((source) => {
    const article = prepareArticle(source);
    index.add(article);
    return { ...snapshotArticle(article), analysis: analyze ? article.analysisData() : null };
  });
  return { articles, state: index.state() };
}

/** The buffers of a batch's typed arrays, to move them to another thread instead of copying. */
export function transferables(batch: IngestedBatch): ArrayBuffer[] {
  const { state } = batch;
  const c = state.columns;
  return [state.surfaceCounts, state.postings.offsets, state.postings.ids, c.ordinal, c.paragraph, c.sentence, c.length, c.paragraphKey]
    .map((a) => a.buffer as ArrayBuffer);
}
