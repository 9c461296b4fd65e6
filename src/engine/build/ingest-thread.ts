/**
 * The ingestion thread: one worker thread (node:worker_threads) that prepares, analyses and indexes
 * batches of articles while the engine's thread goes on answering. It starts on the first batch,
 * takes batches one at a time in order, and stops after a while without work (it is unref'd when
 * idle, so it never keeps a process alive); the next batch starts it again.
 *
 * Failures: when no worker can run here (its file is missing, or it dies before its code is loaded), batches
 * are ingested on the calling thread instead — slower, never wrong — and `onUnavailable` is told
 * once. When a running worker dies (a crash, out of memory on a pathological text), the batches it
 * held fail with the reason; the next batch starts a fresh worker.
 */
import { Worker } from 'node:worker_threads';
import type { ArticleSource } from '../types.ts';
import { ingestBatch } from './ingest-batch.ts';
import type { BatchSource, IngestedBatch, IngestReply, IngestRequest, WorkerReady } from './protocol.ts';
import { ingestWorkerEntry, type WorkerEntry } from './worker-file.ts';

/** Options of an ingestion thread. */
export interface IngestThreadOptions {
  /** Stop the worker after this long without work (default 30 s). */
  idleMs?: number;
  /** Told once, with the reason, when batches run on the calling thread because no worker can. */
  onUnavailable?: (reason: string) => void;
  /** What to start (default: the ingestion worker beside this file); null: never start a worker. */
  entry?: WorkerEntry | null;
}

interface Job {
  sources: BatchSource[];
  analyze: boolean;
  resolve: (batch: IngestedBatch) => void;
  reject: (error: Error) => void;
}

const DEFAULT_IDLE_MS = 30_000;

/** Only what crosses the thread boundary, and never a non-string text (ingestion reads it as empty). */
function plain(sources: readonly ArticleSource[]): BatchSource[] {
  return sources.map((s) => ({ id: String(s.id), text: typeof s.text === 'string' ? s.text : '' }));
}

/** A worker thread for ingestion batches; see the file comment. */
export class IngestThread {
  readonly #idleMs: number;
  readonly #onUnavailable: ((reason: string) => void) | undefined;
  readonly #entry: WorkerEntry | null;
  #worker: Worker | null = null;
  #online = false;
  #unavailable: string | null = null;
  readonly #jobs = new Map<number, Job>();
  #nextJob = 1;
  #idleTimer: NodeJS.Timeout | undefined;

  constructor(options: IngestThreadOptions = {}) {
    this.#idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.#onUnavailable = options.onUnavailable;
    this.#entry = options.entry === undefined ? ingestWorkerEntry() : options.entry;
  }

  /** Whether batches go to a worker thread ('worker') or run on the calling thread ('inline'). */
  get mode(): 'worker' | 'inline' {
    return this.#unavailable === null && this.#entry !== null ? 'worker' : 'inline';
  }

  /** Ingest one batch (see ingest-batch.ts) on the worker thread. */
  run(sources: readonly ArticleSource[], analyze: boolean): Promise<IngestedBatch> {
    const batch = plain(sources);
    if (this.#entry === null) this.#giveUp('the ingestion worker file is missing');
    const worker = this.#unavailable === null ? this.#start() : null;
    if (worker === null) return Promise.resolve().then(() => ingestBatch(batch, analyze));
    const job = this.#nextJob++;
    return new Promise<IngestedBatch>((resolve, reject) => {
      this.#jobs.set(job, { sources: batch, analyze, resolve, reject });
      clearTimeout(this.#idleTimer);
      worker.ref();
      const request: IngestRequest = { job, sources: batch, analyze };
      worker.postMessage(request);
    });
  }

  /** Start the worker now, so its start-up overlaps other work (it idles out if no batch comes). */
  warm(): void {
    if (this.#entry === null || this.#unavailable !== null || this.#worker !== null) return;
    if (this.#start() !== null) this.#idle();
  }

  /** Stop the worker now; batches it still held fail. */
  async close(): Promise<void> {
    clearTimeout(this.#idleTimer);
    const worker = this.#worker;
    this.#stopped(worker, new Error('the ingestion thread was closed'));
    await worker?.terminate();
  }

  #start(): Worker | null {
    if (this.#worker !== null) return this.#worker;
    const entry = this.#entry;
    if (entry === null) return null;
    let worker: Worker;
    try {
      worker = new Worker(entry.url, { workerData: entry.workerData });
    } catch (error) {
      this.#giveUp((error as Error).message);
      return null;
    }
    this.#worker = worker;
    this.#online = false;
    worker.on('message', (message: IngestReply | WorkerReady) => {
      if ('ready' in message) this.#online = true;
      else this.#reply(message);
    });
    worker.on('error', (error) => this.#failed(worker, error));
    worker.on('exit', (code) => this.#failed(worker, new Error(`the ingestion thread exited (code ${code})`)));
    return worker;
  }

  #reply(reply: IngestReply): void {
    const job = this.#jobs.get(reply.job);
    if (job === undefined) return;
    this.#jobs.delete(reply.job);
    if (reply.ok) job.resolve(reply.batch);
    else job.reject(new Error(reply.error));
    if (this.#jobs.size === 0) this.#idle();
  }

  #failed(worker: Worker, error: Error): void {
    if (worker !== this.#worker) return;
    // Dead before its code was even loaded: no worker can run here. The held batches run on this thread instead.
    if (!this.#online) {
      const jobs = [...this.#jobs.values()];
      this.#jobs.clear();
      this.#worker = null;
      this.#giveUp(error.message);
      for (const job of jobs) {
        try {
          job.resolve(ingestBatch(job.sources, job.analyze));
        } catch (err) {
          job.reject(err as Error);
        }
      }
      return;
    }
    this.#stopped(worker, new Error(`the ingestion thread failed: ${error.message}`));
  }

  #stopped(worker: Worker | null, error: Error): void {
    if (worker === null || worker !== this.#worker) return;
    this.#worker = null;
    const jobs = [...this.#jobs.values()];
    this.#jobs.clear();
    for (const job of jobs) job.reject(error);
  }

  #giveUp(reason: string): void {
    if (this.#unavailable !== null) return;
    this.#unavailable = reason;
    this.#onUnavailable?.(reason);
  }

  #idle(): void {
    const worker = this.#worker;
    if (worker === null) return;
    worker.unref();
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => {
      if (this.#jobs.size > 0 || worker !== this.#worker) return;
      this.#worker = null;
      void worker.terminate();
    }, this.#idleMs);
    this.#idleTimer.unref();
  }
}

let shared: IngestThread | undefined;

/** The process's ingestion thread, shared by every engine (batches are independent of each other). */
export function sharedIngestThread(): IngestThread {
  shared ??= new IngestThread();
  return shared;
}
