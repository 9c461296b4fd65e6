/**
 * Worker thread of the parallel index build (see parallel-build.ts): prepares and indexes its share
 * of the articles, then posts the prepared articles and the index state (typed arrays transferred,
 * not copied) and raises the done flag the blocked main thread waits on.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { prepareArticle } from '../ingest/prepare.ts';
import { SentenceIndex } from '../retrieval/sentence-index.ts';
import type { ArticleSource } from '../types.ts';
import { STARTED, DONE, type WorkerReply } from './protocol.ts';
import { snapshotArticle } from './snapshot-article.ts';

interface Input {
  sources: ArticleSource[];
  port: MessagePort;
  flag: Int32Array;
}

const { sources, port, flag } = workerData as Input;
Atomics.store(flag, 0, STARTED);
Atomics.notify(flag, 0);
let reply: WorkerReply;
let transfer: ArrayBuffer[] = [];
try {
  const index = new SentenceIndex();
  const articles = sources.map((s) => {
    const article = prepareArticle(s);
    index.add(article);
    return snapshotArticle(article);
  });
  const state = index.state();
  reply = { ok: true, articles, state };
  const c = state.columns;
  transfer = [state.surfaceCounts, state.postings.offsets, state.postings.ids, c.ordinal, c.paragraph, c.sentence, c.length, c.paragraphKey].map((a) => a.buffer as ArrayBuffer);
} catch (err) {
  reply = { ok: false, error: (err as Error).message };
}
port.postMessage(reply, transfer);
Atomics.store(flag, 0, DONE);
Atomics.notify(flag, 0);
