/** What the index worker and the main thread exchange. */
import type { IndexState } from '../retrieval/sentence-index.ts';
import type { SnapshotArticle } from '../persist/snapshot.ts';

/** Values of the shared flag: the worker's module is running; its reply is posted. */
export const STARTED = 1;
export const DONE = 2;

export type WorkerReply = { ok: true; articles: SnapshotArticle[]; state: IndexState } | { ok: false; error: string };
