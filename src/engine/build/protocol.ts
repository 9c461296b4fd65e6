/** What the ingestion thread and the engine exchange: a batch of texts in, prepared articles and their index out. */
import type { ArticleAnalysis } from '../ingest/prepare.ts';
import type { SnapshotArticle } from '../persist/snapshot.ts';
import type { IndexState } from '../retrieval/sentence-index.ts';

/** A text to ingest (only what crosses the thread boundary). */
export interface BatchSource {
  id: string;
  text: string;
}

/** A prepared article, with its analysis when the batch asked for one. */
export interface IngestedArticle extends SnapshotArticle {
  analysis: ArticleAnalysis | null;
}

/** A batch ingested anywhere: its articles in order and an index over exactly them, ready to absorb. */
export interface IngestedBatch {
  articles: IngestedArticle[];
  state: IndexState;
}

/** Engine → thread. */
export interface IngestRequest {
  job: number;
  sources: BatchSource[];
  /** Run the costly analysis too (small batches and uploads: so no question pays for it). */
  analyze: boolean;
}

/** Thread → engine: a batch's outcome. */
export type IngestReply = { job: number; ok: true; batch: IngestedBatch } | { job: number; ok: false; error: string };

/** Thread → engine: the first message, once the worker's code is loaded and can take batches. */
export interface WorkerReady {
  ready: true;
}
