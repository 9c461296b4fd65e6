/**
 * The ingestion thread's entry point: each request is one batch (see ingest-batch.ts), answered
 * with its articles and index, typed arrays moved rather than copied. Jobs run one at a time, in
 * the order they arrive; a batch that throws is answered with the error and the thread goes on.
 */
import { parentPort } from 'node:worker_threads';
import { ingestBatch, transferables } from './ingest-batch.ts';
import type { IngestReply, IngestRequest, WorkerReady } from './protocol.ts';

const port = parentPort;
if (port === null) throw new Error('ingest-worker runs as a worker thread');
port.on('message', (request: IngestRequest) => {
  let reply: IngestReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const batch = ingestBatch(request.sources, request.analyze);
    reply = { job: request.job, ok: true, batch };
    transfer = transferables(batch);
  } catch (err) {
    reply = { job: request.job, ok: false, error: (err as Error).message };
  }
  port.postMessage(reply, transfer);
});
const ready: WorkerReady = { ready: true };
port.postMessage(ready);
